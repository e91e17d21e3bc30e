package org.wholeplace.duplication;

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
 * Every duplication query answers in one SQL statement, however many rows, agencies and names it returns: the
 * application's queries go through a connection factory that counts what it sends to PostgreSQL.
 */
@WholePlaceTest
@Import(CountingStatements.class)
@TestPropertySource(properties = CountingStatements.ONLY_OWN_STATEMENTS)
class DuplicationStatementCountTest {

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    AtomicInteger statementsSent;

    private int statementsFor(Runnable request) {
        return CountingStatements.statementsFor(statementsSent, request);
    }

    @Test
    void hotspotsWithAgenciesComparisonAndExplanationTakeOneStatement() {
        int sent = statementsFor(() -> graphQl.documentName("hotspots")
                .variable("filter", Map.of("includeSynthetic", false)).execute()
                .path("duplicationHotspots.hotspots[*].agencies[*].agency.code").entityList(String.class)
                .hasSizeGreaterThan(1));
        assertThat(sent).isEqualTo(1);
    }

    @Test
    void theMatrixTakesOneStatement() {
        int sent = statementsFor(() -> graphQl.documentName("duplicationMatrix").variable("theme",
                        "health-and-social-care").variable("year", "2022-23").execute()
                .path("duplicationMatrix.cells").entityList(Object.class).hasSizeGreaterThan(9));
        assertThat(sent).isEqualTo(1);
    }

    @Test
    void aTrendTakesOneStatement() {
        int sent = statementsFor(() -> graphQl.documentName("hotspotTrend").variable("place", "E47000001")
                .variable("service", "central").execute()
                .path("hotspotTrend[*].year.label").entityList(String.class).containsExactly("2011-12", "2012-13",
                        "2013-14", "2017-18", "2021-22", "2022-23"));   // the GMCA returns from 2011-12 (E6348)
        assertThat(sent).isEqualTo(1);
    }

    @Test
    void supplierOverlapsTakeOneStatement() {
        int sent = statementsFor(() -> graphQl.documentName("supplierOverlaps")
                .variable("filter", Map.of("years", List.of("2022-23"))).execute()
                .path("supplierOverlaps").entityList(Object.class).hasSize(0));
        assertThat(sent).isEqualTo(1);
    }
}
