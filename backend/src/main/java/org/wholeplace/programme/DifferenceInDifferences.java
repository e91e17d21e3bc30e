package org.wholeplace.programme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's places against comparator places, before and after its start: the difference-in-differences
 * estimate of its association with an outcome. Each place's change is the mean of its values after less the mean
 * before; the estimate is the programme places' mean change less the comparators'. Its standard error treats the
 * places' changes as the sample: sqrt(s²(programme)/n + s²(comparators)/m), and with a single programme place, whose
 * change has no spread of its own, the comparators' spread stands for it: s(comparators) x sqrt(1 + 1/m). A
 * comparison group observed before and after reaches level 3 of the Maryland Scientific Methods Scale: evidence of
 * association, not proof of cause.
 */
public final class DifferenceInDifferences {

    /** Level 3: outcomes of treated and comparison groups, before and after. */
    public static final int MARYLAND_LEVEL = 3;
    private static final double Z_95 = 1.959963984540054;

    private DifferenceInDifferences() {
    }

    public record Estimate(double programmeChange, double comparatorChange, double estimate, double standardError,
                           double lower, double upper, int marylandLevel) {
    }

    /**
     * @param programme   each programme place's values: before the start, then after
     * @param comparators the same for each comparator place
     * @return empty unless there are two periods before and one after for every place, and two comparators
     */
    public static Optional<Estimate> of(Map<String, BeforeAfter> programme, Map<String, BeforeAfter> comparators) {
        if (programme.isEmpty() || comparators.size() < 2
                || !programme.values().stream().allMatch(BeforeAfter::enough)
                || !comparators.values().stream().allMatch(BeforeAfter::enough)) {
            return Optional.empty();
        }
        List<Double> treated = programme.values().stream().map(BeforeAfter::change).toList();
        List<Double> compared = comparators.values().stream().map(BeforeAfter::change).toList();
        double treatedChange = mean(treated);
        double comparatorChange = mean(compared);
        double comparatorVariance = variance(compared);
        double se = treated.size() >= 2
                ? Math.sqrt(variance(treated) / treated.size() + comparatorVariance / compared.size())
                : Math.sqrt(comparatorVariance * (1 + 1.0 / compared.size()));
        double estimate = treatedChange - comparatorChange;
        return Optional.of(new Estimate(treatedChange, comparatorChange, estimate, se, estimate - Z_95 * se,
                estimate + Z_95 * se, MARYLAND_LEVEL));
    }

    /** A place's values in the periods before the programme started and after. */
    public record BeforeAfter(List<Double> before, List<Double> after) {

        boolean enough() {
            return before.size() >= 2 && !after.isEmpty();
        }

        double change() {
            return mean(after) - mean(before);
        }
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The sample variance (n - 1). */
    private static double variance(List<Double> values) {
        double mean = mean(values);
        return values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
    }
}
