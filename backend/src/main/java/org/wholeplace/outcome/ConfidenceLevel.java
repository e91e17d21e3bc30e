package org.wholeplace.outcome;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** The two levels public health tools compare at: 95% and 99.8% (about 2 and 3 standard deviations). */
public enum ConfidenceLevel {
    NINETY_FIVE(0.95), NINETY_NINE_POINT_EIGHT(0.998);

    private final double level;
    private final double z;

    ConfidenceLevel(double level) {
        this.level = level;
        this.z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** 0.95 or 0.998. */
    public double level() {
        return level;
    }

    /** The standard normal quantile for a two-sided interval: 1.959964 or 3.090232. */
    public double z() {
        return z;
    }
}
