package org.wholeplace.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.prices.ingest.OnsGdpDeflatorImportTest;
import org.wholeplace.provenance.ImportKind;

/**
 * Spend in one financial year's prices, by the shipped ONS YBGB release. The indices by hand from the file: FY
 * 2021-22 = (93.9 + 94.5 + 95.6 + 97.0) ÷ 4 = 95.25 (2021 Q2 – 2022 Q1); FY 2022-23 = (99.1 + 100.7 + 103.2 + 105.0)
 * ÷ 4 = 102.0. Manchester's children's social care from the shipped RSX files: 2021-22 "136,264", 2022-23 "152,532"
 * (£ thousand); its 2021-22 Revenue Account budget "129,814". Each restated figure worked out exactly (as fractions,
 * in Python) and rounded to the penny, half up: 136,264,000 × 102 ÷ 95.25 = 145,920,503.937…
 */
@WholePlaceTest
class SpendInRealTermsApiTest {

    static final String MANCHESTER = "E08000003";

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    HttpGraphQlTester graphQl;

    private GraphQlTester.Response spend(Map<String, Object> filter, List<String> groupBy,
                                         Map<String, Object> prices) {
        return graphQl.documentName("spendInPrices")
                .variable("filter", filter)
                .variable("groupBy", groupBy)
                .variable("prices", prices)
                .execute();
    }

    private static Map<String, Object> childrensSocialCare(String... years) {
        return Map.of("places", List.of(MANCHESTER), "services", List.of("childrens-social-care"),
                "years", List.of(years));
    }

    @Test
    void manchesterChildrensSocialCareIn2022To23Prices() {
        var response = spend(childrensSocialCare("2021-22", "2022-23"), List.of("YEAR"),
                Map.of("basis", "REAL", "year", "2022-23"));

        response.path("spend.rows[*].year.label").entityList(String.class).containsExactly("2021-22", "2022-23");
        // 2021-22 restated; 2022-23 is in its own prices already
        response.path("spend.rows[*].total").entityList(String.class)
                .containsExactly("145920503.94", "152532000.00");
        // 145,920,503.937… ÷ mid-2021 population 550,630 = 265.006…
        response.path("spend.rows[0].perHead").entity(String.class).isEqualTo("265.01");
        // 152,532,000 − 145,920,503.937… : the real growth, not the cash 16,268,000
        response.path("spend.rows[1].changeFromPreviousYear").entity(String.class).isEqualTo("6611496.06");
        response.path("spend.rows[1].percentChangeFromPreviousYear").entity(Double.class)
                .satisfies(p -> assertThat(p).isCloseTo(4.5308890009359, within(1e-9)));
        // the two years' restated amounts, added before rounding
        response.path("spend.total").entity(String.class).isEqualTo("298452503.94");

        response.path("spend.prices.basis").entity(String.class).isEqualTo("REAL");
        response.path("spend.prices.year.label").entity(String.class).isEqualTo("2022-23");
        response.path("spend.prices.deflator.seriesId").entity(String.class).isEqualTo("YBGB");
        response.path("spend.prices.deflator.releaseDate").entity(String.class).isEqualTo("2025-06-30");
        response.path("spend.prices.deflator.batch.fileName").entity(String.class)
                .isEqualTo("ons_ybgb_ukea_release_2025-06-30.csv");
        // with the change, 2020-21's index is read too: 2020 Q2 – 2021 Q1 = 98.8, 94.9, 94.3, 95.3; 383.3 ÷ 4
        response.path("spend.prices.indices[*].year.label").entityList(String.class)
                .containsExactly("2020-21", "2021-22", "2022-23");
        response.path("spend.prices.indices[*].index").entityList(String.class)
                .containsExactly("95.825", "95.25", "102.0");
    }

    @Test
    void budgetOutturnAndVarianceAreRestatedAlike() {
        var response = spend(childrensSocialCare("2021-22"), List.of(), Map.of("basis", "REAL", "year", "2022-23"));

        // 129,814,000 × 102 ÷ 95.25; 136,264,000 × …; 6,450,000 × …
        response.path("spend.rows[0].budget").entity(String.class).isEqualTo("139013417.32");
        response.path("spend.rows[0].outturn").entity(String.class).isEqualTo("145920503.94");
        response.path("spend.rows[0].variance").entity(String.class).isEqualTo("6907086.61");
    }

    @Test
    void cashIsTheDefaultAndSaysSo() {
        var response = spend(childrensSocialCare("2022-23"), List.of(), null);

        response.path("spend.total").entity(String.class).isEqualTo("152532000.00");
        response.path("spend.rows[0].changeFromPreviousYear").entity(String.class).isEqualTo("16268000.00");
        response.path("spend.prices.basis").entity(String.class).isEqualTo("CASH");
        response.path("spend.prices.year").valueIsNull();
        response.path("spend.prices.deflator").valueIsNull();
        response.path("spend.prices.indices").entityList(Object.class).hasSize(0);
        // a year with CASH is ignored, so that a dashboard can fix the year and let a filter choose the basis
        spend(childrensSocialCare("2022-23"), List.of(), Map.of("basis", "CASH", "year", "2010-11"))
                .path("spend.total").entity(String.class).isEqualTo("152532000.00");
    }

    @Test
    void aYearTheDeflatorLacksIsRefusedNamingIt() {
        assertRefused(spend(childrensSocialCare("2022-23"), List.of(), Map.of("basis", "REAL", "year", "2025-26")),
                "The ONS GDP deflator (YBGB, release 2025-06-30) has no index for 2025-26 (prices.year): it needs "
                        + "the quarters [2025 Q2, 2025 Q3, 2025 Q4, 2026 Q1]; its financial years: 1955-56 to 2024-25");
        assertRefused(spend(childrensSocialCare("2022-23"), List.of(), Map.of("basis", "REAL")),
                "prices.year is required with basis: REAL");
    }

    /** A release without 2021's quarters cannot restate 2021-22's figures (nor 2020-21's, the change's). */
    @Test
    void aFiguresYearTheDeflatorLacksIsRefusedNamingIt() throws IOException {
        String text = Files.readString(OnsGdpDeflatorImportTest.SHIPPED);
        StringBuilder without2021 = new StringBuilder();
        text.lines().filter(line -> !line.startsWith("\"2021 Q") && !line.startsWith("\"2022 Q1\""))
                .forEach(line -> without2021.append(line).append('\n'));
        imports.load(ImportKind.ONS_GDP_DEFLATOR, "ybgb-gap.csv", without2021.toString());
        assertRefused(spend(childrensSocialCare("2022-23"), List.of(), Map.of("basis", "REAL", "year", "2022-23")),
                "has no index for 2021-22 (filter.years, and with the change the year before each)");
    }

    private static void assertRefused(GraphQlTester.Response response, String message) {
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getMessage()).contains(message);
            assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        });
    }
}
