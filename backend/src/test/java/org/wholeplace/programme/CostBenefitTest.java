package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The guidance's method on examples worked by hand (and checked with Python's decimal module at 30 digits). Pure
 * arithmetic: no database is involved, so none is used.
 */
class CostBenefitTest {

    /** The Green Book's rates as its annex A6 states them (the shipped appraisal parameters give the same). */
    static final DiscountSchedule GREEN_BOOK = new DiscountSchedule(List.of(
            new DiscountSchedule.Band(0, new BigDecimal("0.035")), new DiscountSchedule.Band(31,
                    new BigDecimal("0.030"))));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal pennies(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static ProgrammeCase.Outcome outcome(String engagement, String success, String deadweight, int lag,
                                                 List<BigDecimal> persistence, List<ProgrammeCase.Saving> savings,
                                                 String social, String optimismBias) {
        return new ProgrammeCase.Outcome("test", d(engagement), d(success), d(deadweight), lag, persistence, savings,
                BigDecimal.ZERO, BigDecimal.ZERO, d(social), d(optimismBias));
    }

    /** One person, one year, every part of the value as given: engagement, success 1, no deadweight or bias. */
    private static ProgrammeCase.Outcome whole(List<ProgrammeCase.Saving> savings, String transfer, String economic) {
        return new ProgrammeCase.Outcome("test", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, 0,
                List.of(BigDecimal.ONE), savings, d(transfer), d(economic), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static ProgrammeCase.Saving saving(String agency, String value) {
        return new ProgrammeCase.Saving(agency, d(value), true);
    }

    /**
     * The council puts in £100,000; of 100 families, half succeed and a fifth of those would have anyway: 40. Each
     * saves the council £500 (cashable) and the police £2,000 (not cashable), and is worth £1,000 socially. Undiscounted:
     * fiscal £100,000 (council £20,000, police £80,000), social £40,000. The council loses £80,000; the partnership
     * gains £40,000. The fiscal benefit only matches the cost: a fiscal ROI of 0, so no payback (GMCA's rule).
     */
    @Test
    void theInvestingAgencyLosesWhileThePartnershipGains() {
        var programme = new ProgrammeCase(
                List.of(new ProgrammeCase.AgencyCost("council", 0, d("100000"))),
                Map.of(0, d("100")),
                List.of(outcome("1", "0.5", "0.2", 0, List.of(BigDecimal.ONE), List.of(
                        new ProgrammeCase.Saving("council", d("500"), true),
                        new ProgrammeCase.Saving("police", d("2000"), false)), "1000", "0")));

        var appraisal = CostBenefit.appraise(programme, DiscountSchedule.flat(BigDecimal.ZERO));

        assertThat(appraisal.npv()).isEqualByComparingTo("40000");
        assertThat(appraisal.fiscalBcr()).isEqualByComparingTo("1");
        assertThat(appraisal.fiscalRoi()).isEqualByComparingTo("0");
        assertThat(appraisal.publicValueBcr()).isEqualByComparingTo("1.4");
        assertThat(appraisal.paybackYears()).isNull();
        assertThat(appraisal.byAgency().get(1).nonCashable()).isEqualByComparingTo("80000");
        assertThat(appraisal.byAgency()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(List.of(
                new CostBenefit.AgencyNet("council", d("100000"), d("20000"), d("20000"), d("-80000")),
                new CostBenefit.AgencyNet("police", BigDecimal.ZERO, d("80000"), BigDecimal.ZERO, d("80000"))));
        assertThat(appraisal.byYear().getFirst().beneficiaries()).singleElement()
                .satisfies(people -> assertThat(people).isEqualByComparingTo("40"));
    }

    /**
     * The Unit Cost Database's own example, its comment on E&E2.0: "the £7,500 fiscal benefit to DWP should be
     * excluded, as it is a transfer payment. Total public value is £13,700". One claimant into work: fiscal £8,632
     * (DWP £7,500, NHS £1,132), economic £12,568, against £1,000. Public value 8,632 - 7,500 + 12,568 = £13,700; NPV
     * £12,700; public value BCR 13.7. Fiscal figures keep the transfer: fiscal BCR 8.632, DWP's benefit £7,500.
     */
    @Test
    void aTransferStaysInFiscalFiguresAndLeavesPublicValue() {
        var programme = new ProgrammeCase(List.of(new ProgrammeCase.AgencyCost("DWP", 0, d("1000"))),
                Map.of(0, BigDecimal.ONE), List.of(whole(List.of(saving("DWP", "7500"), saving("NHS", "1132")),
                "7500", "12568")));

        var appraisal = CostBenefit.appraise(programme, DiscountSchedule.flat(BigDecimal.ZERO));

        assertThat(appraisal.byYear().getFirst().presentPublicValue()).isEqualByComparingTo("13700");
        assertThat(appraisal.npv()).isEqualByComparingTo("12700");
        assertThat(appraisal.publicValueBcr()).isEqualByComparingTo("13.7");
        assertThat(appraisal.presentTransfers()).isEqualByComparingTo("7500");
        assertThat(appraisal.fiscalBcr()).isEqualByComparingTo("8.632");
        assertThat(appraisal.byYear().getFirst().fiscal()).isEqualByComparingTo("8632");
        assertThat(appraisal.byAgency().getFirst().benefits()).isEqualByComparingTo("7500");
    }

    /**
     * Costs of £100 then £1,000 against £150 of fiscal benefit in the first year: the benefit is ahead at the end of
     * year 1 and behind for good after year 2. Fiscal ROI (150 - 1,100) / 1,100 = -0.8636: no payback.
     */
    @Test
    void paybackIsNotTheFirstCrossing() {
        var programme = new ProgrammeCase(List.of(new ProgrammeCase.AgencyCost("council", 0, d("100")),
                new ProgrammeCase.AgencyCost("council", 1, d("1000"))), Map.of(0, BigDecimal.ONE),
                List.of(whole(List.of(saving("council", "150")), "0", "0")));

        var appraisal = CostBenefit.appraise(programme, DiscountSchedule.flat(BigDecimal.ZERO));

        assertThat(appraisal.fiscalRoi().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("-0.8636");
        assertThat(appraisal.paybackYears()).isNull();
    }

    /**
     * Costs of £100 and £1,000 in years 1 and 2; 1, 4 and 4 people saving £150 each in years 1 to 3, £150, £600 and
     * £600:
     * cumulative benefit 150, 750, 1,350 against cost 100, 1,100, 1,100. Ahead in year 1, behind in year 2, ahead
     * from year 3 to the end: payback in year 3, not 1. Fiscal ROI 250 / 1,100.
     */
    @Test
    void paybackIsTheYearFromWhichTheBenefitStaysAhead() {
        var programme = new ProgrammeCase(List.of(new ProgrammeCase.AgencyCost("council", 0, d("100")),
                new ProgrammeCase.AgencyCost("council", 1, d("1000"))), Map.of(0, BigDecimal.ONE, 1, d("4"), 2,
                d("4")), List.of(whole(List.of(saving("council", "150")), "0", "0")));

        var appraisal = CostBenefit.appraise(programme, DiscountSchedule.flat(BigDecimal.ZERO));

        assertThat(appraisal.byYear()).extracting(CostBenefit.Year::fiscal).usingElementComparator(
                BigDecimal::compareTo).containsExactly(d("150"), d("600"), d("600"));
        assertThat(appraisal.paybackYears()).isEqualTo(3);
        assertThat(appraisal.fiscalRoi().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("0.227273");
    }

    /** Two outcomes of ten people each are twenty outcomes achieved, said per outcome: not twenty people. */
    @Test
    void beneficiariesAreGivenPerOutcome() {
        var ten = new ProgrammeCase.Outcome("test", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, 0,
                List.of(BigDecimal.ONE), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
        var programme = new ProgrammeCase(List.of(), Map.of(0, BigDecimal.TEN), List.of(ten, ten));

        var year = CostBenefit.appraise(programme, DiscountSchedule.flat(BigDecimal.ZERO)).byYear().getFirst();

        assertThat(year.beneficiaries()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.TEN, BigDecimal.TEN);
        assertThat(year.outcomesAchieved()).isEqualByComparingTo("20");
    }

    /**
     * 50 starters, 80% engage, half of them succeed, a quarter would have anyway: 15, from a year after the start,
     * then 60% and 30% of them. £400 saved each a year: £6,000, £3,600, £1,800 in years 1-3, worth
     * 5,797.10 + 3,360.64 + 1,623.50 = £10,781.24 discounted at 3.5%, against £10,000 spent in year 0: NPV £781.24,
     * repaid in the fourth year.
     */
    @Test
    void lagDropOffAndDeadweightAreCarriedThroughAndDiscounted() {
        var appraisal = CostBenefit.appraise(dropOff("0"), GREEN_BOOK);

        assertThat(appraisal.byYear()).extracting(CostBenefit.Year::outcomesAchieved)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0"), d("15"), d("9"), d("4.5"));
        assertThat(pennies(appraisal.npv())).isEqualByComparingTo("781.24");
        assertThat(pennies(appraisal.byYear().get(2).presentFiscal())).isEqualByComparingTo("3360.64");
        assertThat(appraisal.paybackYears()).isEqualTo(4);
        assertThat(appraisal.fiscalBcr().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo("1.078124");
    }

    /** The same with a 10% optimism bias on the benefit: £9,703.11 against £10,000, NPV −£296.89, never repaid. */
    @Test
    void optimismBiasTurnsTheNpvNegative() {
        var appraisal = CostBenefit.appraise(dropOff("0.1"), GREEN_BOOK);

        assertThat(pennies(appraisal.npv())).isEqualByComparingTo("-296.89");
        assertThat(appraisal.paybackYears()).isNull();
    }

    /** One agency however the programme and the Unit Cost Database spell it: named as the investor spells it. */
    @Test
    void anAgencySpelledTwoWaysIsOneAgency() {
        var programme = new ProgrammeCase(
                List.of(new ProgrammeCase.AgencyCost("Local Authority", 0, d("1000"))),
                Map.of(0, d("10")),
                List.of(outcome("1", "1", "0", 0, List.of(BigDecimal.ONE),
                        List.of(new ProgrammeCase.Saving("Local authority", d("150"), true)), "0", "0")));

        var appraisal = CostBenefit.appraise(programme, DiscountSchedule.flat(BigDecimal.ZERO));

        assertThat(appraisal.byAgency()).singleElement().satisfies(a -> {
            assertThat(a.agency()).isEqualTo("Local Authority");
            assertThat(a.net()).isEqualByComparingTo("500");
        });
    }

    /** Green Book: 1/1.035^t to year 30, then 3.0%: year 31 is 1/(1.035^30 x 1.03), year 35 1/(1.035^30 x 1.03^5). */
    @Test
    void theGreenBookRateFallsAfterYearThirty() {
        assertThat(GREEN_BOOK.factor(0)).isEqualByComparingTo("1");
        assertThat(GREEN_BOOK.factor(30).setScale(12, RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.356278410602");
        assertThat(GREEN_BOOK.factor(31).setScale(12, RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.345901369517");
        assertThat(GREEN_BOOK.factor(35).setScale(12, RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.307328886672");
    }

    private static ProgrammeCase dropOff(String optimismBias) {
        return new ProgrammeCase(
                List.of(new ProgrammeCase.AgencyCost("council", 0, d("10000"))),
                Map.of(0, d("50")),
                List.of(outcome("0.8", "0.5", "0.25", 1, List.of(BigDecimal.ONE, d("0.6"), d("0.3")),
                        List.of(new ProgrammeCase.Saving("council", d("400"), true)), "0", optimismBias)));
    }
}
