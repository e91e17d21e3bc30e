package org.wholeplace.programme;

import java.util.List;
import java.util.Optional;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A programme's places against comparator places, before and after its start: the difference-in-differences
 * estimate of its association with an outcome. Each place's change is the mean of its values after less the mean
 * before; the estimate is the programme places' mean change less the comparators'. Its standard error treats the
 * places' changes as two samples, sqrt(s²(programme)/n + s²(comparators)/m), with Welch's degrees of freedom; with a
 * single programme place, whose change has no spread of its own, the comparators' spread stands for it:
 * s(comparators) x sqrt(1 + 1/m), on m - 1 degrees of freedom. The 95% interval takes Student's t, not the normal,
 * because the places are few. The same comparison of two groups of places serves the check of their trends before the
 * start ({@link PreTrend}). What level of evidence an estimate is, is {@link Evidence}'s to say: association, not
 * proof of cause.
 */
public final class DifferenceInDifferences {

    private DifferenceInDifferences() {
    }

    /**
     * @param degreesOfFreedom of the t distribution the interval is taken from
     */
    public record Estimate(double programmeChange, double comparatorChange, double estimate, double standardError,
                           double degreesOfFreedom, double lower, double upper) {
    }

    /**
     * @param programmeChanges  each programme place's change (mean after less mean before)
     * @param comparatorChanges each comparator place's change, over the same periods
     * @return empty without a programme place or with fewer than two comparators
     */
    public static Optional<Estimate> of(List<Double> programmeChanges, List<Double> comparatorChanges) {
        int n = programmeChanges.size();
        int m = comparatorChanges.size();
        if (n < 1 || m < 2) {
            return Optional.empty();
        }
        double treatedChange = mean(programmeChanges);
        double comparatorChange = mean(comparatorChanges);
        double comparatorVariance = variance(comparatorChanges);
        double se;
        double df;
        if (n == 1) {
            se = Math.sqrt(comparatorVariance * (1 + 1.0 / m));
            df = m - 1;
        } else {
            double a = variance(programmeChanges) / n;
            double b = comparatorVariance / m;
            se = Math.sqrt(a + b);
            df = a + b == 0 ? n + m - 2 : (a + b) * (a + b) / (a * a / (n - 1) + b * b / (m - 1));
        }
        double estimate = treatedChange - comparatorChange;
        double t = TDistribution.of(df).inverseCumulativeProbability(0.975);
        return Optional.of(new Estimate(treatedChange, comparatorChange, estimate, se, df, estimate - t * se,
                estimate + t * se));
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The sample variance (n - 1). */
    private static double variance(List<Double> values) {
        double mean = mean(values);
        return values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
    }
}
