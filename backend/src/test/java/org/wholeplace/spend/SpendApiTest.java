package org.wholeplace.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
 * The spend API over HTTP on the real revenue outturn files. Every expected figure was read from the shipped files
 * (RSX amounts are in £ thousand: "152,532" is £152,532,000) or worked out by hand from them.
 */
@WholePlaceTest
class SpendApiTest {

    @Autowired
    HttpGraphQlTester graphQl;

    private GraphQlTester.Response spend(Map<String, Object> filter, List<String> groupBy,
                                         List<Map<String, Object>> orderBy, Integer limit) {
        return graphQl.documentName("spend")
                .variable("filter", filter)
                .variable("groupBy", groupBy)
                .variable("orderBy", orderBy)
                .variable("limit", limit)
                .execute();
    }

    @Test
    void manchesterChildrensSocialCare2022To23() {
        var response = spend(Map.of("places", List.of("E08000003"), "services", List.of("childrens-social-care"),
                "years", List.of("2022-23")), List.of(), null, null);

        response.path("spend.rowCount").entity(Integer.class).isEqualTo(1);
        response.path("spend.measure.code").entity(String.class).isEqualTo("net-current-expenditure");
        response.path("spend.rows[0].total").entity(String.class).isEqualTo("152532000.00");
        // ÷ Manchester's mid-2022 population, 569,103: 268.0218... pounds a head
        response.path("spend.rows[0].perHead").entity(String.class).isEqualTo("268.02");
        response.path("spend.rows[0].share").entity(Double.class).isEqualTo(1.0);
        // 2021-22: "136,264"; 152,532 − 136,264 = 16,268
        response.path("spend.rows[0].changeFromPreviousYear").entity(String.class).isEqualTo("16268000.00");
        response.path("spend.rows[0].percentChangeFromPreviousYear").entity(Double.class)
                .satisfies(p -> assertThat(p).isCloseTo(100.0 * 16268 / 136264, org.assertj.core.data.Offset.offset(1e-9)));
        response.path("spend.rows[0].lineCount").entity(Integer.class).isEqualTo(1);
        response.path("spend.rows[0].place").valueIsNull();
    }

    @Test
    void sumOfTheTenBoroughsReportedTotalNetCurrentExpenditure() {
        // the ten GM boroughs' "Total Service Expenditure - Net Current Expenditure" cells, added by hand
        spend(Map.of("places", GreaterManchester.BOROUGHS, "services", List.of("total-service-expenditure"),
                "years", List.of("2022-23")), null, null, null)
                .path("spend.total").entity(String.class).isEqualTo("5055298000.00");
        spend(Map.of("places", GreaterManchester.BOROUGHS, "services", List.of("total-service-expenditure"),
                "years", List.of("2021-22")), null, null, null)
                .path("spend.total").entity(String.class).isEqualTo("4694656000.00");
    }

    @Test
    void groupedByYearEachYearHasItsOwnChange() {
        // the RSX years (the RS years before them have a test of their own, RsImportTest)
        var response = spend(Map.of("places", List.of("E08000003"), "services", List.of("childrens-social-care"),
                "years", List.of("2021-22", "2022-23")), List.of("YEAR"), null, null);

        response.path("spend.rows[*].year.label").entityList(String.class).containsExactly("2021-22", "2022-23");
        response.path("spend.rows[*].total").entityList(String.class)
                .containsExactly("136264000.00", "152532000.00");
        response.path("spend.rows[0].changeFromPreviousYear").valueIsNull();   // no 2020-21 loaded
        response.path("spend.rows[1].changeFromPreviousYear").entity(String.class).isEqualTo("16268000.00");
        // 2021-22 ÷ mid-2021 population 550,630 = 247.47
        response.path("spend.rows[0].perHead").entity(String.class).isEqualTo("247.47");
    }

    @Test
    void greaterManchesterByPlaceLargestFirst() {
        var response = spend(Map.of("within", "E47000001", "services", List.of("total-service-expenditure"),
                "years", List.of("2022-23")), List.of("PLACE"), List.of(Map.of("by", "TOTAL", "direction", "DESC")), 3);

        response.path("spend.rowCount").entity(Integer.class).isEqualTo(11);   // Greater Manchester and ten boroughs
        // all of GM: the ten boroughs (5,055,298) + GMCA (647,938) + GM Police (791,438) = 6,494,674
        response.path("spend.total").entity(String.class).isEqualTo("6494674000.00");
        response.path("spend.rows[*].place.code").entityList(String.class)
                .containsExactly("E47000001", "E08000003", "E08000010");
        // recorded against Greater Manchester itself: GMCA 647,938 + GM Police 791,438
        response.path("spend.rows[0].total").entity(String.class).isEqualTo("1439376000.00");
        // ÷ the sum of the ten boroughs' mid-2022 populations, 2,919,285
        response.path("spend.rows[0].perHead").entity(String.class).isEqualTo("493.06");
        response.path("spend.rows[1].share").entity(Double.class)
                .satisfies(s -> assertThat(s).isCloseTo(1061071.0 / 6494674, org.assertj.core.data.Offset.offset(1e-12)));
        response.path("spend.rows[2].total").entity(String.class).isEqualTo("588720000.00");
    }

    @Test
    void fireAndRescueReportedByTheCombinedAuthorityIsGmFiresSpend() {
        var response = spend(Map.of("agencies", List.of("gm-fire"), "years", List.of("2021-22", "2022-23")), List.of("YEAR", "SERVICE"), null,
                null);

        // GMCA's "Fire and rescue services - Net Current Expenditure": 109,998 (2021-22), 124,086 (2022-23)
        response.path("spend.rows[*].service.code").entityList(String.class)
                .containsExactly("fire-rescue", "fire-rescue");
        response.path("spend.rows[*].total").entityList(String.class).containsExactly("109998000.00", "124086000.00");
        response.path("spend.rows[1].changeFromPreviousYear").entity(String.class).isEqualTo("14088000.00");
    }

    @Test
    void anotherMeasureOnRequest() {
        // Manchester, children's social care, "Total Expenditure (C3 = C1 + C2)": 165,776
        spend(Map.of("places", List.of("E08000003"), "services", List.of("childrens-social-care"),
                "years", List.of("2022-23"), "measure", "total-expenditure"), null, null, null)
                .path("spend.total").entity(String.class).isEqualTo("165776000.00");
    }

    @Test
    void spendWithNoThemeGroupsUnderUnclassified() {
        var response = spend(Map.of("places", List.of("E08000003"), "years", List.of("2022-23"),
                "themes", List.of("unclassified")), List.of("THEME"), null, null);

        response.path("spend.rows[*].theme.code").entityList(String.class).containsExactly("unclassified");
        // Manchester's thirteen services (1,061,071) less those the repository's classification puts under a theme:
        // adult social care 213,107, public health 55,704, police 0
        response.path("spend.rows[0].total").entity(String.class).isEqualTo("792260000.00");
        response.path("spend.rows[0].lineCount").entity(Integer.class).isEqualTo(10);
    }

    @Test
    void groupedByThemeFollowsTheClassificationAndAddsUpToTheWhole() {
        var response = spend(Map.of("places", List.of("E08000003"), "years", List.of("2022-23")),
                List.of("THEME"), null, null);

        response.path("spend.rows[*].theme.code").entityList(String.class)
                .containsExactly("health-and-social-care", "transforming-justice", "unclassified");
        // adult social care 213,107 + public health 55,704; police 0; the rest
        response.path("spend.rows[*].total").entityList(String.class)
                .containsExactly("268811000.00", "0.00", "792260000.00");
        response.path("spend.total").entity(String.class).isEqualTo("1061071000.00");
    }

    @Test
    void aThemeWithNoSpendYetGivesNoRows() {
        var response = spend(Map.of("themes", List.of("early-years")), List.of("PLACE"), null, null);

        response.path("spend.rows").entityList(Object.class).hasSize(0);
        response.path("spend.total").entity(String.class).isEqualTo("0.00");
    }

    @Test
    void orderedByPerHeadAcrossBoroughsAndServices() {
        var response = spend(Map.of("places", GreaterManchester.BOROUGHS, "years", List.of("2022-23")),
                List.of("PLACE", "SERVICE"), List.of(Map.of("by", "PER_HEAD", "direction", "ASC")), 1000);

        response.path("spend.rowCount").entity(Integer.class).isEqualTo(130);   // 10 boroughs x 13 services
        // the lowest: Bolton, other services, −3,157 thousand ÷ mid-2022 population 299,957: the only figure below −£10 a head
        response.path("spend.rows[0].place.code").entity(String.class).isEqualTo("E08000001");
        response.path("spend.rows[0].service.code").entity(String.class).isEqualTo("other");
        response.path("spend.rows[0].total").entity(String.class).isEqualTo("-3157000.00");
    }

    @Test
    void aRowCoveringTwoYearsHasNoChangeAndIsPerHeadPerPersonYear() {
        var response = graphQl.documentName("spendTotalsOnly")
                .variable("filter", Map.of("places", List.of("E08000003"), "services", List.of("childrens-social-care"),
                        "years", List.of("2021-22", "2022-23")))
                .variable("groupBy", List.of("PLACE"))
                .execute();

        response.path("spend.rows[0].total").entity(String.class).isEqualTo("288796000.00");   // 136,264 + 152,532
        response.path("spend.rows[0].changeFromPreviousYear").valueIsNull();
        // ÷ (550,630 + 569,103) person-years
        response.path("spend.rows[0].perHead").entity(String.class).isEqualTo("257.92");
    }

    @Test
    void eachFigureNamesTheBatchesItCameFrom() {
        var response = graphQl.documentName("spendWithBatches")
                .variable("filter", Map.of("places", List.of("E08000003"), "services", List.of("childrens-social-care"),
                        "years", List.of("2021-22", "2022-23")))
                .variable("groupBy", List.of("YEAR"))
                .execute();

        response.path("spend.rows[*].year.label").entityList(String.class).containsExactly("2021-22", "2022-23");
        response.path("spend.rows[0].batches[*].fileName").entityList(String.class).containsExactly("RSX_2021-22.csv");
        response.path("spend.rows[1].batches[*].fileName").entityList(String.class).containsExactly("RSX_2022-23.csv");
        response.path("spend.rows[1].batches[0].current").entity(Boolean.class).isEqualTo(true);
        response.path("spend.rows[*].synthetic").entityList(Boolean.class).containsExactly(false, false);
    }

    static List<Arguments> badRequests() {
        return List.of(
                Arguments.of(Map.of("places", List.of("E0800000X")), null, null, 10,
                        "Unknown place code 'E0800000X' in filter.places"),
                Arguments.of(Map.of("within", "E47999999"), null, null, 10,
                        "Unknown place code 'E47999999' in filter.within"),
                Arguments.of(Map.of("agencies", List.of("nhs-nowhere")), null, null, 10,
                        "Unknown agency code 'nhs-nowhere'"),
                Arguments.of(Map.of("services", List.of("astrology")), null, null, 10,
                        "Unknown service code 'astrology'"),
                Arguments.of(Map.of("themes", List.of("space")), null, null, 10, "Unknown theme code 'space'"),
                Arguments.of(Map.of("years", List.of("2022-2023")), null, null, 10,
                        "'2022-2023' is not a financial year"),
                Arguments.of(Map.of("years", List.of("2022-24")), null, null, 10,
                        "'2022-24' is not a financial year"),
                Arguments.of(Map.of("years", List.of("2019-20")), null, null, 10,
                        "No outturn spend for 2019-20 (filter.years); years with outturn spend: 2010-11, 2011-12, "
                                + "2012-13, 2013-14, 2017-18, 2021-22, 2022-23"),
                Arguments.of(Map.of("measure", "happiness"), null, null, 10,
                        "Unknown measure code 'happiness' in filter.measure; known: "),
                Arguments.of(Map.of("services", List.of("total-service-expenditure", "education")), null, null, 10,
                        "'total-service-expenditure' is a reported total"),
                Arguments.of(Map.of(), List.of("PLACE"), List.of(Map.of("by", "SERVICE")), 10,
                        "Cannot order by SERVICE: the rows are not grouped by SERVICE"),
                Arguments.of(Map.of(), List.of("PLACE", "PLACE"), null, 10, "groupBy names a dimension twice"),
                Arguments.of(Map.of(), null, null, 0, "limit must be between 1 and 10000, not 0"),
                Arguments.of(Map.of(), null, null, 10001, "limit must be between 1 and 10000, not 10001"),
                Arguments.of(Map.of("places", List.of("E06000007"), "within", "E47000001"), null, null, 10,
                        "None of filter.places lies within E47000001"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void refusesBadInputNamingTheBadValue(Map<String, Object> filter, List<String> groupBy,
                                          List<Map<String, Object>> orderBy, Integer limit, String message) {
        spend(filter, groupBy, orderBy, limit)
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getMessage()).contains(message);
                    assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                })
                .path("spend").pathDoesNotExist();   // "data" is null: spend is non-null and failed
    }

    @Test
    void anUnknownDimensionIsAValidationErrorNotAServerError() {
        spend(Map.of(), List.of("GALAXY"), null, null)
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("GALAXY")));
    }
}
