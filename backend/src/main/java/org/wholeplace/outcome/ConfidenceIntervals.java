package org.wholeplace.outcome;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Confidence intervals for an observation that gives a count but no limits, by the methods of the Public Health
 * England / OHID technical guide "Confidence intervals" (Fingertips):
 * <ul>
 *   <li>a proportion: the Wilson score interval (Wilson 1927; Newcombe 1998, method 3);</li>
 *   <li>a count or a rate (count ÷ denominator × multiplier): Byar's approximation to the Poisson interval
 *   (Breslow and Day 1987) for counts of 10 or more, and the exact Poisson interval from the chi-squared distribution
 *   (Garwood 1936) below 10, where Byar's is less accurate.</li>
 * </ul>
 */
public final class ConfidenceIntervals {

    /** Counts below this use the exact Poisson interval, as the OHID methods do. */
    static final int EXACT_BELOW = 10;

    private ConfidenceIntervals() {
    }

    /** @return the interval of {@code count / denominator}, scaled by {@code multiplier} (100 for a percentage) */
    public static Interval wilson(double count, double denominator, double multiplier, ConfidenceLevel level) {
        double z = level.z();
        double p = count / denominator;
        double centre = 2 * count + z * z;
        double spread = z * Math.sqrt(z * z + 4 * count * (1 - p));
        double scale = 2 * (denominator + z * z);
        return new Interval(Math.max(0, (centre - spread) / scale) * multiplier,
                Math.min(1, (centre + spread) / scale) * multiplier, Interval.Method.WILSON);
    }

    /** @return the interval of a count, Byar's from 10 up and exact below */
    public static Interval poissonCount(double count, ConfidenceLevel level) {
        return count < EXACT_BELOW ? exactPoisson(count, level) : byar(count, level);
    }

    /** @return the interval of {@code count / denominator × multiplier} (a crude rate per 10,000, say) */
    public static Interval rate(double count, double denominator, double multiplier, ConfidenceLevel level) {
        Interval counts = poissonCount(count, level);
        double scale = multiplier / denominator;
        return new Interval(counts.lower() * scale, counts.upper() * scale, counts.method());
    }

    static Interval byar(double count, ConfidenceLevel level) {
        double z = level.z();
        double lower = count == 0 ? 0
                : count * Math.pow(1 - 1 / (9 * count) - z / (3 * Math.sqrt(count)), 3);
        double next = count + 1;
        double upper = next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
        return new Interval(lower, upper, Interval.Method.BYAR);
    }

    static Interval exactPoisson(double count, ConfidenceLevel level) {
        double alpha = 1 - level.level();
        double lower = count == 0 ? 0
                : ChiSquaredDistribution.of(2 * count).inverseCumulativeProbability(alpha / 2) / 2;
        double upper = ChiSquaredDistribution.of(2 * count + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
        return new Interval(lower, upper, Interval.Method.EXACT_POISSON);
    }
}
