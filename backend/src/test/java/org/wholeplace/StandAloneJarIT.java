package org.wholeplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, run with {@code java -jar} as a user would, with nothing configured: from a folder outside the
 * clone with a home folder never used before (so its own embedded PostgreSQL, started empty), then from the clone's
 * root and from {@code backend/}. Each time it finds the clone's shipped data and serves it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandAloneJarIT {

    static final Path REPOSITORY = TestDatabase.repository();
    static final Path JAR = Path.of(System.getProperty("wholeplace.test.jar",
            REPOSITORY.resolve("backend/target/wholeplace-backend-0.1.0-SNAPSHOT.jar").toString()));
    /** Manchester City Council's children's social care, 2022-23: RSX_2022-23.csv, RSX-csc-net-cur-exp, 152,532. */
    static final String MANCHESTER_CHILDRENS_SOCIAL_CARE = """
            { spend(filter: {places: [\\"E08000003\\"], agencies: [\\"E08000003\\"], services: [\\"childrens-social-care\\"],
              years: [\\"2022-23\\"]}) { rows { total } } }""".replace("\n", " ");

    @TempDir
    static Path newHome;
    @TempDir
    static Path elsewhere;

    @Test
    @Order(1)
    void fromAnotherFolderWithANewHomeItStartsItsOwnDatabaseAndLoadsTheDemoData() throws Exception {
        String log = serveFrom(elsewhere, Duration.ofMinutes(4));

        assertThat(log).contains("Shipped data in " + REPOSITORY.resolve("data"))
                .contains("Embedded PostgreSQL on port").contains(newHome.resolve(".wholeplace/pgdata").toString())
                .contains("Empty database: loading the demo data from " + REPOSITORY.resolve("data"));
    }

    @Test
    @Order(2)
    void fromTheRepositoryRoot() throws Exception {
        assertThat(serveFrom(REPOSITORY, Duration.ofMinutes(2)))
                .contains("Shipped data in " + REPOSITORY.resolve("data"));
    }

    @Test
    @Order(3)
    void fromTheBackendFolder() throws Exception {
        assertThat(serveFrom(REPOSITORY.resolve("backend"), Duration.ofMinutes(2)))
                .contains("Shipped data in " + REPOSITORY.resolve("data"));
    }

    /** Starts the jar in the folder, asks it for a real figure, stops it, and gives what it logged. */
    private static String serveFrom(Path workingDirectory, Duration startUpWithin) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile(elsewhere, "backend", ".log");
        Process backend = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Duser.home=" + newHome, "-jar", JAR.toString(), "--server.port=" + port))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        try {
            String answer = awaitAnswer(port, startUpWithin, backend, log);
            assertThat(answer).contains("\"total\":\"152532000.00\"");
        } finally {
            backend.destroy();
            assertThat(backend.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return Files.readString(log);
    }

    private static String awaitAnswer(int port, Duration within, Process backend, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(backend.isAlive()).as("the backend stopped: %s", Files.readString(log)).isTrue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"query\": \"" + MANCHESTER_CHILDRENS_SOCIAL_CARE + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYetListening) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no answer within " + within + ": " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
