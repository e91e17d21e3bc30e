package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wholeplace.programme.DifferenceInDifferences.BeforeAfter;

/**
 * Worked by hand. The programme place goes from 10 and 12 (mean 11) to 8: a change of -3. The comparators change by
 * 0 (10, 10 to 10), +1 (20, 22 to 22) and -2 (5, 7 to 4): mean -1/3, sample variance 7/3. Estimate -3 + 1/3 = -8/3;
 * standard error sqrt(7/3 x (1 + 1/3)) = sqrt(28/9) = 1.76383...; interval -8/3 -+ 1.95996 x that.
 */
class DifferenceInDifferencesTest {

    static final Map<String, BeforeAfter> COMPARATORS = Map.of(
            "A", new BeforeAfter(List.of(10.0, 10.0), List.of(10.0)),
            "B", new BeforeAfter(List.of(20.0, 22.0), List.of(22.0)),
            "D", new BeforeAfter(List.of(5.0, 7.0), List.of(4.0)));

    @Test
    void onePlaceAgainstThreeComparators() {
        var estimate = DifferenceInDifferences.of(Map.of("M", new BeforeAfter(List.of(10.0, 12.0), List.of(8.0))),
                COMPARATORS).orElseThrow();

        assertThat(estimate.programmeChange()).isEqualTo(-3.0);
        assertThat(estimate.comparatorChange()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(estimate.estimate()).isCloseTo(-8.0 / 3, within(1e-12));
        assertThat(estimate.standardError()).isCloseTo(Math.sqrt(28.0 / 9), within(1e-12));
        assertThat(estimate.lower()).isCloseTo(-8.0 / 3 - 1.959963984540054 * Math.sqrt(28.0 / 9), within(1e-12));
        assertThat(estimate.upper()).isCloseTo(0.7904, within(1e-4));
        assertThat(estimate.marylandLevel()).isEqualTo(3);
    }

    /** Two programme places changing by -3 and -1: mean -2, variance 2; SE sqrt(2/2 + (7/3)/3) = sqrt(16/9) = 4/3. */
    @Test
    void severalProgrammePlacesBringTheirOwnSpread() {
        var estimate = DifferenceInDifferences.of(Map.of(
                "M", new BeforeAfter(List.of(10.0, 12.0), List.of(8.0)),
                "N", new BeforeAfter(List.of(6.0, 6.0), List.of(5.0))), COMPARATORS).orElseThrow();

        assertThat(estimate.estimate()).isCloseTo(-2 + 1.0 / 3, within(1e-12));
        assertThat(estimate.standardError()).isCloseTo(4.0 / 3, within(1e-12));
    }

    @Test
    void fewerThanTwoPeriodsBeforeOrOneAfterGiveNoEstimate() {
        assertThat(DifferenceInDifferences.of(Map.of("M", new BeforeAfter(List.of(10.0), List.of(8.0))),
                COMPARATORS)).isEmpty();
        assertThat(DifferenceInDifferences.of(Map.of("M", new BeforeAfter(List.of(10.0, 11.0), List.of())),
                COMPARATORS)).isEmpty();
    }
}
