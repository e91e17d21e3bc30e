package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * GM Transforming Justice's terms with the MoJ (June 2011): "payback half of their calculated savings for a 5%
 * reduction in adult demand and all the savings above this threshold up to 20%". Figures worked by hand; pure
 * arithmetic, so no database.
 */
class ReinvestmentDealTest {

    static final ReinvestmentDeal GM_2011 = new ReinvestmentDeal(new BigDecimal("0.05"), List.of(
            new ReinvestmentDeal.Tier(BigDecimal.ZERO, new BigDecimal("0.05"), new BigDecimal("0.5")),
            new ReinvestmentDeal.Tier(new BigDecimal("0.05"), new BigDecimal("0.20"), BigDecimal.ONE)),
            "GM Transforming Justice, June 2011");

    private static BigDecimal paid(String fall, String saving) {
        return GM_2011.payment(new BigDecimal(fall), new BigDecimal(saving));
    }

    @Test
    void belowTheFirstThresholdNothingIsPaid() {
        assertThat(paid("0.04", "400000")).isEqualByComparingTo("0");
    }

    /** At 5% exactly, half of the savings: £250,000 saved, £125,000 paid. */
    @Test
    void atTheThresholdHalfIsPaid() {
        assertThat(paid("0.05", "250000")).isEqualByComparingTo("125000");
    }

    /** 8% saving £400,000 is £50,000 a point: half of the first 5 points (£125,000) and all of 3 more (£150,000). */
    @Test
    void anEightPerCentFallOnFourHundredThousandPaysTwoHundredAndSeventyFiveThousand() {
        assertThat(paid("0.08", "400000")).isEqualByComparingTo("275000");
    }

    /** 25% saving £1,000,000 is £40,000 a point: £100,000 for the first 5, £600,000 for 5 to 20, none for 20 to 25. */
    @Test
    void aTwentyFivePerCentFallOnAMillionPaysSevenHundredThousand() {
        assertThat(paid("0.25", "1000000")).isEqualByComparingTo("700000");
    }

    /** The cap: past 20% nothing more is paid, so 30% on £1,200,000 (£40,000 a point) pays as 25% on £1m did. */
    @Test
    void savingsBeyondTheLastTierAreKept() {
        assertThat(paid("0.30", "1200000")).isEqualByComparingTo("700000");
    }

    @Test
    void termsThatOverlapOrLeaveTheirRangeAreRefused() {
        assertThatThrownBy(() -> new ReinvestmentDeal(new BigDecimal("0.05"), List.of(
                new ReinvestmentDeal.Tier(BigDecimal.ZERO, new BigDecimal("0.10"), new BigDecimal("0.5")),
                new ReinvestmentDeal.Tier(new BigDecimal("0.05"), new BigDecimal("0.20"), BigDecimal.ONE)), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier 2 (from 0.05 to 0.20) overlaps the tier before it, or is out of order");
        assertThatThrownBy(() -> new ReinvestmentDeal(new BigDecimal("0.05"), List.of(new ReinvestmentDeal.Tier(
                BigDecimal.ZERO, new BigDecimal("0.05"), new BigDecimal("1.5"))), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier 1 (from 0 to 0.05): share must be from 0 to 1, not 1.5");
    }
}
