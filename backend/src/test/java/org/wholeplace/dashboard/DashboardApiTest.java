package org.wholeplace.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wholeplace.WholePlaceTest;

/**
 * The shipped dashboards over the API. Figures are read from the shipped RSX files with Python's csv module: the ten
 * Greater Manchester councils' total service expenditure (RSX-totsx-net-cur-exp) is £5,055,298,000 in 2022-23 and
 * £4,694,656,000 in 2021-22 (£ thousand x 1,000); the change, £360,642,000, is 7.68% of 2021-22's.
 */
@WholePlaceTest
class DashboardApiTest {

    static final String PANEL = """
            query($id: ID!, $filters: JSON) { dashboard(id: $id) { id panels { id kind
              data(filters: $filters) { filters values synthetic batches { fileName } } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    WebTestClient web;

    @Test
    void elevenShippedDashboardsByAudience() {
        graphQl.document("{ dashboards { id } }").execute().path("dashboards[*].id").entityList(String.class)
                .hasSize(11).contains("overview", "early-years", "troubled-families", "transforming-justice",
                        "health-and-social-care", "worklessness", "borough-comparison", "duplication",
                        "who-pays-who-benefits", "budget-against-outturn", "data-provenance");
        graphQl.document("{ dashboards(audience: COUNCILLOR) { id audience } }").execute()
                .path("dashboards[*].id").entityList(String.class).satisfies(ids -> assertThat(ids)
                        .containsExactlyInAnyOrder("borough-comparison", "who-pays-who-benefits",
                                "budget-against-outturn"));
    }

    @Test
    void aDashboardsFiltersWithTheirDefaultsAndAllowedValues() {
        var overview = graphQl.document("""
                { dashboard(id: "overview") { title audience tags
                    filters { name kind label default options { value label } }
                    panels { id title kind units source } } }""").execute();
        overview.path("dashboard.audience").entity(String.class).isEqualTo("PUBLIC");
        overview.path("dashboard.filters[0].name").entity(String.class).isEqualTo("year");
        overview.path("dashboard.filters[0].default").entity(String.class).isEqualTo("2022-23");
        // the financial years with spend, newest first: the RSX years and the RS years 2010-11 to 2013-14, 2017-18
        overview.path("dashboard.filters[0].options[*].value").entityList(String.class)
                .containsExactly("2022-23", "2021-22", "2017-18", "2013-14", "2012-13", "2011-12", "2010-11");
        overview.path("dashboard.panels[*].kind").entityList(String.class)
                .containsExactly("kpi", "map", "bar", "table");
        graphQl.document("""
                { dashboard(id: "borough-comparison") { filters { name options { value } } } }""").execute()
                .path("dashboard.filters[1].options[*].value").entityList(String.class).containsExactly(
                        "E08000001", "E08000002", "E08000003", "E08000004", "E08000005", "E08000006", "E08000007",
                        "E08000008", "E08000009", "E08000010");
    }

    /** The KPI with its change from the year before, for the default year and for the one asked for. */
    @Test
    void aPanelsDataFollowsTheFilters() {
        var defaults = graphQl.document(PANEL).variable("id", "overview").execute();
        defaults.path("dashboard.panels[0].data.filters").entity(Map.class)
                .isEqualTo(Map.of("year", "2022-23", "prices", "CASH"));
        defaults.path("dashboard.panels[0].data.values.value").entity(String.class).isEqualTo("5055298000.00");
        defaults.path("dashboard.panels[0].data.values.change").entity(String.class).isEqualTo("360642000.00");
        defaults.path("dashboard.panels[0].data.values.changePercent").entity(Double.class).isEqualTo(7.68);
        defaults.path("dashboard.panels[0].data.batches[*].fileName").entityList(String.class)
                .containsExactly("RSX_2022-23.csv");
        defaults.path("dashboard.panels[0].data.synthetic").entity(Boolean.class).isEqualTo(false);

        var earlier = graphQl.document(PANEL).variable("id", "overview")
                .variable("filters", Map.of("year", "2021-22")).execute();
        earlier.path("dashboard.panels[0].data.values.value").entity(String.class).isEqualTo("4694656000.00");
        // the map: each borough's code and name, Manchester's per head as spend lists it
        earlier.path("dashboard.panels[1].data.values.areas[*].code").entityList(String.class).hasSize(10);
        earlier.path("dashboard.panels[1].data.values.table.columns[*].label").entityList(String.class)
                .containsExactly("ONS code", "Borough", "Per head");
    }

    /**
     * In real terms (2022-23 prices, by the ONS deflator: FY 2021-22 95.25, FY 2022-23 102.0, by hand from the file),
     * 2022-23 is unchanged and 2021-22's £4,694,656,000 becomes 4,694,656,000 × 102 ÷ 95.25 = 5,027,348,157.48…, so
     * the change is £27,949,842.52 (computed exactly in Python), 0.56% of the restated 2021-22.
     */
    @Test
    void thePricesFilterRestatesThePanelsInRealTerms() {
        var real = graphQl.document(PANEL).variable("id", "overview")
                .variable("filters", Map.of("prices", "REAL")).execute();
        real.path("dashboard.panels[0].data.values.value").entity(String.class).isEqualTo("5055298000.00");
        real.path("dashboard.panels[0].data.values.change").entity(String.class).isEqualTo("27949842.52");
        real.path("dashboard.panels[0].data.values.changePercent").entity(Double.class).isEqualTo(0.56);
        real.path("dashboard.panels[0].data.batches[*].fileName").entityList(String.class)
                .containsExactly("RSX_2022-23.csv");
        graphQl.document("""
                { dashboard(id: "overview") { filters { name kind label options { value label } } } }""").execute()
                .path("dashboard.filters[1].options[*].label").entityList(String.class)
                .containsExactly("Cash (as spent)", "Real terms (2022-23 prices)");
    }

    @Test
    void aValueAFilterDoesNotAllowIsRefusedNamingTheAllowedOnes() {
        graphQl.document(PANEL).variable("id", "overview").variable("filters", Map.of("year", "2030-31")).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.getMessage())
                        .isEqualTo("Unknown year code '2030-31' in filters.year; its values: 2022-23, 2021-22, 2017-18, 2013-14, 2012-13, 2011-12, 2010-11")));
        graphQl.document(PANEL).variable("id", "overview").variable("filters", Map.of("colour", "blue")).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.getMessage())
                        .isEqualTo("Unknown filter code 'colour' in filters; dashboard 'overview' has the "
                                + "filters year, prices")));
    }

    /** Figures resting on the synthetic programmes say so, and name their batches. */
    @Test
    void figuresRestingOnSyntheticRowsSaySo() {
        var flows = graphQl.document(PANEL).variable("id", "who-pays-who-benefits").execute();
        flows.path("dashboard.panels[0].data.synthetic").entity(Boolean.class).isEqualTo(true);
        flows.path("dashboard.panels[0].data.batches[*].fileName").entityList(String.class)
                .containsExactly("synthetic-programmes.yaml", "gmca-unit-cost-database-v1.4.xlsx",
                        "appraisal-parameters.yaml");
    }

    /**
     * Every panel of every shipped dashboard answers, and each with figures names the batches behind them. (The
     * tests load the published files without the generated multi-agency spend, so some theme panels are empty here;
     * DashboardViewerTest shows every dashboard on the full demo data.)
     */
    @Test
    void everyShippedPanelAnswersWithItsBatches() {
        for (String id : graphQl.document("{ dashboards { id } }").execute().path("dashboards[*].id")
                .entityList(String.class).get()) {
            var response = graphQl.document(PANEL).variable("id", id).execute();
            response.path("dashboard.panels").entityList(Map.class).satisfies(panels -> assertThat(panels)
                    .allSatisfy(panel -> {
                        Map<?, ?> data = (Map<?, ?>) panel.get("data");
                        List<?> rows = (List<?>) ((Map<?, ?>) ((Map<?, ?>) data.get("values")).get("table"))
                                .get("rows");
                        if (!rows.isEmpty() && !"kpi".equals(panel.get("kind"))) {
                            assertThat((List<?>) data.get("batches")).as("%s/%s", id, panel.get("id")).isNotEmpty();
                        }
                    }));
        }
    }

    /** Every shipped dashboard showing spend offers cash or real terms, and answers in real terms. */
    @Test
    void everyDashboardShowingSpendAnswersInRealTerms() {
        List<String> withPrices = graphQl.document("{ dashboards { id filters { kind } } }").execute()
                .path("dashboards").entityList(Map.class).get().stream()
                .filter(d -> ((List<?>) d.get("filters")).stream()
                        .anyMatch(f -> "prices".equals(((Map<?, ?>) f).get("kind"))))
                .map(d -> (String) d.get("id")).toList();
        assertThat(withPrices).containsExactlyInAnyOrder("overview", "borough-comparison", "budget-against-outturn",
                "early-years", "health-and-social-care", "transforming-justice", "troubled-families", "worklessness");
        for (String id : withPrices) {
            var response = graphQl.document(PANEL).variable("id", id).variable("filters", Map.of("prices", "REAL"))
                    .execute();
            response.path("dashboard.panels[*].data.filters.prices").entityList(String.class)
                    .satisfies(prices -> assertThat(prices).as(id).isNotEmpty().containsOnly("REAL"));
        }
    }

    /** The CSV of a panel: a file name, the source note and provenance first, then the panel's table. */
    @Test
    void aPanelAsCsv() {
        var response = web.get().uri("/dashboards/overview/panels/boroughs.csv?year=2021-22").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"overview-boroughs-2021-22-CASH.csv\"")
                .expectBody(String.class).returnResult().getResponseBody();
        List<String> lines = response.lines().toList();
        assertThat(lines.subList(0, 6)).containsExactly(
                "# Greater Manchester at a glance: The boroughs side by side",
                "# Source: MHCLG revenue outturn (RSX); ONS mid-year population estimates; Open Government Licence "
                        + "v3.0; in real terms, by the ONS GDP deflator (YBGB)",
                "# Units: £",
                "# Filters: year=2021-22, prices=CASH",
                lines.get(4),
                "# Synthetic figures: no");
        assertThat(lines.get(4)).startsWith("# Import batches: ").contains("RSX_2021-22.csv (Department for "
                + "Levelling Up");
        assertThat(lines.get(6)).isEqualTo("Borough,Net current expenditure (£),Per head (£),Share of Greater "
                + "Manchester,Change from the year before (£),Change (%)");
        // Manchester first, largest: £980,008,000 in 2021-22
        assertThat(lines.get(7)).startsWith("Manchester,980008000.00,");
        assertThat(lines).hasSize(17);
    }

    /**
     * The transforming justice dashboard's programmes panel asks for its appraisals' warnings: the women's diversion
     * programme combines CR8.0 with CR3.0 against CR8.0's note, and is uprated with the forecast deflator of 2015/16.
     * The panel carries each message once; its CSV says them before the table; a panel asking for none has none.
     */
    @Test
    void aPanelCarriesTheWarningsOfItsFigures() {
        String csv = web.get().uri("/dashboards/transforming-justice/panels/programmes.csv").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines().filter(l -> l.startsWith("# Warning: ")).toList()).containsExactly(
                "# Warning: Diversion from custody for women offenders (synthetic) combines CR8.0 with CR3.0; the "
                        + "Unit Cost Database says of CR8.0: \"As such, to avoid double-counting, this cost should "
                        + "not be combined with other cost figures for specific crime types.\"",
                "# Warning: Uprated to 2015/16 (the values of CR3.0, CR8.0) with the GDP deflator of 2015/16, which "
                        + "the Unit Cost Database marks as forecast ('f'), not outturn: the figures move when the "
                        + "outturn is known.");
        graphQl.document("""
                { dashboard(id: "overview") { panels { id data { warnings } } } }""").execute()
                .path("dashboard.panels[*].data.warnings[*]").entityList(String.class).hasSize(0);
    }

    @Test
    void anUnknownPanelOrABadFilterIsAPlainMessage() {
        web.get().uri("/dashboards/overview/panels/nothing.csv").exchange().expectStatus().isNotFound()
                .expectBody(String.class).isEqualTo("Unknown panel code 'nothing' in dashboard 'overview'\n");
        web.get().uri("/dashboards/nothing/panels/boroughs.csv").exchange().expectStatus().isNotFound()
                .expectBody(String.class).isEqualTo("Unknown dashboard code 'nothing'\n");
        web.get().uri("/dashboards/overview/panels/boroughs.csv?year=1999-00").exchange().expectStatus()
                .isBadRequest().expectBody(String.class).isEqualTo("Unknown year code '1999-00' in filters.year; its "
                        + "values: 2022-23, 2021-22, 2017-18, 2013-14, 2012-13, 2011-12, 2010-11\n");
    }

    @Test
    void noProblemsWithTheShippedFiles() {
        graphQl.document("{ dashboardProblems { file } }").execute().path("dashboardProblems")
                .entityList(Object.class).hasSize(0);
    }
}
