package org.wholeplace.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot configures neither jOOQ over R2DBC nor a pool for it, so both are built here: one pooled connection
 * factory, one {@link DSLContext} on it. Migrations run over JDBC before the pool is handed out.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        if (!properties.isEmbedded()) {
            return EmbeddedDatabase.NONE;
        }
        DatabaseProperties.Embedded embedded = properties.embedded();
        try {
            Files.createDirectories(embedded.dataDirectory());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(embedded.dataDirectory())
                    .setCleanDataDirectory(false);
            if (embedded.port() > 0) {
                builder.setPort(embedded.port());
            }
            EmbeddedPostgres postgres = builder.start();
            DatabaseEndpoint endpoint = new DatabaseEndpoint("localhost", postgres.getPort(), "postgres", "postgres", null);
            log.info("Embedded PostgreSQL at {} keeps its data in {}", endpoint.describe(), embedded.dataDirectory());
            return new EmbeddedDatabase(postgres, endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + embedded.dataDirectory(), e);
        }
    }

    @Bean
    DatabaseEndpoint databaseEndpoint(DatabaseProperties properties, EmbeddedDatabase embedded) {
        return properties.isEmbedded() ? embedded.endpoint() : DatabaseEndpoint.fromR2dbcUrl(properties.url());
    }

    @Bean
    SchemaMigration schemaMigration(DatabaseEndpoint endpoint) {
        var flyway = Flyway.configure()
                .dataSource(endpoint.jdbcUrl(), endpoint.user(), endpoint.password())
                .locations("classpath:db/migration")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        log.info("Database {} migrated ({} migrations applied now)", endpoint.describe(), applied);
        return new SchemaMigration(applied);
    }

    @Bean(destroyMethod = "dispose")
    ConnectionPool connectionPool(DatabaseEndpoint endpoint, DatabaseProperties properties, SchemaMigration migrated) {
        // The driver prepares each statement once per connection, and PostgreSQL then settles on a generic plan that
        // ignores the values. For aggregate queries whose best plan depends on them (which year, which codes) that
        // plan was measured 45% slower (spend benchmark, 1M lines: 168 ms against 115 ms), so plan every execution.
        ConnectionFactory postgres = ConnectionFactories.get(ConnectionFactoryOptions.parse(endpoint.r2dbcUrl())
                .mutate()
                .option(PostgresqlConnectionFactoryProvider.OPTIONS, Map.of("plan_cache_mode", "force_custom_plan"))
                .build());
        return new ConnectionPool(ConnectionPoolConfiguration.builder(postgres)
                .name("wholeplace")
                .initialSize(properties.pool().initialSize())
                .maxSize(properties.pool().maxSize())
                .maxIdleTime(Duration.ofMinutes(10))
                .maxAcquireTime(Duration.ofSeconds(30))
                .build());
    }

    @Bean
    DSLContext dsl(ConnectionPool pool) {
        return DSL.using(pool, SQLDialect.POSTGRES);
    }

    @Bean
    Transactions transactions(ConnectionPool pool) {
        return new Transactions(pool);
    }

    /** Proof, for bean ordering, that the schema is current. */
    record SchemaMigration(int appliedNow) {
    }

    /** The embedded server, or {@link #NONE} when an external one is configured. */
    record EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseEndpoint endpoint) implements AutoCloseable {
        static final EmbeddedDatabase NONE = new EmbeddedDatabase(null, null);

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

}
