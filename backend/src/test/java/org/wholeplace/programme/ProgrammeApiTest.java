package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.PROGRAMME;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.ImportService;
import org.wholeplace.provenance.ImportKind;
import reactor.core.publisher.Mono;

/**
 * Programmes over the API: the shipped synthetic set, and a programme written for the test whose figures are worked
 * by hand. It is valued with CR1.1 (£35 an incident to the police, in 2002/03 prices) in 2002/03 prices, so that no
 * uprating enters: of 100 people, half succeed, a fifth of them would have anyway: 40 in the first year, 20 (half
 * dropping off) in the second; £1,400 and £700 saved by the police, against £1,000 the council spends.
 */
@WholePlaceTest
class ProgrammeApiTest {

    static final String FIXTURE = """
            source: Whole Place tests
            publisher: Whole Place tests
            licence: none (invented)
            programmes:
              - id: test-diversion
                name: Test diversion
                theme: transforming-justice
                places: [E08000003]
                start: 2023-24
                end: 2023-24
                costs:
                  - {agency: Local Authority, year: 2023-24, revenue: 1000}
                cohorts: {2023-24: 100}
                outcomes:
                  - {unitCost: CR1.1, engagement: 1, success: 0.5, deadweight: 0.2, lagYears: 0, durationYears: 2,
                     dropOff: 0.5, confidence: 2, optimismBias: 0, cashable: true}
            """;

    static final String COST_BENEFIT = """
            query($rate: Float) { programme(id: "test-diversion") { name theme { code } places { code }
                costBenefit(priceYear: "2002/03", discountRate: $rate) {
                  npv fiscalBcr publicValueBcr fiscalRoi paybackYears synthetic
                  byAgency { agency invested benefits cashable net }
                  byYear { year { label } beneficiaries fiscal presentFiscal } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    ImportService imports;
    @Autowired
    DSLContext dsl;
    @TempDir
    Path dir;

    private ImportOutcome loadFixture() throws IOException {
        return imports.importFile(ImportKind.PROGRAMME, Files.writeString(dir.resolve("test.yaml"), FIXTURE), null,
                "test", read -> { }).block();
    }

    private void remove(ImportOutcome outcome) {
        Mono.from(dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(outcome.batch().id()))).block();
    }

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
        var diversion = graphQl.document("""
                { programme(id: "synthetic-women-diversion") { costBenefit { npv byAgency { agency net } } } }""")
                .execute();
        diversion.path("programme.costBenefit.npv").entity(Double.class).satisfies(npv -> assertThat(npv).isPositive());
        diversion.path("programme.costBenefit.byAgency[?(@.agency == 'Local Authority')].net")
                .entityList(Double.class).satisfies(net -> assertThat(net).singleElement()
                        .satisfies(n -> assertThat(n).isNegative()));
    }

    @Test
    void costBenefitOfAProgrammeWorkedByHand() throws IOException {
        ImportOutcome outcome = loadFixture();
        try {
            var flat = graphQl.document(COST_BENEFIT).variable("rate", 0.0).execute();
            flat.path("programme.costBenefit.npv").entity(String.class).isEqualTo("1100.00");
            flat.path("programme.costBenefit.fiscalBcr").entity(Double.class).isEqualTo(2.1);
            flat.path("programme.costBenefit.fiscalRoi").entity(Double.class).isEqualTo(1.1);
            flat.path("programme.costBenefit.paybackYears").entity(Integer.class).isEqualTo(1);
            flat.path("programme.costBenefit.synthetic").entity(Boolean.class).isEqualTo(false);
            flat.path("programme.costBenefit.byYear[*].year.label").entityList(String.class)
                    .containsExactly("2023-24", "2024-25");
            flat.path("programme.costBenefit.byYear[*].beneficiaries").entityList(Double.class)
                    .containsExactly(40.0, 20.0);
            flat.path("programme.costBenefit.byAgency[*].agency").entityList(String.class)
                    .containsExactly("Local Authority", "Police");
            flat.path("programme.costBenefit.byAgency[*].net").entityList(String.class)
                    .containsExactly("-1000.00", "2100.00");
            // Green Book: 700 / 1.035 = 676.33 in the second year
            var discounted = graphQl.document(COST_BENEFIT).execute();
            discounted.path("programme.costBenefit.npv").entity(String.class).isEqualTo("1076.33");
            discounted.path("programme.costBenefit.byYear[1].presentFiscal").entity(String.class)
                    .isEqualTo("676.33");
        } finally {
            remove(outcome);
        }
    }

    /** An 8% fall: the police pay half their cashable £2,076.33 (present value), £1,038.16, to the council. */
    @Test
    void theReinvestmentDealMovesSavingsToTheInvestor() throws IOException {
        ImportOutcome outcome = loadFixture();
        try {
            var deal = graphQl.document("""
                    { programme(id: "test-diversion") { reinvestmentDeal(fall: 0.08, priceYear: "2002/03") {
                        agency netBefore pays receives net } } }""").execute();
            deal.path("programme.reinvestmentDeal[*].agency").entityList(String.class)
                    .containsExactly("Local Authority", "Police");
            deal.path("programme.reinvestmentDeal[0].receives").entity(String.class).isEqualTo("1038.16");
            deal.path("programme.reinvestmentDeal[0].net").entity(String.class).isEqualTo("38.16");
            deal.path("programme.reinvestmentDeal[1].pays").entity(String.class).isEqualTo("1038.16");
            graphQl.document("""
                    { programme(id: "test-diversion") { reinvestmentDeal(fall: 0.04) { pays } } }""").execute()
                    .path("programme.reinvestmentDeal[*].pays").entityList(String.class)
                    .containsExactly("0.00", "0.00");
        } finally {
            remove(outcome);
        }
    }

    @Test
    void aBadFileIsRefusedWithLineAndFieldAndWritesNothing() throws IOException {
        int before = Mono.from(dsl.selectCount().from(PROGRAMME)).block().value1();
        Path bad = Files.writeString(dir.resolve("bad.yaml"), FIXTURE.replace("success: 0.5", "success: 1.5")
                .replace("theme: transforming-justice", "theme: transforming-justice\n    colour: blue"));

        assertThatThrownBy(() -> imports.importFile(ImportKind.PROGRAMME, bad, null, "test", read -> { }).block())
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getMessage())
                        .contains("bad.yaml:8 [programmes[0].colour]: unknown key 'colour'")
                        .contains("[programmes[0].outcomes[0].success]: '1.5' is not a share from 0 to 1"));
        assertThat(Mono.from(dsl.selectCount().from(PROGRAMME)).block().value1()).isEqualTo(before);
    }

    @Test
    void anUnknownPriceYearIsABadRequest() throws IOException {
        graphQl.document("""
                { programmes { costBenefit(priceYear: "1900/01") { npv } } }""").execute().errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.getMessage())
                        .startsWith("No GDP deflator for '1900/01'")));
    }
}
