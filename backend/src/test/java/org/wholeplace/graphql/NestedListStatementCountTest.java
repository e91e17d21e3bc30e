package org.wholeplace.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.wholeplace.CountingStatements;
import org.wholeplace.WholePlaceTest;

/**
 * Every list under a list costs the same number of statements whatever the number of rows: counted for one parent
 * and for all of them (seven indicators and their observations, 455 places and their children).
 */
@WholePlaceTest
@Import(CountingStatements.class)
@TestPropertySource(properties = CountingStatements.ONLY_OWN_STATEMENTS)
class NestedListStatementCountTest {

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    AtomicInteger statementsSent;

    private int statementsFor(Runnable request) {
        return CountingStatements.statementsFor(statementsSent, request);
    }

    /** The catalogue, every indicator's periods, all their observations, the observations' batches: four. */
    @Test
    void indicatorsWithPeriodsObservationsAndBatchesTakeFourStatementsForOneOrAll() {
        // two boroughs' observations: every place's would exceed the test client's buffer
        int forAll = statementsFor(() -> graphQl.documentName("everyIndicatorWithObservations")
                .variable("places", List.of("E08000001", "E08000003")).execute()
                // the catalogue's 8 (90284 included) and the 7 of the DfE mappings
                .path("indicators[*].id").entityList(String.class).hasSize(8 + 7)
                .path("indicators[*].observations[*].batch.fileName").entityList(String.class).hasSizeGreaterThan(100));
        int forOneIndicator = statementsFor(() -> graphQl.documentName("indicatorObservations")
                .variable("id", "90632").execute()
                .path("indicator.observations[*].batch.fileName").entityList(String.class).hasSizeGreaterThan(10));

        assertThat(forAll).isEqualTo(4);
        assertThat(forOneIndicator).isEqualTo(3);   // the indicator, its observations, their batches
    }

    /** Children come from the snapshot; every population in the response, children's included, in one statement. */
    @Test
    void placesWithChildrenAndPopulationTakeOneStatementForTenOrAll() {
        int forGreaterManchester = statementsFor(() -> graphQl.documentName("placesWithChildrenAndPopulation")
                .variable("within", "E47000001").execute()
                .path("places[*].code").entityList(String.class).hasSize(11));
        int forAll = statementsFor(() -> graphQl.documentName("placesWithChildrenAndPopulation").execute()
                .path("places[*].code").entityList(String.class).hasSizeGreaterThan(400));

        assertThat(forGreaterManchester).isEqualTo(1);
        assertThat(forAll).isEqualTo(1);
    }

    /** The spend rows and the batches behind all of them: two, for one row or for every place and service. */
    @Test
    void spendRowsWithTheirBatchesTakeTwoStatements() {
        int one = statementsFor(() -> graphQl.documentName("spendWithBatches")
                .variable("filter", Map.of("places", List.of("E08000003"), "years", List.of("2022-23"),
                        "services", List.of("childrens-social-care"), "agencies", List.of("E08000003")))
                .execute().path("spend.rows").entityList(Object.class).hasSize(1));
        int many = statementsFor(() -> graphQl.documentName("spendWithBatches")
                .variable("filter", Map.of("within", "E47000001")).variable("groupBy", List.of("PLACE", "YEAR"))
                .execute().path("spend.rows").entityList(Object.class).hasSizeGreaterThan(1));

        assertThat(one).isEqualTo(2);
        assertThat(many).isEqualTo(2);
    }

    /** The borough panel and spend beside outcomes: the indicator and observations; spend, catalogue, observations. */
    @Test
    void theComparisonPanelAndSpendBesideOutcomesTakeAFixedNumber() {
        int panel = statementsFor(() -> graphQl.documentName("boroughComparison")
                .variable("indicator", "90632").variable("period", "2017/18").execute()
                .path("boroughComparison.rows").entityList(Object.class).hasSize(10));
        int besideSpend = statementsFor(() -> graphQl.document("""
                { spendAndOutcomes(theme: "health-and-social-care", place: "E08000001") {
                    spend { total } indicators { indicator { id } observations { value batch { fileName } } }
                    timeline { year { label } synthetic outcomes { indicator { id } } } } }""").execute()
                .path("spendAndOutcomes.indicators").entityList(Object.class).hasSizeGreaterThan(1));

        assertThat(panel).isEqualTo(2);
        assertThat(besideSpend).isEqualTo(4);   // spend, the catalogue, observations, the batches of both
    }

    /** Unit costs with their savings and batch: the deflator, the costs, the savings, the batches; for one or all. */
    @Test
    void unitCostsTakeFourStatementsForOneOrAll() {
        String query = "query($search: String) { unitCosts(search: $search, limit: 1000, priceYear: \"2019/20\") "
                + "{ code fiscal { uprated } savings { agency value } batch { fileName } } }";
        int one = statementsFor(() -> graphQl.document(query).variable("search", "CR1.0").execute()
                .path("unitCosts").entityList(Object.class).hasSize(1));
        int all = statementsFor(() -> graphQl.document(query).execute()
                .path("unitCosts").entityList(Object.class).hasSizeGreaterThan(600));

        assertThat(one).isEqualTo(4);
        assertThat(all).isEqualTo(4);
    }

    /** Budget against outturn and its batches: one statement for the rows whatever the bases, one for the batches. */
    @Test
    void budgetAgainstOutturnTakesTwoStatements() {
        int variance = statementsFor(() -> graphQl.document("""
                { spend(filter: {within: "E47000001", years: ["2021-22"]}, groupBy: [PLACE, SERVICE]) {
                    rows { budget outturn variance batches { fileName } } } }""").execute()
                .path("spend.rows").entityList(Object.class).hasSizeGreaterThan(100));

        assertThat(variance).isEqualTo(2);
    }

    /**
     * Programmes with their inputs, cost-benefit, tracked outcomes and the batches behind both: the programmes; their
     * costs, cohorts and outcomes; the deflator; the optimism bias table, the discount rates and the reinvestment deal's
     * terms; the indicator links, the catalogue and the observations; the batches. Twelve, for one programme or for all.
     */
    @Test
    void programmesWithTheirCostBenefitAndOutcomesTakeTwelveStatements() {
        String query = "query($filter: ProgrammeFilter) { programmes(filter: $filter) { id costs { revenue } "
                + "expectedOutcomes { savings { agency } } costBenefit { npv synthetic byAgency { net } "
                + "byYear { fiscal } } outcomes { difference { estimate } batches { kind } } } }";
        int one = statementsFor(() -> graphQl.document(query)
                .variable("filter", Map.of("themes", List.of("health-and-social-care"))).execute()
                .path("programmes").entityList(Object.class).hasSize(1));
        int all = statementsFor(() -> graphQl.document(query).execute()
                .path("programmes").entityList(Object.class).hasSize(5));

        assertThat(one).isEqualTo(12);
        assertThat(all).isEqualTo(12);
    }

    /** Sums and flows: the programmes, their inputs (three), the deflator, the parameters (three), the batches. */
    @Test
    void whoPaysWhoBenefitsAndTheFlowsTakeNineStatements() {
        int sums = statementsFor(() -> graphQl.documentName("whoPaysWhoBenefits").execute()
                .path("whoPaysWhoBenefits.programmes").entityList(Object.class).hasSize(5));
        int flows = statementsFor(() -> graphQl.documentName("investmentFlows").variable("place", "E08000003")
                .execute().path("investmentFlows.links").entityList(Object.class).hasSizeGreaterThan(2));

        assertThat(sums).isEqualTo(9);
        assertThat(flows).isEqualTo(9);
    }
}
