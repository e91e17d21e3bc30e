package org.wholeplace.outcome;

/** A confidence interval, and where it came from: the source, or a method applied to the source's count. */
public record Interval(double lower, double upper, Method method) {

    public enum Method {
        SOURCE, WILSON, BYAR, EXACT_POISSON
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
