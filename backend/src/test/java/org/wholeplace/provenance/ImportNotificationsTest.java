package org.wholeplace.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wholeplace.TestDatabase;
import org.wholeplace.WholePlaceApplication;
import org.wholeplace.db.DatabaseEndpoint;
import org.wholeplace.ingest.ImportProcess;

/**
 * Two servers on one database, as two instances behind a load balancer: an import committed by the command line, or
 * uploaded to one of them, is served by both within a second, with no restart; and still after their listening
 * connections are ended by PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportNotificationsTest {

    static final Path RSX_2021 = TestDatabase.data().resolve("revenue-outturn/RSX_2021-22.csv");
    static final Path RSX_2022 = TestDatabase.data().resolve("revenue-outturn/RSX_2022-23.csv");
    static final Duration WITHIN = Duration.ofSeconds(1);

    static DatabaseEndpoint database;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void twoServersOnAnEmptyDatabase() {
        database = TestDatabase.newDatabase();
        first = server();
        second = server();
    }

    @AfterAll
    static void stopServers() {
        second.close();
        first.close();
    }

    private static ConfigurableApplicationContext server() {
        return new SpringApplicationBuilder(WholePlaceApplication.class).run("--server.port=0",
                "--spring.r2dbc.url=" + database.r2dbcUrl(), "--wholeplace.demo-data.load-on-empty=false",
                "--wholeplace.demo-data.load-catalogues=false", "--wholeplace.admin.token=" + TestDatabase.ADMIN_TOKEN);
    }

    private static String port(ConfigurableApplicationContext server) {
        return server.getEnvironment().getProperty("local.server.port");
    }

    private static String financialYears(ConfigurableApplicationContext server) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(server) + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ financialYears { label } }\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** How long after {@code since} the server first answers with the year; fails after five seconds. */
    private static Duration untilServed(ConfigurableApplicationContext server, String year, long since)
            throws Exception {
        while (!financialYears(server).contains("\"" + year + "\"")) {
            assertThat(Duration.ofNanos(System.nanoTime() - since)).as("%s not served", year)
                    .isLessThan(Duration.ofSeconds(5));
            Thread.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - since);
    }

    private static long importByCommandLine(Path file) throws Exception {
        Process process = ImportProcess.of(database, "rsx", file.toString()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isEqualTo(0);
        return System.nanoTime();
    }

    @Test
    @Order(1)
    void aCommandLineImportIsServedByEveryInstanceWithinASecond() throws Exception {
        assertThat(financialYears(first)).doesNotContain("2021-22");

        long committed = importByCommandLine(RSX_2021);

        assertThat(untilServed(first, "2021-22", committed)).isLessThan(WITHIN);
        assertThat(untilServed(second, "2021-22", committed)).isLessThan(WITHIN);
    }

    @Test
    @Order(2)
    void afterTheListeningConnectionsAreEndedTheNextImportIsStillServed() throws Exception {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var ended = connection.prepareStatement("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                     + " where datname = current_database() and application_name = ?")) {
            ended.setString(1, ImportNotifications.APPLICATION_NAME);
            var result = ended.executeQuery();
            result.next();
            assertThat(result.getInt(1)).isEqualTo(2);
        }

        long committed = importByCommandLine(RSX_2022);

        assertThat(untilServed(first, "2022-23", committed)).isLessThan(WITHIN);
        assertThat(untilServed(second, "2022-23", committed)).isLessThan(WITHIN);
        assertThat(first.getBean(ImportNotifications.class).connectionsOpened()).isEqualTo(2);
        assertThat(second.getBean(ImportNotifications.class).connectionsOpened()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void anUploadToOneInstanceIsServedByTheOther(@TempDir Path dir) throws Exception {
        // The 2022-23 return as if it were 2023-24's: a year no server has seen.
        Path nextYear = dir.resolve("RSX_2023-24.csv");
        Files.writeString(nextYear, Files.readString(RSX_2022).replaceFirst("\\(RO\\) 2022-23", "(RO) 2023-24"));

        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port(first) + "/admin/imports/rsx"))
                        .header("Authorization", "Bearer " + TestDatabase.ADMIN_TOKEN)
                        .header("X-File-Name", nextYear.getFileName().toString())
                        .POST(HttpRequest.BodyPublishers.ofFile(nextYear)).build(),
                HttpResponse.BodyHandlers.ofString());
        long committed = System.nanoTime();

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(financialYears(first)).contains("2023-24");
        assertThat(untilServed(second, "2023-24", committed)).isLessThan(WITHIN);
    }
}
