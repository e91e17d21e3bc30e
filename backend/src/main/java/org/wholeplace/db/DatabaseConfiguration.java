package org.wholeplace.db;

import java.util.Map;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactory;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot builds the pooled R2DBC connection factory from its own settings ({@code spring.r2dbc.*}) or from any
 * {@link R2dbcConnectionDetails} (a Testcontainers {@code @ServiceConnection}, Docker Compose, or the embedded
 * PostgreSQL of {@link EmbeddedPostgresAutoConfiguration}). It configures neither jOOQ over R2DBC nor Flyway without
 * a JDBC data source, so both are set up here on the same database: migrations over JDBC first, then one
 * {@link DSLContext} on the pool.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /**
     * The driver prepares each statement once per connection, and PostgreSQL then settles on a generic plan that
     * ignores the values. For aggregate queries whose best plan depends on them (which year, which codes) that plan
     * was measured 45% slower (spend benchmark, 1M lines: 168 ms against 115 ms), so plan every execution.
     */
    @Bean
    ConnectionFactoryOptionsBuilderCustomizer planEveryExecution() {
        return options -> options.option(PostgresqlConnectionFactoryProvider.OPTIONS,
                Map.of("plan_cache_mode", "force_custom_plan"));
    }

    @Bean
    SchemaMigration schemaMigration(R2dbcConnectionDetails connection) {
        DatabaseEndpoint endpoint = DatabaseEndpoint.of(connection.getConnectionFactoryOptions());
        var flyway = Flyway.configure()
                .dataSource(endpoint.jdbcUrl(), endpoint.user(), endpoint.password())
                .locations("classpath:db/migration")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        log.info("Database {} migrated ({} migrations applied now)", endpoint.describe(), applied);
        return new SchemaMigration(applied);
    }

    @Bean
    DSLContext dsl(ConnectionFactory pool, SchemaMigration migrated) {
        return DSL.using(pool, SQLDialect.POSTGRES);
    }

    @Bean
    Transactions transactions(ConnectionFactory pool, SchemaMigration migrated) {
        return new Transactions(pool);
    }

    /** Proof, for bean ordering, that the schema is current. */
    record SchemaMigration(int appliedNow) {
    }
}
