package org.wholeplace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceApplication;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.db.DatabaseEndpoint;
import org.wholeplace.place.ingest.PopulationImporterTest;
import reactor.core.publisher.Mono;

/** The command line, run as a separate process the way an administrator runs it, and killed half-way. */
@WholePlaceTest
class ImportCommandTest {

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    DSLContext dsl;
    @TempDir
    Path dir;

    private static ProcessBuilder importProcess(String... args) {
        return importProcess(TestDatabase.endpoint(), args);
    }

    private static ProcessBuilder importProcess(DatabaseEndpoint database, String... args) {
        return ImportProcess.of(database, args);
    }

    /**
     * Even into an empty database, with the demo data and the catalogues within reach, the command loads the one file
     * it is given: its batch is the database's first.
     */
    @Test
    void intoAnEmptyDatabaseOnlyTheGivenFileIsLoaded() throws Exception {
        DatabaseEndpoint server = TestDatabase.endpoint();
        var empty = new DatabaseEndpoint(server.host(), server.port(), "wholeplace_cli_" + ProcessHandle.current().pid(),
                server.user(), server.password());
        Mono.from(dsl.query("create database " + empty.database())).block();
        try {
            Process process = importProcess(empty, "population", PopulationImporterTest.POPULATION.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor()).isEqualTo(0);
            assertThat(output).contains("loaded gm_population_mid_year_2010_2024.csv as batch 1:");
        } finally {
            Mono.from(dsl.query("drop database if exists " + empty.database() + " with (force)")).block();
        }
    }

    /** Alike problems come once, with how many rows have them: what an administrator reads in the terminal. */
    @Test
    void aRefusedFileTellsEachDistinctProblemOnceWithItsCount() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad-population.csv"), """
                ons_code,mid_year,population
                E08000001,2031,many
                E08000002,2031,many
                E08000003,2031,many
                E0800000X,2031,1
                """);

        Process process = importProcess("population", bad.toString()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(output).contains("Rejected, nothing loaded: 4 problem(s)\n"
                + "  bad-population.csv [population]: 3 rows: 'many' is not a positive whole number (lines 2, 3, 4)\n"
                + "  bad-population.csv:5 [ons_code]: unknown place code 'E0800000X'");
    }

    @Test
    void wrongUsageSaysHowAndExits2() {
        var err = new ByteArrayOutputStream();
        int status = ImportCommand.run(WholePlaceApplication.class, new String[] {"horoscopes", "x.csv"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown kind 'horoscopes'")
                .contains("kinds: rsx, rs, ra, population, spend");
    }

    @Test
    void aFileAlreadyLoadedIsReportedAndChangesNothing() throws Exception {
        Process process = importProcess("population", PopulationImporterTest.POPULATION.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(0);
        assertThat(output).contains("gm_population_mid_year_2010_2024.csv is already loaded as batch");
    }

    /** SIGKILL while COPY streams: PostgreSQL rolls back the open transaction; no batch, no line survives. */
    @Test
    void aProcessKilledHalfwayLeavesNoPartialBatch() throws Exception {
        Path big = dir.resolve("big.csv");
        try (var out = Files.newBufferedWriter(big)) {
            out.write("place,agency,service,financial_year,supplier,amount\n");
            for (int i = 0; i < 400_000; i++) {
                out.write("E08000003,E08000003,education,2022-23,Supplier " + i + ",1.00\n");
            }
        }
        String sha256 = StreamedFile.of(big).sha256();
        int linesBefore = Mono.from(dsl.selectCount().from(SPEND_LINE)).block().value1();
        imports.loadedElsewhere("big.csv");

        Process process = importProcess("spend", big.toString(), "--source", "Kill test", "--publisher", "tests",
                "--licence", "none", "--synthetic").redirectErrorStream(true).start();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int c;
        StringBuilder seen = new StringBuilder();
        while ((c = output.read()) >= 0 && !seen.toString().contains("[#")) {   // the progress bar: COPY is under way
            seen.append((char) c);
        }
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.toString()).contains("[#");

        awaitNoCopyRunning();
        assertThat(Mono.from(dsl.selectCount().from(IMPORT_BATCH).where(IMPORT_BATCH.SHA256.eq(sha256)))
                .block().value1()).isZero();
        assertThat(Mono.from(dsl.selectCount().from(SPEND_LINE)).block().value1()).isEqualTo(linesBefore);
    }

    private void awaitNoCopyRunning() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            int copying = Mono.from(dsl.selectCount().from("pg_stat_activity")
                    .where("query like 'COPY spend_line%' and datname = current_database()")).block().value1();
            if (copying == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the killed import's COPY is still running after 20 s");
    }

}
