package org.wholeplace;

import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.proxy.ProxyConnectionFactory;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's queries through a connection factory that counts the statements it sends to PostgreSQL: what
 * the statement-count tests measure a request by.
 */
@TestConfiguration
public class CountingStatements {

    /**
     * For the classes that count: no notifications of other test contexts' imports, whose refreshes would be counted
     * against the request under test.
     */
    public static final String ONLY_OWN_STATEMENTS = "wholeplace.imports.listen=false";

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

    /** How many statements the request sent. */
    public static int statementsFor(AtomicInteger statementsSent, Runnable request) {
        int before = statementsSent.get();
        request.run();
        return statementsSent.get() - before;
    }
}
