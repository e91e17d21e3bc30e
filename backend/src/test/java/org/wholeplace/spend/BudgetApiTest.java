package org.wholeplace.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.GreaterManchester;
import org.wholeplace.WholePlaceTest;

/**
 * Budgets (the shipped Revenue Account 2021-22) beside outturn (RSX 2021-22), over HTTP. Figures were read from the
 * two files with Python's csv module: RA and RSX amounts are in £ thousand.
 */
@WholePlaceTest
class BudgetApiTest {

    static final String MANCHESTER = "E08000003";

    @Autowired
    HttpGraphQlTester graphQl;

    private GraphQlTester.Response spend(Map<String, Object> filter, List<String> groupBy) {
        return graphQl.documentName("spendBudgetAgainstOutturn")
                .variable("filter", filter)
                .variable("groupBy", groupBy)
                .execute();
    }

    @Test
    void budgetAgainstOutturnIsOneQuery() {
        var response = spend(Map.of("places", List.of(MANCHESTER), "services", List.of("childrens-social-care"),
                "years", List.of("2021-22")), List.of());

        // RSX: 136,264; RA line 330 (TOTAL CHILDREN'S SOCIAL CARE): 129,814
        response.path("spend.rows[0].total").entity(String.class).isEqualTo("136264000.00");
        response.path("spend.rows[0].outturn").entity(String.class).isEqualTo("136264000.00");
        response.path("spend.rows[0].budget").entity(String.class).isEqualTo("129814000.00");
        response.path("spend.rows[0].variance").entity(String.class).isEqualTo("6450000.00");
        response.path("spend.rows[0].variancePercent").entity(Double.class)
                .satisfies(p -> assertThat(p).isCloseTo(100.0 * 6450 / 129814, Offset.offset(1e-9)));
        response.path("spend.rows[0].lineCount").entity(Integer.class).isEqualTo(1);
    }

    /** Manchester 2021-22, outturn − budget per group: central services 32,503 − 20,198 the most over its budget. */
    @Test
    void orderedByVarianceTheMostOverspentGroupComesFirst() {
        var response = graphQl.documentName("spendBudgetAgainstOutturn")
                .variable("filter", Map.of("places", List.of(MANCHESTER), "years", List.of("2021-22")))
                .variable("groupBy", List.of("SERVICE"))
                .variable("orderBy", List.of(Map.of("by", "VARIANCE", "direction", "DESC")))
                .execute();

        response.path("spend.rows[0].service.code").entity(String.class).isEqualTo("central");
        response.path("spend.rows[0].variance").entity(String.class).isEqualTo("12305000.00");
        response.path("spend.rows[1].service.code").entity(String.class).isEqualTo("planning");   // 30,908 − 21,307
        // adult social care, 183,033 − 206,928: the furthest under
        response.path("spend.rows[?(@.service.code == 'adult-social-care')].variance").entityList(String.class)
                .containsExactly("-23895000.00");
    }

    /** Sums over the file, by Python: line 799 of the ten GM boroughs; lines 330 and 323 of all 425 authorities. */
    @Test
    void budgetsReconcileToTheFileToThePound() {
        spend(Map.of("places", GreaterManchester.BOROUGHS, "services", List.of("total-service-expenditure"),
                "years", List.of("2021-22"), "basis", "BUDGET"), List.of())
                .path("spend.total").entity(String.class).isEqualTo("4556396000.00");
        spend(Map.of("services", List.of("childrens-social-care"), "years", List.of("2021-22"), "basis", "BUDGET"),
                List.of()).path("spend.total").entity(String.class).isEqualTo("10258869000.00");
        spend(Map.of("services", List.of("ra-323"), "years", List.of("2021-22"), "basis", "BUDGET"), List.of())
                .path("spend.total").entity(String.class).isEqualTo("205518000.00");
    }

    @Test
    void basisBudgetSelectsBudgetsAndAGroupStandsForItsLines() {
        var response = spend(Map.of("places", List.of(MANCHESTER), "years", List.of("2021-22"), "basis", "BUDGET"),
                List.of("SERVICE"));

        // the thirteen groups' reported totals, no detailed line, no total service expenditure
        response.path("spend.rowCount").entity(Integer.class).isEqualTo(13);
        response.path("spend.rows[*].service.code").entityList(String.class)
                .satisfies(codes -> assertThat(codes).noneMatch(c -> c.startsWith("ra-"))
                        .contains("childrens-social-care").doesNotContain("total-service-expenditure"));
        response.path("spend.rows[*].basis").entityList(String.class)
                .satisfies(bases -> assertThat(bases).containsOnly("BUDGET"));
    }

    @Test
    void groupedByBasisEachBasisIsItsOwnRow() {
        var response = spend(Map.of("places", List.of(MANCHESTER), "services", List.of("childrens-social-care"),
                "years", List.of("2021-22"), "basis", List.of("OUTTURN", "BUDGET")), List.of("BASIS"));

        response.path("spend.rows[*].basis").entityList(String.class).containsExactly("BUDGET", "OUTTURN");
        response.path("spend.rows[*].total").entityList(String.class)
                .containsExactly("129814000.00", "136264000.00");
        response.path("spend.rows[0].variance").valueIsNull();
    }

    @Test
    void aDetailedLineCanBeAskedForOnItsOwn() {
        var response = spend(Map.of("places", List.of(MANCHESTER), "services", List.of("ra-323"),
                "years", List.of("2021-22"), "basis", "BUDGET"), List.of("SERVICE"));

        response.path("spend.rows[0].service.code").entity(String.class).isEqualTo("ra-323");
        response.path("spend.rows[0].total").entity(String.class).isEqualTo("3545000.00");
        // outturn has no line for youth justice: no variance rather than a made-up one
        spend(Map.of("places", List.of(MANCHESTER), "services", List.of("ra-323"), "years", List.of("2021-22"),
                "basis", "BUDGET"), List.of())
                .path("spend.rows[0].variance").valueIsNull();
    }

    /**
     * Early years, per GM borough: the education "Early years" line 110, the Sure Start line 310, and public health's
     * 0-5 children's services lines 384 and 385, in £ thousand from the RA file.
     */
    @Test
    void earlyYearsBudgetPerBoroughIsTheLinesItIsBuiltFrom() {
        var response = spend(Map.of("places", GreaterManchester.BOROUGHS, "years", List.of("2021-22"),
                "basis", "BUDGET", "themes", List.of("early-years")), List.of("PLACE"));

        Map<String, String> expected = Map.of(
                "E08000001", "30935000.00",   // Bolton 22,606 + 3,462 + 4,696 + 171
                "E08000002", "17823000.00",   // Bury 14,157 + 49 + 3,617 + 0
                "E08000003", "64820000.00",   // Manchester 47,833 + 3,737 + 8,483 + 4,767
                "E08000004", "21930000.00",   // Oldham 14,926 + 0 + 5,505 + 1,499
                "E08000005", "30419000.00",   // Rochdale 22,143 + 3,327 + 4,368 + 581
                "E08000006", "23822000.00",   // Salford 17,138 − 360 + 5,246 + 1,798
                "E08000007", "28521000.00",   // Stockport 21,683 + 1,346 + 5,480 + 12
                "E08000008", "24095000.00",   // Tameside 17,339 + 1,624 + 4,189 + 943
                "E08000009", "27439000.00",   // Trafford 18,754 + 4,167 + 4,066 + 452
                "E08000010", "29759000.00");  // Wigan 21,789 + 1,751 + 2,544 + 3,675
        response.path("spend.rowCount").entity(Integer.class).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            String place = response.path("spend.rows[" + i + "].place.code").entity(String.class).get();
            response.path("spend.rows[" + i + "].total").entity(String.class).isEqualTo(expected.get(place));
            response.path("spend.rows[" + i + "].lineCount").entity(Integer.class).isEqualTo(4);
        }
    }

    @Test
    void byThemeABudgetGroupGivesWayToItsLinesAndNothingCountsTwice() {
        // All of Manchester's 2021-22 budget by theme adds up to the thirteen group totals (line 799 less nothing):
        // the detailed lines replace the itemised totals, whose sums they are up to the form's rounding.
        var byTheme = spend(Map.of("places", List.of(MANCHESTER), "years", List.of("2021-22"), "basis", "BUDGET"),
                List.of("THEME"));
        var byService = spend(Map.of("places", List.of(MANCHESTER), "years", List.of("2021-22"), "basis", "BUDGET"),
                List.of());
        String themed = byTheme.path("spend.total").entity(String.class).get();
        String grouped = byService.path("spend.total").entity(String.class).get();
        assertThat(new java.math.BigDecimal(themed)).isEqualByComparingTo(new java.math.BigDecimal(grouped));
        byTheme.path("spend.rows[*].theme.code").entityList(String.class).containsExactly("early-years",
                "health-and-social-care", "transforming-justice", "troubled-families", "unclassified", "worklessness");
        // troubled families: line 315 (11) + line 322 (11,997)
        byTheme.path("spend.rows[3].total").entity(String.class).isEqualTo("12008000.00");
    }

    static List<Arguments> badRequests() {
        return List.of(
                Arguments.of(Map.of("basis", List.of("OUTTURN", "BUDGET")), List.of(),
                        "filter.basis names 2 bases, so each row would add budgets to outturns"),
                Arguments.of(Map.of("services", List.of("childrens-social-care", "ra-323")), List.of(),
                        "Service 'ra-323' is a line of 'childrens-social-care'; asked for with it, it would count twice"),
                Arguments.of(Map.of("basis", "BUDGET", "years", List.of("2022-23")), List.of(),
                        "No budget spend for 2022-23 (filter.years); years with budget spend: 2021-22"),
                Arguments.of(Map.of("basis", "FORECAST"), List.of(), "FORECAST"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void refusesWhatWouldMixBasesOrCountTwice(Map<String, Object> filter, List<String> groupBy, String message) {
        spend(filter, groupBy).errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getMessage()).contains(message);
            if (!message.equals("FORECAST")) {
                assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            }
        });
    }
}
