package org.wholeplace.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;

/**
 * The outcome API on the shipped Fingertips extracts (values read off the files, line numbers given) and on a
 * canonical file with counts. The extracts carry no counts or limits, so the project's own comparisons say
 * NOT_COMPARED beside Fingertips' published judgement.
 */
@WholePlaceTest
class OutcomeApiTest {

    @Autowired
    HttpGraphQlTester graphQl;
    @RegisterExtension
    final TestImports imports = new TestImports();

    @Test
    void theCatalogueByTheme() {
        graphQl.document("{ indicators(theme: \"early-years\") { id } }").execute()
                .path("indicators[*].id").entityList(String.class)
                // by name: the catalogue's, 90284's (outcomes/indicators.csv) and the DfE mappings' (outcomes/dfe)
                .containsExactly("dfe-cpp-started", "dfe-cpp-subsequent-percent", "dfe-looked-after-ceasing-rate",
                        "90803", "dfe-children-in-need-31-march", "dfe-looked-after-rate", "child-protection-plans",
                        "dfe-looked-after-starting-rate", "dfe-children-in-need-started", "90284", "90632");
    }

    @Test
    void theSourcesJudgementStandsBesideANotComparedOfOurOwnAndTheKnownOddityIsFlagged() {
        var response = graphQl.documentName("indicatorObservations").variable("id", "90803")
                .variable("places", List.of("E47000001")).variable("periods", List.of("2011", "2012")).execute();

        // children_in_care.csv lines 2-3
        response.path("indicator.observations[*].value").entityList(Double.class).containsExactly(8.7, 81.9);
        response.path("indicator.observations[*].sourceSignificance").entityList(String.class)
                .containsExactly("NOT_COMPARED", "NOT_COMPARED");
        response.path("indicator.observations[*].comparedToEngland").entityList(String.class)
                .containsExactly("NOT_COMPARED", "NOT_COMPARED");
        response.path("indicator.observations[1].qualityFlags[0].code").entity(String.class).isEqualTo("SUDDEN_JUMP");
        response.path("indicator.observations[1].qualityFlags[0].message").entity(String.class)
                .isEqualTo("81.9 is 9.4 times the 2011 value (8.7): check the source");
        response.path("indicator.observations[0].qualityFlags").entityList(Object.class).hasSize(0);
        response.path("indicator.observations[0].batch.fileName").entity(String.class)
                .isEqualTo("children_in_care.csv");
    }

    /** school_readiness_fsm.csv lines 773 (England 56.6), 7 (GM 55.2) and 830-839 (the boroughs), 2017/18. */
    @Test
    void theBoroughComparisonRanksTheBoroughsWithTheirBenchmarks() {
        var response = graphQl.documentName("boroughComparison").variable("indicator", "90632")
                .variable("period", "2017-18").execute();

        response.path("boroughComparison.england").entity(Double.class).isEqualTo(56.6);
        response.path("boroughComparison.region").entity(Double.class).isEqualTo(55.2);
        // ten values; the middle two 53.4 (Bolton) and 53.3 (Rochdale)
        response.path("boroughComparison.median").entity(Double.class)
                .satisfies(m -> assertThat(m).isCloseTo(53.25, within(1e-9)));
        response.path("boroughComparison.rows[*].place.code").entityList(String.class).containsExactly(
                "E08000003", "E08000006", "E08000002", "E08000001", "E08000005", "E08000004", "E08000008",
                "E08000009", "E08000010", "E08000007");
        response.path("boroughComparison.rows[*].rank").entityList(Integer.class)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // quartile = 1 + ⌊4 (rank − 1) / 10⌋
        response.path("boroughComparison.rows[*].quartile").entityList(Integer.class)
                .containsExactly(1, 1, 1, 2, 2, 3, 3, 3, 4, 4);
        // Manchester: (61 − 53.25) / MAD; deviations sorted 0.05 0.05 0.15 1.35 1.5 2.65 2.95 4.45 5.95 7.55 → 2.8
        response.path("boroughComparison.rows[0].madsFromMedian").entity(Double.class)
                .satisfies(d -> assertThat(d).isCloseTo(7.75 / 2.8, within(1e-9)));
        response.path("boroughComparison.rows[0].sourceSignificance").entity(String.class).isEqualTo("BETTER");
        response.path("boroughComparison.rows[0].comparedToEngland").entity(String.class).isEqualTo("NOT_COMPARED");
    }

    /** Without a period, the indicator's latest: school readiness's is 2017/18 (school_readiness_fsm.csv). */
    @Test
    void withoutAPeriodTheBoroughComparisonIsOfTheLatest() {
        var response = graphQl.document("""
                { boroughComparison(indicator: "90632") { period england rows { place { code } } } }""").execute();

        response.path("boroughComparison.period").entity(String.class).isEqualTo("2017/18");
        response.path("boroughComparison.england").entity(Double.class).isEqualTo(56.6);
        response.path("boroughComparison.rows[0].place.code").entity(String.class).isEqualTo("E08000003");
    }

    /**
     * A canonical file for 2018/19, a year the extract does not cover: England and Salford with the source's limits,
     * Bolton with a count only (Wilson by hand: 600/1000 → 56.931 to 62.993), Bury with 3 events (suppressed).
     */
    @Test
    void countsGiveLimitsAndComparisonsAndSmallCountsAreWithheld() {
        imports.load(ImportKind.OUTCOMES, "readiness-2018-19.csv",
                new Provenance("Readiness counts", "tests", "none", null, false), """
                indicator_id,area_code,period,value,count,denominator,lower_95,upper_95
                90632,E92000001,2018/19,57.0,57000,100000,56.7,57.3
                90632,E47000001,2018/19,56.0,,,,
                90632,E08000001,2018/19,60.0,600,1000,,
                90632,E08000002,2018/19,15.0,3,20,,
                90632,E08000006,2018/19,52.0,,,50.1,53.9
                """);

        var response = graphQl.documentName("indicatorObservations").variable("id", "90632")
                .variable("places", List.of("E08000001", "E08000002", "E08000006"))
                .variable("periods", List.of("2018-19")).execute();

        response.path("indicator.observations[*].place.code").entityList(String.class)
                .containsExactly("E08000001", "E08000002", "E08000006");
        response.path("indicator.observations[0].limitsMethod").entity(String.class).isEqualTo("WILSON");
        response.path("indicator.observations[0].lower").entity(Double.class)
                .satisfies(l -> assertThat(l).isCloseTo(56.931, within(0.0005)));
        // the interval contains England's 57.0; it is wholly above Greater Manchester's 56.0
        response.path("indicator.observations[0].comparedToEngland").entity(String.class).isEqualTo("SIMILAR");
        response.path("indicator.observations[0].comparedToRegion").entity(String.class).isEqualTo("BETTER");
        // Bolton's earlier points have no intervals: a direction, no test
        response.path("indicator.observations[0].trend.assessment").entity(String.class)
                .isEqualTo("NOT_ASSESSED");
        response.path("indicator.observations[0].trend.points").entity(Integer.class).isEqualTo(5);

        response.path("indicator.observations[1].suppressed").entity(Boolean.class).isEqualTo(true);
        response.path("indicator.observations[1].value").valueIsNull();
        response.path("indicator.observations[1].count").valueIsNull();

        response.path("indicator.observations[2].limitsMethod").entity(String.class).isEqualTo("SOURCE");
        response.path("indicator.observations[2].comparedToEngland").entity(String.class).isEqualTo("WORSE");
        response.path("indicator.observations[2].rank").entity(Integer.class).isEqualTo(2);
        response.path("indicator.observations[2].rankOf").entity(Integer.class).isEqualTo(2);
    }

    /**
     * Bolton, health and social care integration (adult social care and public health), from the RSX files:
     * 2021-22 90,005 + 24,905 = 114,910 and 2022-23 96,876 + 22,733 = 119,609 (£ thousand); per head on mid-2021
     * 296,169 and mid-2022 299,957.
     */
    @Test
    void aThemesSpendPerHeadBesideItsIndicators() {
        var response = graphQl.document("""
                { spendAndOutcomes(theme: "health-and-social-care", place: "E08000001") {
                    spend { year { label } total perHead synthetic }
                    indicators { indicator { id } observations { period value } }
                    timeline { year { label } total perHead synthetic
                               outcomes { indicator { id } observation { period value } } } } }""").execute();

        // the RS years: Bolton's (E4201) adult social care and public health, net current expenditure (xlrd; the
        // 2017-18 sheet's XML), ÷ its mid-year population; 2010-11's one social care column is in no theme
        response.path("spendAndOutcomes.spend[*].year.label").entityList(String.class)
                .containsExactly("2011-12", "2012-13", "2013-14", "2017-18", "2021-22", "2022-23");
        response.path("spendAndOutcomes.spend[*].total").entityList(String.class)
                .containsExactly("71961000.00", "61546000.00", "81999000.00", "91882000.00", "114910000.00",
                        "119609000.00");
        response.path("spendAndOutcomes.spend[*].perHead").entityList(String.class)
                .containsExactly("259.51", "220.01", "291.16", "317.18", "387.99", "398.75");
        response.path("spendAndOutcomes.indicators[*].indicator.id").entityList(String.class)
                .containsExactly("91414", "22401", "self-harm-admissions", "90284");
        // alcohol_related_admissions.csv: Bolton, ten periods 2008/09 to 2017/18
        response.path("spendAndOutcomes.indicators[0].observations[*].period").entityList(String.class).hasSize(10);
        // side by side: every financial year 2008-09 to 2023-24; 2017-18 has the four indicators' 2017/18 values
        // (alcohol 91414, falls 22401, self-harm, and injuries in children 90284 of the Fingertips download) beside
        // the RS 2017-18 spend; 2022-23 the spend and 90284 alone (Bolton, persons, 92.76131), 2023-24 90284 alone
        // (80.78467)
        response.path("spendAndOutcomes.timeline[*].year.label").entityList(String.class).hasSize(16)
                .satisfies(labels -> assertThat(labels).startsWith("2008-09").endsWith("2023-24"));
        response.path("spendAndOutcomes.timeline[9].outcomes[*].indicator.id").entityList(String.class)
                .containsExactly("91414", "22401", "self-harm-admissions", "90284");
        response.path("spendAndOutcomes.timeline[9].total").entity(String.class).isEqualTo("91882000.00");
        response.path("spendAndOutcomes.timeline[14].total").entity(String.class).isEqualTo("119609000.00");
        response.path("spendAndOutcomes.timeline[14].synthetic").entity(Boolean.class).isEqualTo(false);
        response.path("spendAndOutcomes.timeline[14].outcomes[*].indicator.id").entityList(String.class)
                .containsExactly("90284");
        response.path("spendAndOutcomes.timeline[14].outcomes[0].observation.value").entity(Double.class)
                .isEqualTo(92.76131);
        response.path("spendAndOutcomes.timeline[15].total").valueIsNull();
        response.path("spendAndOutcomes.timeline[15].outcomes[0].observation.value").entity(Double.class)
                .isEqualTo(80.78467);
    }

    @Test
    void aBadPeriodOrPlaceIsRefusedByName() {
        graphQl.documentName("indicatorObservations").variable("id", "90632").variable("periods", List.of("2017/19"))
                .execute().errors().expect(e -> e.getMessage().startsWith("'2017/19' is not a period")).verify();
        graphQl.documentName("indicatorObservations").variable("id", "90632").variable("places", List.of("X1"))
                .execute().errors().expect(e -> e.getMessage().equals("Unknown place code 'X1' in places")).verify();
    }
}
