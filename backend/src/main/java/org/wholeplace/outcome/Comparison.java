package org.wholeplace.outcome;

/**
 * A value against a benchmark by the interval method Fingertips uses: significantly higher when the whole confidence
 * interval lies above the benchmark's value, lower when it lies below, similar when it contains it; then better or
 * worse by the indicator's polarity (higher or lower where it makes no judgement). Without an interval (no limits
 * given and no count to compute them from) or without a benchmark value, the answer is "not compared": never a guess
 * from the values alone.
 */
public enum Comparison {
    BETTER, SIMILAR, WORSE, HIGHER, LOWER, NOT_COMPARED;

    public static Comparison of(Interval interval, Double benchmark, Polarity polarity) {
        if (interval == null || benchmark == null) {
            return NOT_COMPARED;
        }
        if (interval.contains(benchmark)) {
            return SIMILAR;
        }
        boolean higher = interval.lower() > benchmark;
        return switch (polarity) {
            case HIGHER_IS_BETTER -> higher ? BETTER : WORSE;
            case LOWER_IS_BETTER -> higher ? WORSE : BETTER;
            case NO_JUDGEMENT -> higher ? HIGHER : LOWER;
        };
    }
}
