package org.wholeplace.unitcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.WholePlaceTest;

/**
 * The shipped Unit Cost Database v1.4 over the API. CR1.0 (Crime row 4): £500 in 2002/03 prices, £673.23 in the
 * workbook's 2015/16; the GDP deflator of its Lookups sheet is 145.54412602660028 for 2002/03 and 211.074732679721
 * for 2019/20, so £500 is £725.12 in 2019/20 (worked with Python's decimal module).
 */
@WholePlaceTest
class UnitCostApiTest {

    static final String QUERY = """
            query($search: String, $sheet: String, $agency: String, $priceYear: String, $limit: Int) {
              unitCosts(search: $search, sheet: $sheet, agency: $agency, priceYear: $priceYear, limit: $limit) {
                code sheet description unit agency agencyDetail confidence source
                fiscal { value priceYear upratedInWorkbook upratedTo uprated }
                economic { value priceYear upratedInWorkbook upratedTo uprated }
                social { value priceYear upratedInWorkbook upratedTo uprated }
                batch { fileName licence }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aCostWithItsAgencyValuesAndProvenance() {
        var response = graphQl.document(QUERY).variable("search", "CR1.0").execute();

        response.path("unitCosts[0].code").entity(String.class).isEqualTo("CR1.0");
        response.path("unitCosts[0].sheet").entity(String.class).isEqualTo("Crime");
        response.path("unitCosts[0].unit").entity(String.class).isEqualTo("Per incident");
        response.path("unitCosts[0].agency").entity(String.class).isEqualTo("Police");
        response.path("unitCosts[0].agencyDetail").entity(String.class).isEqualTo("Local authority");
        response.path("unitCosts[0].confidence").entity(String.class).isEqualTo("R");
        response.path("unitCosts[0].fiscal.value").entity(String.class).isEqualTo("500.00");
        response.path("unitCosts[0].fiscal.priceYear").entity(String.class).isEqualTo("2002/03");
        response.path("unitCosts[0].fiscal.upratedTo").entity(String.class).isEqualTo("2015/16");
        response.path("unitCosts[0].fiscal.upratedInWorkbook").entity(String.class).isEqualTo("673.23");
        response.path("unitCosts[0].fiscal.uprated").entity(String.class).isEqualTo("673.23");
        response.path("unitCosts[0].batch.licence").entity(String.class).isEqualTo("Creative Commons Attribution 4.0");
    }

    /**
     * CR8.1 (homicide, £174,363 in 2010/11: £189,930.83 in 2015/16) by its constituents' uprated cells J65:J70:
     * the police 0.1013511963478700 of it, £19,249.72; the prisons 0.7780390447569452, £147,773.60 (Python's
     * decimal module at 16 digits).
     */
    @Test
    void theFiscalSavingIsSplitBetweenAgencies() {
        var response = graphQl.document("""
                { unitCosts(search: "CR8.1", limit: 1) { code fiscal { uprated }
                    savings { agency agencyDetail share value constituent } } }""").execute();
        response.path("unitCosts[0].fiscal.uprated").entity(String.class).isEqualTo("189930.83");
        response.path("unitCosts[0].savings[*].agency").entityList(String.class).containsExactly("Police",
                "Probation", "Court", "Prison / Young Offenders Institute", "Multiple", "NHS");
        response.path("unitCosts[0].savings[*].constituent").entityList(String.class).containsExactly("CR8.1.1",
                "CR8.1.2", "CR8.1.3", "CR8.1.4", "CR8.1.5", "CR8.1.6");
        response.path("unitCosts[0].savings[*].value").entityList(String.class).containsExactly("19249.72",
                "1802.75", "10452.71", "147773.60", "9657.54", "994.51");
        response.path("unitCosts[0].savings[0].share").entity(Double.class).isEqualTo(0.10135119634787);
        response.path("unitCosts[0].savings[2].agencyDetail").entity(String.class).isEqualTo("Legal aid");
        // a cost that is not split: the whole saving to the agency bearing it, none without a fiscal value
        graphQl.document("""
                { unitCosts(search: "CR1.0") { savings { agency share value } } }""").execute()
                .path("unitCosts[0].savings[*].value").entityList(String.class).containsExactly("673.23");
        graphQl.document("""
                { unitCosts(search: "E&S8.1") { savings { agency } } }""").execute()
                .path("unitCosts[0].savings").entityList(Object.class).hasSize(0);
    }

    @Test
    void valuesAreUpratedToTheYearAsked() {
        graphQl.document(QUERY).variable("search", "CR1.0").variable("priceYear", "2019-20").execute()
                .path("unitCosts[0].fiscal.uprated").entity(String.class).isEqualTo("725.12");
    }

    /** The check the issue asks for: our uprating to the workbook's year gives the workbook's own uprated cells. */
    @Test
    void upratingToTheWorkbooksYearGivesEveryOneOfItsUpratedFigures() {
        String slim = """
                { unitCosts(limit: 1000) { code fiscal { uprated upratedInWorkbook }
                    economic { uprated upratedInWorkbook } social { uprated upratedInWorkbook } } }""";
        List<Map<String, Object>> costs = graphQl.document(slim).execute()
                .path("unitCosts").entityList(new org.springframework.core.ParameterizedTypeReference<Map<String,
                        Object>>() { }).get();
        int compared = 0;
        for (Map<String, Object> cost : costs) {
            for (String kind : List.of("fiscal", "economic", "social")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> value = (Map<String, Object>) cost.get(kind);
                if (value != null && value.get("uprated") != null && value.get("upratedInWorkbook") != null) {
                    assertThat(value.get("uprated")).as(cost.get("code") + " " + kind)
                            .isEqualTo(value.get("upratedInWorkbook"));
                    compared++;
                }
            }
        }
        assertThat(costs).hasSizeGreaterThan(600);
        assertThat(compared).isGreaterThan(600);
    }

    @Test
    void searchSheetAndAgencyNarrowTheList() {
        var police = graphQl.document(QUERY).variable("sheet", "crime").variable("agency", "Police")
                .variable("limit", 1000).execute();
        police.path("unitCosts[*].agency").entityList(String.class)
                .satisfies(agencies -> assertThat(agencies).isNotEmpty().containsOnly("Police"));
        police.path("unitCosts[*].sheet").entityList(String.class)
                .satisfies(sheets -> assertThat(sheets).containsOnly("Crime"));
        graphQl.document(QUERY).variable("search", "no such words anywhere").execute()
                .path("unitCosts").entityList(Object.class).hasSize(0);
    }

    @Test
    void anUnknownPriceYearIsABadRequestNamingTheYears() {
        graphQl.document(QUERY).variable("priceYear", "2035/36").execute().errors().satisfy(errors -> {
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.getMessage()).startsWith("No GDP deflator for '2035/36' (priceYear); years: 1989/90 to");
                assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
            });
        });
    }
}
