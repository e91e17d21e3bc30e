package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Worked by hand. The programme place goes from 10 and 12 (mean 11) to 8: a change of -3. The comparators change by
 * 0 (10, 10 to 10), +1 (20, 22 to 22) and -2 (5, 7 to 4): mean -1/3, sample variance 7/3. Estimate -3 + 1/3 = -8/3;
 * standard error sqrt(7/3 x (1 + 1/3)) = sqrt(28/9) = 1.763834...; on 2 degrees of freedom t(0.975) is 4.302653
 * (Student's table), so the interval is -8/3 -+ 4.302653 x 1.763834: -10.255833 to 4.922499.
 */
class DifferenceInDifferencesTest {

    static final List<Double> COMPARATORS = List.of(0.0, 1.0, -2.0);

    @Test
    void onePlaceAgainstThreeComparators() {
        var estimate = DifferenceInDifferences.of(List.of(-3.0), COMPARATORS).orElseThrow();

        assertThat(estimate.programmeChange()).isEqualTo(-3.0);
        assertThat(estimate.comparatorChange()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(estimate.estimate()).isCloseTo(-8.0 / 3, within(1e-12));
        assertThat(estimate.standardError()).isCloseTo(Math.sqrt(28.0 / 9), within(1e-12));
        assertThat(estimate.degreesOfFreedom()).isEqualTo(2.0);
        assertThat(estimate.lower()).isCloseTo(-10.255833, within(1e-6));
        assertThat(estimate.upper()).isCloseTo(4.922499, within(1e-6));
    }

    /**
     * Two programme places changing by -3 and -1: mean -2, variance 2. SE sqrt(2/2 + (7/3)/3) = sqrt(16/9) = 4/3;
     * Welch's degrees of freedom (1 + 7/9)² / (1²/1 + (7/9)²/2) = 512/211 = 2.4265; t(0.975) on them 3.653282
     * (integrated numerically): -5/3 -+ 3.653282 x 4/3.
     */
    @Test
    void severalProgrammePlacesBringTheirOwnSpread() {
        var estimate = DifferenceInDifferences.of(List.of(-3.0, -1.0), COMPARATORS).orElseThrow();

        assertThat(estimate.estimate()).isCloseTo(-2 + 1.0 / 3, within(1e-12));
        assertThat(estimate.standardError()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(estimate.degreesOfFreedom()).isCloseTo(512.0 / 211, within(1e-12));
        assertThat(estimate.lower()).isCloseTo(-6.537709, within(1e-6));
        assertThat(estimate.upper()).isCloseTo(3.204376, within(1e-6));
    }

    @Test
    void noProgrammePlaceOrFewerThanTwoComparatorsGiveNoEstimate() {
        assertThat(DifferenceInDifferences.of(List.of(), COMPARATORS)).isEmpty();
        assertThat(DifferenceInDifferences.of(List.of(-3.0), List.of(1.0))).isEmpty();
    }
}
