package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wholeplace.unitcost.GdpDeflator;

/**
 * The rules around an appraisal's figures, on cases made up by hand: who a reinvestment deal pays, what part of a
 * programme's cost each tracked indicator bears, and when combining costs is warned of. Pure: no database.
 */
class AppraisalRulesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /**
     * The council invests £300 and DWP £700; DWP's cashable saving is £1,000. At an 8% fall GM's terms make £687.50
     * due (5.5 of 8 points' worth). It is shared by what each invested: 30% to the council, £206.25, which DWP pays;
     * DWP's own 70% it keeps. DWP's net £300 becomes £93.75, the council's -£300 becomes -£93.75.
     */
    @Test
    void aDealPaysEachInvestorItsShareAndAnInvestingPayerKeepsItsOwn() {
        var byAgency = List.of(new CostBenefit.AgencyNet("Local Authority", d("300"), d("0"), d("0"), d("-300")),
                new CostBenefit.AgencyNet("DWP", d("700"), d("1000"), d("1000"), d("300")));
        var appraisal = new ProgrammeAppraisal("2015/16", "none", new CostBenefit.Appraisal(null, null, null, null,
                null, BigDecimal.ZERO, byAgency, List.of()), List.of(), List.of(), List.of(), List.of());

        var deal = appraisal.withDeal(ReinvestmentDealTest.GM_2011, d("0.08"));

        assertThat(deal.get(0).receives()).isEqualByComparingTo("206.25");
        assertThat(deal.get(0).net()).isEqualByComparingTo("-93.75");
        assertThat(deal.get(1).pays()).isEqualByComparingTo("206.25");
        assertThat(deal.get(1).net()).isEqualByComparingTo("93.75");
    }

    private static TrackedIndicator link(String id, String share) {
        return new TrackedIndicator(id, List.of(), null, share == null ? null : d(share));
    }

    /** 0.25 stated; the two stating none share the other 0.75: 0.375 each. None stated: a third each. */
    @Test
    void indicatorsStatingNoShareSplitWhatTheOthersLeave() {
        var a = link("a", "0.25");
        var b = link("b", null);
        var c = link("c", null);
        assertThat(ProgrammeOutcomes.costShare(a, List.of(a, b, c))).isEqualByComparingTo("0.25");
        assertThat(ProgrammeOutcomes.costShare(b, List.of(a, b, c))).isEqualByComparingTo("0.375");
        var alone = link("alone", "1");
        assertThat(ProgrammeOutcomes.costShare(alone, List.of(alone))).isEqualByComparingTo("1");
        var x = link("x", null);
        assertThat(ProgrammeOutcomes.costShare(x, List.of(x, link("y", null), link("z", null))).doubleValue())
                .isEqualTo(1.0 / 3);
    }

    private static ProgrammeInputs.ExpectedOutcome outcome(String code, String sheet, String doNotCombine) {
        return new ProgrammeInputs.ExpectedOutcome(code, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, 0, 1,
                BigDecimal.ZERO, 1, List.of(), new ProgrammeInputs.UnitCostValues(sheet, d("100"), "2013/14", null,
                null, null, null, "2013/14", 1L, null, doNotCombine));
    }

    private static List<AppraisalWarning> warnings(ProgrammeInputs.ExpectedOutcome... outcomes) {
        Programme programme = new Programme("p", "P", "transforming-justice", List.of("E08000003"), 2015, 2015, null,
                null, 1L);
        return AppraisalWarning.of(programme, new ProgrammeInputs(List.of(), List.of(), List.of(outcomes)),
                GdpDeflator.of(Map.of("2013/14", d("190")), Set.of()), "2013/14");
    }

    /**
     * CR8.0's note is against "other cost figures for specific crime types": combined with a crime cost it is warned
     * of, once however many outcomes it values; combined with a health cost only, it is not.
     */
    @Test
    void aCostNotToBeCombinedIsWarnedOfBesideCostsOfItsOwnSheetOnce() {
        String note = "this cost should not be combined with other cost figures for specific crime types.";
        assertThat(warnings(outcome("CR8.0", "Crime", note), outcome("CR3.0", "Crime", null),
                outcome("CR8.0", "Crime", note))).singleElement().satisfies(w -> {
                    assertThat(w.kind()).isEqualTo(AppraisalWarning.Kind.DOUBLE_COUNTING);
                    assertThat(w.unitCosts()).containsExactly("CR8.0", "CR3.0");
                });
        assertThat(warnings(outcome("CR8.0", "Crime", note), outcome("HE7.0", "Health", null))).isEmpty();
    }
}
