package org.wholeplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.wholeplace.db.DatabaseEndpoint;

/**
 * The real PostgreSQL every test run uses, fresh for the run and gone after it. In order of preference:
 * a Testcontainers container where Docker runs; else a new database on the server named by
 * {@code WHOLEPLACE_TEST_DATABASE_URL} (an R2DBC url; CI points it at the machine's PostgreSQL), dropped at exit;
 * else an embedded PostgreSQL in a temporary folder.
 */
public final class TestDatabase {

    public static final String SERVER_VARIABLE = "WHOLEPLACE_TEST_DATABASE_URL";
    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static DatabaseEndpoint endpoint;

    private TestDatabase() {
    }

    public static synchronized DatabaseEndpoint endpoint() {
        if (endpoint == null) {
            endpoint = start();
        }
        return endpoint;
    }

    /** The repository's root, as the build names it (see the surefire configuration), for tests reading its files. */
    public static Path repository() {
        return Path.of(System.getProperty("wholeplace.test.repository", "..")).toAbsolutePath().normalize();
    }

    /** The repository's shipped data folder. */
    public static Path data() {
        return repository().resolve("data");
    }

    private static DatabaseEndpoint start() {
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            log.info("Tests use a PostgreSQL container");
            return new DatabaseEndpoint(container.getHost(), container.getMappedPort(5432),
                    container.getDatabaseName(), container.getUsername(), container.getPassword());
        }
        String server = System.getenv(SERVER_VARIABLE);
        if (server != null && !server.isBlank()) {
            return freshDatabaseOn(DatabaseEndpoint.fromR2dbcUrl(server));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            }));
            log.info("Tests use an embedded PostgreSQL");
            return new DatabaseEndpoint("localhost", postgres.getPort(), "postgres", "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("No Docker, no " + SERVER_VARIABLE + ", and the embedded PostgreSQL failed", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Another empty database on the run's server, dropped at exit: for tests that need one to themselves. Created and
     * dropped through the server's own {@code postgres} database, not the run's, which is dropped at exit too.
     */
    public static DatabaseEndpoint newDatabase() {
        DatabaseEndpoint run = endpoint();
        return freshDatabaseOn(new DatabaseEndpoint(run.host(), run.port(), "postgres", run.user(), run.password()));
    }

    private static DatabaseEndpoint freshDatabaseOn(DatabaseEndpoint server) {
        String name = "wholeplace_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(server, "drop database if exists " + name + " with (force)")));
        log.info("Tests use database {} on {}", name, server.describe());
        return new DatabaseEndpoint(server.host(), server.port(), name, server.user(), server.password());
    }

    private static void execute(DatabaseEndpoint server, String sql) {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + server.describe(), e);
        }
    }

    /** The admin credential the application under test is configured with. */
    public static final String ADMIN_TOKEN = "test-admin-token";

    /**
     * Points the application under test at the test database. The shipped data and catalogues it finds itself, as it
     * does when it serves (see WholePlaceHome).
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.r2dbc.url=" + endpoint().r2dbcUrl(),
                    // tests of real figures need them alone; the duplication tests load the synthetic set themselves
                    "wholeplace.demo-data.synthetic=false",
                    "wholeplace.admin.token=" + ADMIN_TOKEN);
        }
    }
}
