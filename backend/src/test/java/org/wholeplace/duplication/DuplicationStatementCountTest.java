package org.wholeplace.duplication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.proxy.ProxyConnectionFactory;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.WholePlaceTest;

/**
 * Every duplication query answers in one SQL statement, however many rows, agencies and names it returns: the
 * application's queries go through a connection factory that counts what it sends to PostgreSQL.
 */
@WholePlaceTest
@Import(DuplicationStatementCountTest.CountingStatements.class)
class DuplicationStatementCountTest {

    @TestConfiguration
    static class CountingStatements {

        @Bean
        AtomicInteger statementsSent() {
            return new AtomicInteger();
        }

        @Bean
        @Primary
        DSLContext countingDsl(ConnectionPool pool, AtomicInteger statementsSent) {
            return DSL.using(ProxyConnectionFactory.builder(pool)
                    .onBeforeQuery(execution -> statementsSent.addAndGet(execution.getQueries().size()))
                    .build(), SQLDialect.POSTGRES);
        }
    }

    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    AtomicInteger statementsSent;

    private int statementsFor(Runnable request) {
        int before = statementsSent.get();
        request.run();
        return statementsSent.get() - before;
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
                .path("hotspotTrend[*].year.label").entityList(String.class).containsExactly("2021-22", "2022-23"));
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
