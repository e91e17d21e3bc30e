package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wholeplace.db.generated.Tables.PROGRAMME;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.provenance.ImportKind;
import reactor.core.publisher.Mono;

/**
 * Programmes over the API: the shipped synthetic set, and programmes written for the test whose figures are worked
 * by hand ({@link ProgrammeFixtures}).
 */
@WholePlaceTest
class ProgrammeApiTest {

    @Autowired
    HttpGraphQlTester graphQl;
    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    DSLContext dsl;
    @TempDir
    Path dir;

    @Test
    void theShippedSyntheticSetHasOneProgrammePerThemeMarkedSynthetic() {
        var response = graphQl.document("""
                { programmes { id theme { code } costBenefit { synthetic npv byAgency { agency net } } } }""")
                .execute();
        response.path("programmes[*].theme.code").entityList(String.class).satisfies(themes ->
                assertThat(themes).containsExactlyInAnyOrder("early-years", "troubled-families",
                        "transforming-justice", "health-and-social-care", "worklessness"));
        response.path("programmes[*].costBenefit.synthetic").entityList(Boolean.class)
                .satisfies(flags -> assertThat(flags).containsOnly(true));
        // the diversion programme: the council pays, the justice system saves
        var diversion = graphQl.documentName("programmeCostBenefit").variable("id", "synthetic-women-diversion")
                .execute();
        diversion.path("programme.costBenefit.npv").entity(Double.class).satisfies(npv -> assertThat(npv).isPositive());
        diversion.path("programme.costBenefit.byAgency[?(@.agency == 'Local Authority')].net")
                .entityList(Double.class).satisfies(net -> assertThat(net).singleElement()
                        .satisfies(n -> assertThat(n).isNegative()));
    }

    /** Themes, places and years each narrow the list; an unknown theme or a bad year is named. */
    @Test
    void theFilterNarrowsByThemePlaceAndYear() {
        String query = "query($filter: ProgrammeFilter) { programmes(filter: $filter) { id } }";
        graphQl.document(query).variable("filter", Map.of("themes", List.of("worklessness", "early-years")))
                .execute().path("programmes[*].id").entityList(String.class)
                .containsExactly("synthetic-early-help-home-visiting", "synthetic-work-and-health");
        graphQl.document(query).variable("filter", Map.of("places", List.of("E08000006"))).execute()
                .path("programmes[*].id").entityList(String.class).containsExactly("synthetic-women-diversion");
        // the key worker programme runs 2014-15 to 2015-16, the others from 2015-16
        graphQl.document(query).variable("filter", Map.of("years", List.of("2014-15"))).execute()
                .path("programmes[*].id").entityList(String.class)
                .containsExactly("synthetic-troubled-families-key-worker");
        graphQl.document(query).variable("filter", Map.of("themes", List.of("knitting"), "years", List.of("2014/5")))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e ->
                        assertThat(e.getMessage()).isEqualTo("Unknown theme code 'knitting' in filter.themes; "
                                + "'2014/5' is not a financial year; write it as 2022-23 (filter.years)")));
    }

    /**
     * 40 then 20 beneficiaries save the police £35 each: £1,400 and £700 against the council's £1,000. Undiscounted,
     * NPV £1,100; at the Green Book's 3.5% the second year is worth 700 / 1.035 = £676.33.
     */
    @Test
    void costBenefitOfAProgrammeWorkedByHand() {
        imports.load(ImportKind.PROGRAMME, "diversion.yaml", ProgrammeFixtures.DIVERSION);
        var flat = graphQl.documentName("programmeCostBenefit").variable("id", "test-diversion")
                .variable("priceYear", "2002/03").variable("rate", 0.0).execute();
        flat.path("programme.costBenefit.npv").entity(String.class).isEqualTo("1100.00");
        flat.path("programme.costBenefit.fiscalBcr").entity(Double.class).isEqualTo(2.1);
        flat.path("programme.costBenefit.fiscalRoi").entity(Double.class).isEqualTo(1.1);
        flat.path("programme.costBenefit.paybackYears").entity(Integer.class).isEqualTo(1);
        flat.path("programme.costBenefit.synthetic").entity(Boolean.class).isEqualTo(false);
        flat.path("programme.costBenefit.discounting").entity(String.class).isEqualTo("0% every year");
        flat.path("programme.costBenefit.byYear[*].year.label").entityList(String.class)
                .containsExactly("2023-24", "2024-25");
        flat.path("programme.costBenefit.byYear[*].beneficiaries[0].people").entityList(Double.class)
                .containsExactly(40.0, 20.0);
        flat.path("programme.costBenefit.byYear[*].outcomesAchieved").entityList(Double.class)
                .containsExactly(40.0, 20.0);
        flat.path("programme.costBenefit.byAgency[*].agency").entityList(String.class)
                .containsExactly("Local Authority", "Police");
        flat.path("programme.costBenefit.byAgency[*].net").entityList(String.class)
                .containsExactly("-1000.00", "2100.00");
        flat.path("programme.costBenefit.batches[*].kind").entityList(String.class)
                .containsExactly("programme", "unit-costs", "appraisal-parameters");

        var discounted = graphQl.documentName("programmeCostBenefit").variable("id", "test-diversion")
                .variable("priceYear", "2002/03").execute();
        discounted.path("programme.costBenefit.npv").entity(String.class).isEqualTo("1076.33");
        discounted.path("programme.costBenefit.byYear[1].presentFiscal").entity(String.class)
                .isEqualTo("676.33");
        discounted.path("programme.costBenefit.discounting").entity(String.class).isEqualTo(
                "3.5% from year 0, 3% from year 31, 2.5% from year 76, 2% from year 126, 1.5% from year 201, "
                        + "1% from year 301");
    }

    /**
     * The optimism bias of each grade comes from the shipped table: grade 6 takes 40% off the benefits (£2,100 to
     * £1,260) and adds 40% to the cost (£1,000 to £1,400), turning NPV from +£1,100 to −£140; the optimismBias
     * argument overrides the outcomes' grades only (£2,100 x 0.9 − £1,400 = £490).
     */
    @Test
    void optimismBiasByConfidenceGradeTurnsTheNpvNegative() {
        imports.load(ImportKind.PROGRAMME, "weak.yaml", ProgrammeFixtures.DIVERSION
                .replace("revenue: 1000}", "revenue: 1000, confidence: 6}").replace("confidence: 1,", "confidence: 6,"));
        var weak = graphQl.documentName("programmeCostBenefit").variable("id", "test-diversion")
                .variable("priceYear", "2002/03").variable("rate", 0.0).execute();
        weak.path("programme.costBenefit.npv").entity(String.class).isEqualTo("-140.00");
        weak.path("programme.costBenefit.byYear[*].fiscal").entityList(String.class)
                .containsExactly("840.00", "420.00");
        weak.path("programme.costBenefit.byYear[0].cost").entity(String.class).isEqualTo("1400.00");
        weak.path("programme.costBenefit.paybackYears").valueIsNull();
        graphQl.documentName("programmeCostBenefit").variable("id", "test-diversion")
                .variable("priceYear", "2002/03").variable("rate", 0.0).variable("optimismBias", 0.1).execute()
                .path("programme.costBenefit.npv").entity(String.class).isEqualTo("490.00");
    }

    /**
     * An 8% fall, on GM's 2011 terms: the police's cashable £2,076.33 (present value) is £25,954.13 a point of the
     * fall; they pay half of the first 5 points' and all of the next 3's, 2,076.33 x (2.5 + 3) / 8 = £1,427.48, to
     * the council. Below 5% nothing is paid.
     */
    @Test
    void theReinvestmentDealMovesSavingsToTheInvestor() {
        imports.load(ImportKind.PROGRAMME, "diversion.yaml", ProgrammeFixtures.DIVERSION);
        var deal = graphQl.document("""
                { programme(id: "test-diversion") { reinvestmentDeal(fall: 0.08, priceYear: "2002/03") {
                    agency netBefore pays receives net } } }""").execute();
        deal.path("programme.reinvestmentDeal[*].agency").entityList(String.class)
                .containsExactly("Local Authority", "Police");
        deal.path("programme.reinvestmentDeal[0].receives").entity(String.class).isEqualTo("1427.48");
        deal.path("programme.reinvestmentDeal[0].net").entity(String.class).isEqualTo("427.48");
        deal.path("programme.reinvestmentDeal[1].pays").entity(String.class).isEqualTo("1427.48");
        graphQl.document("""
                { programme(id: "test-diversion") { reinvestmentDeal(fall: 0.04) { pays } } }""").execute()
                .path("programme.reinvestmentDeal[*].pays").entityList(String.class)
                .containsExactly("0.00", "0.00");
    }

    /**
     * E&E2.0's £8,632 is split by its constituent costs: DWP £7,500 (share 7,898.48 / 9,090.63 of the workbook's
     * uprated cells, 0.8688600556070436), the NHS £1,132. 50 people into work: DWP saves £375,000, cashable; the NHS
     * £56,600, not cashable; £628,400 economic value; against the council's £100,000. DWP's £7,500 is a transfer (the
     * comment on Employment & Economy!H15): public value is the workbook's £13,700 a person, £685,000; NPV £585,000.
     */
    @Test
    void aSavingIsSplitBetweenAgenciesEachCashableOrNot() {
        imports.load(ImportKind.PROGRAMME, "work.yaml", ProgrammeFixtures.WORK);
        var inputs = graphQl.documentName("programmeInputs").variable("id", "test-work-a").execute();
        inputs.path("programme.expectedOutcomes[0].savings[*].agency").entityList(String.class)
                .containsExactly("DWP", "NHS");
        inputs.path("programme.expectedOutcomes[0].savings[*].share").entityList(Double.class)
                .containsExactly(0.8688600556070436, 0.1311399443929564);
        inputs.path("programme.expectedOutcomes[0].savings[*].cashable").entityList(Boolean.class)
                .containsExactly(true, false);
        inputs.path("programme.costs[0].revenue").entity(String.class).isEqualTo("100000.00");
        inputs.path("programme.cohorts[0].people").entity(Integer.class).isEqualTo(100);

        var appraisal = graphQl.documentName("programmeCostBenefit").variable("id", "test-work-a")
                .variable("priceYear", "2012/13").variable("rate", 0.0).execute();
        appraisal.path("programme.costBenefit.byAgency[*].agency").entityList(String.class)
                .containsExactly("Local Authority", "DWP", "NHS");
        appraisal.path("programme.costBenefit.byAgency[1].benefits").entity(String.class).isEqualTo("375000.00");
        appraisal.path("programme.costBenefit.byAgency[1].cashable").entity(String.class).isEqualTo("375000.00");
        appraisal.path("programme.costBenefit.byAgency[2].benefits").entity(String.class).isEqualTo("56600.00");
        appraisal.path("programme.costBenefit.byAgency[2].cashable").entity(String.class).isEqualTo("0.00");
        appraisal.path("programme.costBenefit.byAgency[2].nonCashable").entity(String.class).isEqualTo("56600.00");
        appraisal.path("programme.costBenefit.byYear[0].economic").entity(String.class).isEqualTo("628400.00");
        appraisal.path("programme.costBenefit.npv").entity(String.class).isEqualTo("585000.00");
        appraisal.path("programme.costBenefit.publicValueBcr").entity(Double.class).isEqualTo(6.85);
        appraisal.path("programme.costBenefit.fiscalBcr").entity(Double.class).isEqualTo(4.316);
        appraisal.path("programme.costBenefit.excludedTransfers").entity(String.class).isEqualTo("375000.00");
        appraisal.path("programme.costBenefit.byYear[0].transfers").entity(String.class).isEqualTo("375000.00");
        appraisal.path("programme.costBenefit.byYear[0].presentPublicValue").entity(String.class)
                .isEqualTo("685000.00");
        appraisal.path("programme.costBenefit.transfers[0].unitCost").entity(String.class).isEqualTo("E&E2.0");
        appraisal.path("programme.costBenefit.transfers[0].agency").entity(String.class).isEqualTo("DWP");
        appraisal.path("programme.costBenefit.transfers[0].perBeneficiary").entity(String.class)
                .isEqualTo("7500.00");
        appraisal.path("programme.costBenefit.transfers[0].cell").entity(String.class)
                .isEqualTo("Employment & Economy!H15");
    }

    @Test
    void aBadFileIsRefusedWithLineAndFieldAndWritesNothing() throws IOException {
        int before = Mono.from(dsl.selectCount().from(PROGRAMME)).block().value1();
        Path bad = Files.writeString(dir.resolve("bad.yaml"), ProgrammeFixtures.DIVERSION
                .replace("success: 0.5", "success: 1.5")
                .replace("theme: transforming-justice", "theme: transforming-justice\n    colour: blue")
                .replace("confidence: 1,", "confidence: 7, optimismBias: 0.1,")
                .replace("end: 2023-24", "end: 2023-24\n    indicators: [\"90803\", nonsense]"));

        assertThatThrownBy(() -> imports.load(ImportKind.PROGRAMME, bad))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getMessage())
                        .contains("bad.yaml:8 [programmes[0].colour]: unknown key 'colour'")
                        .contains("[programmes[0].outcomes[0].success]: '1.5' is not a share from 0 to 1")
                        .contains("[programmes[0].outcomes[0].confidence]: a confidence grade is one of "
                                + "[1, 2, 3, 4, 5, 6], not 7")
                        .contains("[programmes[0].outcomes[0].optimismBias]: unknown key 'optimismBias'")
                        .contains("[programmes[0].indicators[1]]: 'nonsense' is not an indicator of the catalogue"));
        assertThat(Mono.from(dsl.selectCount().from(PROGRAMME)).block().value1()).isEqualTo(before);
    }

    /** A cashable flag for an agency that makes none of the saving is a mistake worth naming, with the ones that do. */
    @Test
    void aCashableFlagForAnAgencyMakingNoneOfTheSavingIsRefused() throws IOException {
        Path bad = Files.writeString(dir.resolve("police.yaml"), ProgrammeFixtures.WORK
                .replace("cashable: {DWP: true, NHS: false}", "cashable: {DWP: true, Police: true}"));

        assertThatThrownBy(() -> imports.load(ImportKind.PROGRAMME, bad))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getMessage())
                        .contains("[programmes[0].outcomes[0].cashable.Police]: 'Police' makes no part of E&E2.0's "
                                + "saving; its agencies: DWP, NHS"));
    }

    @Test
    void anUnknownPriceYearIsABadRequest() {
        graphQl.document("""
                { programmes { costBenefit(priceYear: "1900/01") { npv } } }""").execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.getMessage())
                        .startsWith("No GDP deflator for '1900/01'")));
    }

    @Test
    void theAppraisalParametersAreServedWithTheirSource() {
        var response = graphQl.document("""
                { appraisalParameters { optimismBias { grade correction } discountRates { fromYear rate }
                    batch { publisher licence } } }""").execute();
        response.path("appraisalParameters.optimismBias[*].correction").entityList(Double.class)
                .containsExactly(0.0, 0.05, 0.1, 0.15, 0.25, 0.4);
        response.path("appraisalParameters.discountRates[0].rate").entity(Double.class).isEqualTo(0.035);
        response.path("appraisalParameters.discountRates[1].fromYear").entity(Integer.class).isEqualTo(31);
        response.path("appraisalParameters.batch.publisher").entity(String.class).isEqualTo("HM Treasury");
    }
}
