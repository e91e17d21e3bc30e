package org.wholeplace.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.wholeplace.outcome.Indicator;
import org.wholeplace.period.Period;

/**
 * A programme tracked against an outcome indicator: its places and the comparators over the same periods before and
 * after its start, and the difference in differences. Means are of places' means, each place counting once.
 *
 * @param places           the programme's places with a value in every period used
 * @param comparators      the comparator places with a value in every period used
 * @param before           the programme places' mean before the start; likewise after
 * @param difference       the estimate, null when it cannot be made ({@code reason} says why)
 * @param improvement      the estimate turned the way the indicator counts as better (lower-is-better: its negative);
 *                         null without an estimate or a polarity
 * @param costPerUnitOfImprovement the programme's total cost as stated over the improvement: pounds per unit of the
 *                         indicator (per percentage point, per 1 of a rate); null unless it improved
 * @param batchIds         the import batches the figures rest on: the observations' used, and once completed
 *                         ({@link #completedFor}) the programme's
 */
public record TrackedOutcome(Indicator indicator, List<String> places, List<String> comparators,
                             List<Period> periodsBefore, List<Period> periodsAfter, Double before, Double after,
                             Double comparatorBefore, Double comparatorAfter,
                             DifferenceInDifferences.Estimate difference, Double improvement,
                             BigDecimal costPerUnitOfImprovement, String reason, List<Long> batchIds) {

    /** What an estimate is evidence of, whatever its size: the comparison does not rule out other causes. */
    public static final String INTERPRETATION = "Association, not proof: the programme's places changed by this much "
            + "more (or less) than comparable places over the same periods; other differences between the places may "
            + "explain it.";

    /**
     * The same with the programme's cost per unit of improvement (its total cost as stated over the improvement),
     * and the programme's batch among those it rests on.
     */
    TrackedOutcome completedFor(Programme programme, ProgrammeInputs inputs) {
        BigDecimal totalCost = inputs.costs().stream().map(ProgrammeInputs.Cost::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal perUnit = improvement == null || improvement <= 0 || totalCost.signum() == 0 ? null
                : totalCost.divide(BigDecimal.valueOf(improvement), MathContext.DECIMAL64);
        List<Long> batches = new ArrayList<>(List.of(programme.batchId()));
        batchIds.stream().filter(id -> id != programme.batchId()).forEach(batches::add);
        return new TrackedOutcome(indicator, places, comparators, periodsBefore, periodsAfter, before, after,
                comparatorBefore, comparatorAfter, difference, improvement, perUnit, reason, List.copyOf(batches));
    }

    public Integer marylandLevel() {
        return difference == null ? null : difference.marylandLevel();
    }

    public Double programmeChange() {
        return before == null || after == null ? null : after - before;
    }

    public Double comparatorChange() {
        return comparatorBefore == null || comparatorAfter == null ? null : comparatorAfter - comparatorBefore;
    }
}
