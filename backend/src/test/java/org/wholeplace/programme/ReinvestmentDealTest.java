package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The MoJ-style deal on figures worked by hand: pure arithmetic, so no database. */
class ReinvestmentDealTest {

    @Test
    void belowTheThresholdNothingIsPaid() {
        assertThat(ReinvestmentDeal.MOJ_ADULT.payment(new BigDecimal("0.04"), new BigDecimal("400000")))
                .isEqualByComparingTo("0");
    }

    /** An 8% fall saving £400,000 cashable: all of the fall is under the 20% cap, so half is paid, £200,000. */
    @Test
    void pastTheThresholdTheShareOfTheCashableSavingIsPaid() {
        assertThat(ReinvestmentDeal.MOJ_ADULT.payment(new BigDecimal("0.08"), new BigDecimal("400000")))
                .isEqualByComparingTo("200000");
    }

    /** A 25% fall saving £1,000,000: only the first 20 points count, 800,000, of which half, £400,000, is paid. */
    @Test
    void savingsBeyondTheCapAreKept() {
        assertThat(ReinvestmentDeal.MOJ_ADULT.payment(new BigDecimal("0.25"), new BigDecimal("1000000")))
                .isEqualByComparingTo("400000");
    }

    @Test
    void termsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new ReinvestmentDeal(new BigDecimal("0.1"), new BigDecimal("1.5"),
                new BigDecimal("0.2"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share");
    }
}
