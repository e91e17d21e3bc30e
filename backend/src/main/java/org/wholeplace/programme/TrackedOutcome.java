package org.wholeplace.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.wholeplace.outcome.Indicator;
import org.wholeplace.outcome.Polarity;
import org.wholeplace.period.Period;

/**
 * A programme tracked against an outcome indicator: its places and the comparators over the same periods before and
 * after its start, and the difference in differences. Means are of places' means, each place counting once.
 *
 * @param places         the programme's places with a value in every period used
 * @param comparatorRule how the comparators were chosen
 * @param costShare      the part of the programme's cost this indicator bears (the file's costShare, or an equal
 *                       share of what the indicators stating none leave)
 * @param estimated      the comparison, null when it cannot be made ({@code reason} says why)
 * @param batchIds       the import batches the figures rest on: the observations' used, and once costed
 *                       ({@link #costedFor}) the programme's
 * @param cost           the programme's cost borne by this indicator, and per unit of improvement; null until costed
 */
public record TrackedOutcome(Indicator indicator, List<String> places, ComparatorRule comparatorRule,
                             BigDecimal costShare, Estimated estimated, String reason, List<Long> batchIds,
                             CostOfImprovement cost) {

    /** What an estimate is evidence of, whatever its size: the comparison does not rule out other causes. */
    public static final String INTERPRETATION = "Association, not proof: the programme's places changed by this much "
            + "more (or less) than comparable places over the same periods; other differences between the places may "
            + "explain it.";

    /**
     * The comparison made.
     *
     * @param comparators the comparator places with a value in every period used
     * @param before      the programme places' mean before the start; likewise after, and the comparators'
     * @param improvement the estimate turned the way the indicator counts as better (lower-is-better: its negative);
     *                    null without a polarity
     */
    public record Estimated(List<String> comparators, List<Period> periodsBefore, List<Period> periodsAfter,
                            double before, double after, double comparatorBefore, double comparatorAfter,
                            DifferenceInDifferences.Estimate difference, Double improvement, Evidence evidence) {
    }

    /**
     * @param attributed     the programme's total cost as stated x its share
     * @param perUnit        attributed / improvement: pounds per unit of the indicator; null unless the improvement's
     *                       95% interval excludes zero ({@code whyNone} says why)
     */
    public record CostOfImprovement(BigDecimal attributed, BigDecimal perUnit, String whyNone) {
    }

    static TrackedOutcome without(Indicator indicator, List<String> places, ComparatorRule rule, BigDecimal costShare,
                                  String reason) {
        return new TrackedOutcome(indicator, places, rule, costShare, null, reason, List.of(), null);
    }

    /**
     * The same with the part of the programme's cost this indicator bears, its cost per unit of improvement where the
     * improvement is clear of zero, and the programme's batch among those it rests on.
     */
    TrackedOutcome costedFor(Programme programme, ProgrammeInputs inputs) {
        BigDecimal totalCost = inputs.costs().stream().map(ProgrammeInputs.Cost::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal attributed = totalCost.multiply(costShare, MathContext.DECIMAL64);
        String whyNone = whyNoCostPerUnit(attributed);
        BigDecimal perUnit = whyNone != null ? null
                : attributed.divide(BigDecimal.valueOf(estimated.improvement()), MathContext.DECIMAL64);
        List<Long> batches = new ArrayList<>(List.of(programme.batchId()));
        batchIds.stream().filter(id -> id != programme.batchId()).forEach(batches::add);
        return new TrackedOutcome(indicator, places, comparatorRule, costShare, estimated, reason,
                List.copyOf(batches), new CostOfImprovement(attributed, perUnit, whyNone));
    }

    private String whyNoCostPerUnit(BigDecimal attributed) {
        if (estimated == null) {
            return "no estimate";
        }
        if (estimated.improvement() == null) {
            return "the indicator has no better direction";
        }
        if (attributed.signum() == 0) {
            return "no cost is attributed to this indicator";
        }
        // the interval turned the better way: above zero when it excludes no improvement
        double improvementLower = indicator.polarityValue() == Polarity.LOWER_IS_BETTER
                ? -estimated.difference().upper() : estimated.difference().lower();
        if (improvementLower <= 0) {
            return "the 95% interval of the difference does not exclude zero in the better direction: no clear "
                    + "improvement to price";
        }
        return null;
    }

    public List<String> comparators() {
        return estimated == null ? List.of() : estimated.comparators();
    }

    public List<Period> periodsBefore() {
        return estimated == null ? List.of() : estimated.periodsBefore();
    }

    public List<Period> periodsAfter() {
        return estimated == null ? List.of() : estimated.periodsAfter();
    }

    public Double before() {
        return estimated == null ? null : estimated.before();
    }

    public Double after() {
        return estimated == null ? null : estimated.after();
    }

    public Double comparatorBefore() {
        return estimated == null ? null : estimated.comparatorBefore();
    }

    public Double comparatorAfter() {
        return estimated == null ? null : estimated.comparatorAfter();
    }

    public DifferenceInDifferences.Estimate difference() {
        return estimated == null ? null : estimated.difference();
    }

    public Double improvement() {
        return estimated == null ? null : estimated.improvement();
    }

    public Evidence evidence() {
        return estimated == null ? null : estimated.evidence();
    }

    public Integer marylandLevel() {
        return estimated == null ? null : estimated.evidence().marylandLevel();
    }

    public Double programmeChange() {
        return estimated == null ? null : estimated.after() - estimated.before();
    }

    public Double comparatorChange() {
        return estimated == null ? null : estimated.comparatorAfter() - estimated.comparatorBefore();
    }

    public BigDecimal costPerUnitOfImprovement() {
        return cost == null ? null : cost.perUnit();
    }

    public String costPerUnitReason() {
        return cost == null ? null : cost.whyNone();
    }
}
