package org.wholeplace.programme;

/**
 * The comparability check of a difference-in-differences estimate: did the programme's places and the comparators
 * move alike before the programme started? Each place's trend is the least-squares slope of its values over the
 * periods before the start, per year (a period placed at the month it starts in); the programme places' mean slope
 * less the comparators' is tested as the estimate itself is ({@link DifferenceInDifferences}: two samples of places,
 * Welch's standard error, Student's t, 95%). The trends differ significantly when the interval excludes zero. With few
 * places the test has little power: passing it is evidence of comparability, not proof.
 *
 * @param programmeSlope  the programme places' mean slope, per year
 * @param comparatorSlope the comparators' mean slope, per year
 * @param difference      programmeSlope - comparatorSlope
 */
public record PreTrend(double programmeSlope, double comparatorSlope, double difference, double standardError,
                       double degreesOfFreedom, double lower, double upper) {

    private static final double ROUNDING = 1e-9;

    public static final String TEST = "Difference in the places' least-squares slopes over the periods before the "
            + "start (per year), programme less comparators, with Welch's standard error and a 95% Student's t "
            + "interval; significant when the interval excludes 0.";

    static PreTrend of(DifferenceInDifferences.Estimate slopes) {
        return new PreTrend(slopes.programmeChange(), slopes.comparatorChange(), slopes.estimate(),
                slopes.standardError(), slopes.degreesOfFreedom(), slopes.lower(), slopes.upper());
    }

    /**
     * The trends differ at the 5% level: the interval excludes zero. With no spread at all (a standard error of 0) the
     * interval is a point, and a difference within rounding of zero is no difference.
     */
    public boolean significant() {
        return standardError == 0 ? Math.abs(difference) > ROUNDING : lower > 0 || upper < 0;
    }


    public String test() {
        return TEST;
    }
}
