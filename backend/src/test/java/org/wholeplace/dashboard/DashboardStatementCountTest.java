package org.wholeplace.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.wholeplace.CountingStatements;
import org.wholeplace.WholePlaceTest;

/** What a whole dashboard costs beyond its panels: checking its filters, once a request. */
@WholePlaceTest
@Import(CountingStatements.class)
@TestPropertySource(properties = CountingStatements.ONLY_OWN_STATEMENTS)
class DashboardStatementCountTest {

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    AtomicInteger statementsSent;
    @Autowired
    Dashboards dashboards;
    @Autowired
    PanelRunner panels;

    private int statementsFor(Runnable request) {
        return CountingStatements.statementsFor(statementsSent, request);
    }

    /**
     * The data provenance dashboard: three panels and an indicator filter, whose allowed values are the indicator
     * catalogue (one statement). Its three panels in one request cost what each costs alone, and the catalogue once.
     */
    @Test
    void aDashboardsFiltersAreCheckedOnceARequestNotOnceAPanel() {
        Dashboard dashboard = dashboards.withId("data-provenance").orElseThrow();
        Map<String, String> defaults = panels.filterValues(dashboard, Map.of()).block();
        int checking = statementsFor(() -> panels.filterValues(dashboard, Map.of()).block());
        int panelsAlone = 0;
        for (Panel panel : dashboard.panels()) {
            panelsAlone += statementsFor(() -> panels.run(panel, defaults).block());
        }

        int whole = statementsFor(() -> graphQl.document("""
                { dashboard(id: "data-provenance") { panels { data { values } } } }""").execute()
                .path("dashboard.panels").entityList(Object.class).hasSize(3));

        assertThat(checking).isEqualTo(1);
        assertThat(whole).isEqualTo(panelsAlone + 1);
    }
}
