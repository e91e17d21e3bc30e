package org.wholeplace.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each method against published worked examples. */
class ConfidenceIntervalsTest {

    /**
     * Newcombe R.G. (1998), "Two-sided confidence intervals for the single proportion: comparison of seven methods",
     * Statistics in Medicine 17:857-872, Table II, method 3 (Wilson score, no continuity correction).
     */
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            "0,  20,  0.0000, 0.1611",
            "1,  29,  0.0061, 0.1718",
    })
    void wilsonMatchesNewcombesTable(int count, int denominator, double lower, double upper) {
        Interval ci = ConfidenceIntervals.wilson(count, denominator, 1, ConfidenceLevel.NINETY_FIVE);

        assertThat(ci.lower()).isCloseTo(lower, within(0.00005));
        assertThat(ci.upper()).isCloseTo(upper, within(0.00005));
        assertThat(ci.method()).isEqualTo(Interval.Method.WILSON);
    }

    @Test
    void wilsonScalesToTheIndicatorsMultiplier() {
        // 81/263 as a percentage
        Interval ci = ConfidenceIntervals.wilson(81, 263, 100, ConfidenceLevel.NINETY_FIVE);
        assertThat(ci.lower()).isCloseTo(25.53, within(0.005));
        assertThat(ci.upper()).isCloseTo(36.62, within(0.005));
    }

    /** The exact (Garwood 1936) 95% limits for a Poisson count, as tabulated in e.g. Ulm (1990) and the OHID guide. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "0, 0.0000, 3.6889",
            "1, 0.0253, 5.5716",
            "2, 0.2422, 7.2247",
            "5, 1.6235, 11.6683",
            "9, 4.1154, 17.0848",
    })
    void smallCountsUseTheExactPoissonInterval(int count, double lower, double upper) {
        Interval ci = ConfidenceIntervals.poissonCount(count, ConfidenceLevel.NINETY_FIVE);

        assertThat(ci.method()).isEqualTo(Interval.Method.EXACT_POISSON);
        assertThat(ci.lower()).isCloseTo(lower, within(0.00005));
        assertThat(ci.upper()).isCloseTo(upper, within(0.00005));
    }

    /**
     * Byar's method from 10 events: lower = O(1 − 1/(9O) − z/(3√O))³, upper = (O+1)(1 − 1/(9(O+1)) + z/(3√(O+1)))³.
     * By hand for O = 10, z = 1.959964: 10 × 0.782293³ = 4.7874; 11 × 1.186883³ = 18.3915 (the exact limits are
     * 4.7954 and 18.3904: Byar's is within 0.01).
     */
    @Test
    void countsFromTenUseByarsMethod() {
        Interval ci = ConfidenceIntervals.poissonCount(10, ConfidenceLevel.NINETY_FIVE);

        assertThat(ci.method()).isEqualTo(Interval.Method.BYAR);
        assertThat(ci.lower()).isCloseTo(4.7874, within(0.00005));
        assertThat(ci.upper()).isCloseTo(18.3915, within(0.00005));
    }

    /** A crude rate: 52 children in a population of 10,400, per 10,000 = 50.0; Byar's limits for 52 scaled. */
    @Test
    void aRateIsItsCountsIntervalScaled() {
        Interval ci = ConfidenceIntervals.rate(52, 10_400, 10_000, ConfidenceLevel.NINETY_FIVE);

        // Byar's for 52 by hand: 38.8333 and 68.1925, × 10,000 / 10,400
        assertThat(ci.lower()).isCloseTo(38.8333 * 10_000 / 10_400, within(0.0001));
        assertThat(ci.upper()).isCloseTo(68.1925 * 10_000 / 10_400, within(0.0001));
    }

    /** 99.8%: z = 3.090232; exact limits for 5 events: χ²(0.001, 10)/2 = 0.7394, χ²(0.999, 12)/2 = 16.4547. */
    @Test
    void theNinetyNinePointEightLevelIsWider() {
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z()).isCloseTo(3.090232, within(0.000001));
        Interval ci = ConfidenceIntervals.poissonCount(5, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        assertThat(ci.lower()).isCloseTo(0.7394, within(0.00005));
        assertThat(ci.upper()).isCloseTo(16.4547, within(0.00005));
    }
}
