package org.wholeplace.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import io.r2dbc.pool.ConnectionPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.wholeplace.TestDatabase;
import org.wholeplace.WholePlaceApplication;
import reactor.core.publisher.Mono;

/**
 * Spring Boot's own settings choose the database, size the pool and lead Flyway to the same database; a
 * {@link R2dbcConnectionDetails} bean (what a Testcontainers {@code @ServiceConnection} or Docker Compose provides)
 * is used with no other wiring; with none of them the backend starts its own PostgreSQL.
 */
class DatabaseSettingsTest {

    static DatabaseEndpoint database;
    /** Every migration of schema/sql: each database the backend connects to has all of them applied. */
    static final int MIGRATIONS = migrationsInTheRepository();

    private static int migrationsInTheRepository() {
        try (var files = java.nio.file.Files.list(TestDatabase.repository().resolve("schema/sql"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void anEmptyDatabase() {
        database = TestDatabase.newDatabase();
    }

    private static SpringApplicationBuilder backend() {
        return new SpringApplicationBuilder(WholePlaceApplication.class).web(WebApplicationType.NONE);
    }

    private static ConfigurableApplicationContext start(SpringApplicationBuilder backend, String... settings) {
        List<String> args = new ArrayList<>(List.of("--wholeplace.demo-data.load-on-empty=false",
                "--wholeplace.demo-data.load-catalogues=false", "--wholeplace.imports.listen=false"));
        args.addAll(List.of(settings));
        return backend.run(args.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(String... settings) {
        return start(backend(), settings);
    }

    /** The database a context's queries reach. */
    private static String databaseQueried(ConfigurableApplicationContext context) {
        return Mono.from(context.getBean(DSLContext.class).select(org.jooq.impl.DSL.field("current_database()",
                String.class))).map(r -> r.value1()).block();
    }

    private static int migrationsRecordedIn(DatabaseEndpoint endpoint) throws Exception {
        try (var connection = DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.user(), endpoint.password());
             var result = connection.createStatement().executeQuery(
                     "select count(*) from flyway_schema_history where success")) {
            result.next();
            return result.getInt(1);
        }
    }

    @Test
    void springR2dbcSettingsChooseTheDatabaseSizeThePoolAndLeadFlywayThere() throws Exception {
        try (var context = start("--spring.r2dbc.url=r2dbc:postgresql://" + database.host() + ":" + database.port()
                        + "/" + database.database(),
                "--spring.r2dbc.username=" + database.user(),
                "--spring.r2dbc.pool.max-size=3", "--spring.r2dbc.pool.initial-size=1")) {
            assertThat(databaseQueried(context)).isEqualTo(database.database());
            assertThat(context.getBean(ConnectionPool.class).getMetrics().orElseThrow().getMaxAllocatedSize())
                    .isEqualTo(3);
            assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
        }
        assertThat(migrationsRecordedIn(database)).isEqualTo(MIGRATIONS);
    }

    @Test
    void theOlderNameOfTheUrlStillWorks() {
        try (var context = start("--wholeplace.database.url=" + database.r2dbcUrl(),
                "--wholeplace.database.pool.max-size=4")) {
            assertThat(databaseQueried(context)).isEqualTo(database.database());
            assertThat(context.getBean(ConnectionPool.class).getMetrics().orElseThrow().getMaxAllocatedSize())
                    .isEqualTo(4);
        }
    }

    @Test
    void connectionDetailsFromAServiceConnectionAreUsedWithNoUrl() {
        // registered before the configuration is read, as Testcontainers' and Docker Compose's service connections are
        SpringApplicationBuilder withServiceConnection = backend().initializers(context -> ((GenericApplicationContext)
                context).registerBean(R2dbcConnectionDetails.class, () -> database::options));
        try (var context = start(withServiceConnection)) {
            assertThat(databaseQueried(context)).isEqualTo(database.database());
            assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
        }
    }

    @Test
    void withNoDatabaseNamedTheBackendStartsItsOwn(@TempDir Path pgdata) throws Exception {
        try (var context = start("--wholeplace.database.embedded.data-directory=" + pgdata)) {
            EmbeddedPostgres embedded = context.getBean(EmbeddedPostgres.class);
            assertThat(databaseQueried(context)).isEqualTo("postgres");
            assertThat(migrationsRecordedIn(new DatabaseEndpoint("localhost", embedded.getPort(), "postgres",
                    "postgres", null))).isEqualTo(MIGRATIONS);
            assertThat(pgdata.resolve("PG_VERSION")).exists();
        }
    }
}
