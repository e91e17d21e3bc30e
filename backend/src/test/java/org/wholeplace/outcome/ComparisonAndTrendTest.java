package org.wholeplace.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The interval method of comparison, and the weighted test for trend, on values worked by hand. */
class ComparisonAndTrendTest {

    static final Interval FIFTY_TO_SIXTY = new Interval(50, 60, Interval.Method.SOURCE);

    @Test
    void anIntervalAboveTheBenchmarkIsBetterOrWorseByPolarity() {
        assertThat(Comparison.of(FIFTY_TO_SIXTY, 45.0, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.BETTER);
        assertThat(Comparison.of(FIFTY_TO_SIXTY, 45.0, Polarity.LOWER_IS_BETTER)).isEqualTo(Comparison.WORSE);
        assertThat(Comparison.of(FIFTY_TO_SIXTY, 45.0, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.HIGHER);
        assertThat(Comparison.of(FIFTY_TO_SIXTY, 61.0, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.WORSE);
        assertThat(Comparison.of(FIFTY_TO_SIXTY, 61.0, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.LOWER);
    }

    @Test
    void anIntervalContainingTheBenchmarkIsSimilarEvenAtItsEdge() {
        assertThat(Comparison.of(FIFTY_TO_SIXTY, 50.0, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.SIMILAR);
        assertThat(Comparison.of(FIFTY_TO_SIXTY, 60.0, Polarity.LOWER_IS_BETTER)).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void withoutAnIntervalOrABenchmarkNothingIsGuessed() {
        assertThat(Comparison.of(null, 45.0, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(Comparison.of(FIFTY_TO_SIXTY, null, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.NOT_COMPARED);
    }

    private static Trend.Point point(double value) {
        // a 95% interval of ± 1.96: standard error 1, weight 1
        return new Trend.Point(value, value - 1.959963984540054, value + 1.959963984540054);
    }

    /**
     * Values 10, 12, 14, 16, 18 with standard error 1: slope 2 per period; Sxx = Σ(x − 2)² = 10, so the slope's
     * standard error is 1/√10 = 0.316 and z = 6.3: significant.
     */
    @Test
    void aSteadyRiseIsSignificantAndItsMeaningFollowsPolarity() {
        List<Trend.Point> rising = List.of(point(10), point(12), point(14), point(16), point(18));

        Trend trend = Trend.of(rising, Polarity.LOWER_IS_BETTER);

        assertThat(trend.direction()).isEqualTo("INCREASING");
        assertThat(trend.slope()).isCloseTo(2.0, within(1e-12));
        assertThat(trend.significant()).isTrue();
        assertThat(trend.assessment()).isEqualTo("GETTING_WORSE");
        assertThat(Trend.of(rising, Polarity.HIGHER_IS_BETTER).assessment()).isEqualTo("GETTING_BETTER");
        assertThat(Trend.of(rising, Polarity.NO_JUDGEMENT).assessment()).isEqualTo("INCREASING");
    }

    /** 10, 11, 9, 10, 11: mean 10.2, slope Σ(x − 2)(y − 10.2) / 10 = 1.0 / 10 = 0.1, z = 0.32: not significant. */
    @Test
    void aWanderingSeriesIsNoSignificantChange() {
        Trend trend = Trend.of(List.of(point(10), point(11), point(9), point(10), point(11)), Polarity.HIGHER_IS_BETTER);

        assertThat(trend.slope()).isCloseTo(0.1, within(1e-12));
        assertThat(trend.significant()).isFalse();
        assertThat(trend.assessment()).isEqualTo("NO_SIGNIFICANT_CHANGE");
    }

    @Test
    void onlyTheLastFivePointsCountAndFewerThanFiveCannotBeCalculated() {
        // the first point, far off, is the sixth from the end
        Trend trend = Trend.of(List.of(point(100), point(10), point(11), point(9), point(10), point(11)),
                Polarity.HIGHER_IS_BETTER);
        assertThat(trend.points()).isEqualTo(5);
        assertThat(trend.slope()).isCloseTo(0.1, within(1e-12));

        Trend tooFew = Trend.of(List.of(point(1), point(2), point(3), point(4)), Polarity.HIGHER_IS_BETTER);
        assertThat(tooFew.assessment()).isEqualTo("CANNOT_BE_CALCULATED");
        assertThat(tooFew.direction()).isEqualTo("CANNOT_BE_CALCULATED");
        assertThat(tooFew.slope()).isNull();
        assertThat(tooFew.points()).isEqualTo(4);
        assertThat(tooFew.reason()).isEqualTo("needs 5 annual points; there are 4");
    }

    @Test
    void withoutIntervalsOnlyTheDirectionIsGiven() {
        Trend trend = Trend.of(List.of(new Trend.Point(1, null, null), new Trend.Point(2, null, null),
                new Trend.Point(3, null, null), new Trend.Point(4, null, null), new Trend.Point(5, null, null)),
                Polarity.HIGHER_IS_BETTER);

        assertThat(trend.direction()).isEqualTo("INCREASING");
        assertThat(trend.significant()).isNull();
        assertThat(trend.assessment()).isEqualTo("NOT_ASSESSED");
    }
}
