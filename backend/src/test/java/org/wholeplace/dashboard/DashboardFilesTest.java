package org.wholeplace.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import graphql.schema.GraphQLSchema;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.graphql.execution.GraphQlSource;
import org.wholeplace.WholePlaceTest;

/**
 * Dashboard files checked as the backend reads them, against the schema it serves: every problem names the file,
 * the line and the reason; a folder with any problem does not start; a file changed while it runs is served anew, or
 * its last sound version kept.
 */
@WholePlaceTest
class DashboardFilesTest {

    /** A sound dashboard: line 13 is its document's first, line 15 the one selecting the rows' fields. */
    static final String SOUND = """
            id: test
            title: Test
            description: A dashboard for the tests
            audience: analyst
            tags: [test]
            filters:
              - {name: year, kind: year, default: 2022-23}
            panels:
              - id: per-head
                title: Per head
                kind: bar
                document: |
                  query($year: String!) {
                    spend(filter: {within: "E47000001", years: [$year]}, groupBy: [PLACE]) {
                      rows { place { name } perHead batches { id } }
                    }
                  }
                variables: {year: year}
                mapping: {rows: spend.rows, x: place.name, y: perHead}
                units: £ per head
                source: tests
            """;

    @Autowired
    GraphQlSource graphQl;
    @TempDir
    Path dir;

    private GraphQLSchema schema() {
        return graphQl.schema();
    }

    private List<String> problemsOf(String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("test.yaml"), yaml);
        return DashboardFile.read(file, schema()).problems().stream().map(DashboardProblem::toString).toList();
    }

    @Test
    void aSoundFileReads() throws IOException {
        Path file = Files.writeString(dir.resolve("test.yaml"), SOUND);
        DashboardFile.Read read = DashboardFile.read(file, schema());

        assertThat(read.problems()).isEmpty();
        Panel panel = read.dashboard().panel("per-head").orElseThrow();
        assertThat(panel.kind()).isEqualTo(PanelKind.BAR);
        assertThat(panel.variables()).containsEntry("year", "year");
        assertThat(panel.mapping()).isInstanceOfSatisfying(BarMapping.class, m -> {
            assertThat(m.rows()).isEqualTo("spend.rows");
            assertThat(m.y()).containsExactly("perHead");
        });
        assertThat(panel.reads()).extracting(Enum::name).contains("RSX", "RA", "SPEND", "POPULATION")
                .doesNotContain("FINGERTIPS");
    }

    @Test
    void anUnknownKeyIsNamedAtItsLine() throws IOException {
        assertThat(problemsOf(SOUND.replace("    kind: bar\n", "    kind: bar\n    colour: blue\n")))
                .containsExactly("test.yaml:12: unknown key 'colour' at /panels/0");
        assertThat(problemsOf(SOUND.replace("kind: bar", "kind: pie"))).singleElement().asString()
                .startsWith("test.yaml:11: /panels/0/kind: ");
    }

    @Test
    void aBindingToAMissingFilterIsNamed() throws IOException {
        assertThat(problemsOf(SOUND.replace("variables: {year: year}", "variables: {year: yaer}")))
                .containsExactly("test.yaml:18: panel 'per-head' binds $year to filter 'yaer', which the dashboard "
                        + "does not have; its filters: year");
    }

    /** The document's line 3 is the file's line 15: the problem is named where an editor shows it. */
    @Test
    void aDocumentThatDoesNotValidateAgainstTheServedSchemaIsNamedAtItsLine() throws IOException {
        assertThat(problemsOf(SOUND.replace("perHead batches", "perHed batches"))).anySatisfy(p -> assertThat(p)
                .startsWith("test.yaml:15: panel 'per-head': the GraphQL document does not validate against the "
                        + "served schema: ")
                .contains("perHed"));
    }

    @Test
    void aMappedFieldTheDocumentDoesNotSelectIsNamed() throws IOException {
        assertThat(problemsOf(SOUND.replace("y: perHead}", "y: total}")))
                .containsExactly("test.yaml:12: panel 'per-head': mapping.y 'total' names a field the document does "
                        + "not select ('total')");
    }

    @Test
    void aPanelMustSelectTheBatchesItRestsOn() throws IOException {
        assertThat(problemsOf(SOUND.replace(" batches { id }", ""))).containsExactly("test.yaml:12: panel "
                + "'per-head': the document selects no import batch (batch { id } or batches { id }): the panel "
                + "could not say where its figures come from");
    }

    /** A document in a file of its own: its problems name that file and its line. */
    @Test
    void aDocumentFileBesideIsReadAndNamed() throws IOException {
        Files.writeString(dir.resolve("per-head.graphql"), """
                query($year: String!) {
                  spend(filter: {within: "E47000001", years: [$year]}, groupBy: [PLACE]) {
                    rows { place { name } perHed batches { id } }
                  }
                }
                """);
        String yaml = SOUND.substring(0, SOUND.indexOf("    document: |")) + "    documentFile: per-head.graphql\n"
                + SOUND.substring(SOUND.indexOf("    variables:"));
        assertThat(problemsOf(yaml)).anySatisfy(p -> assertThat(p).startsWith("per-head.graphql:3: panel "
                + "'per-head': the GraphQL document does not validate"));
    }

    @Test
    void aFolderWithAProblemDoesNotStartNamingEveryOne() throws IOException {
        Files.writeString(dir.resolve("good.yaml"), SOUND);
        Files.writeString(dir.resolve("bad.yaml"), SOUND.replace("id: test", "id: bad")
                .replace("audience: analyst", "audience: everyone"));

        assertThatThrownBy(() -> new DashboardCatalogue(dir, schema(), changed -> { }))
                .isInstanceOfSatisfying(DashboardFolderException.class, e -> {
                    assertThat(e).hasMessageContaining("have problems:\n  bad.yaml:4: /audience: ");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.file()).isEqualTo("bad.yaml");
                        assertThat(p.line()).isEqualTo(4);
                    });
                    // reported as Spring Boot reports a start that failed for its configuration
                    FailureAnalysis analysis = new DashboardFailureAnalyzer().analyze(new IllegalStateException(
                            "wrapped", e));
                    assertThat(analysis.getDescription()).isEqualTo(e.getMessage());
                    assertThat(analysis.getAction()).contains("dashboard.schema.json")
                            .contains("wholeplace.dashboards.directory");
                });
    }

    @Test
    void twoFilesWithOneIdAreAProblem() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), SOUND);
        Files.writeString(dir.resolve("b.yaml"), SOUND);

        assertThatThrownBy(() -> new DashboardCatalogue(dir, schema(), changed -> { }))
                .hasMessageContaining("b.yaml:1: dashboard id 'test' is the id of a.yaml already");
    }

    /**
     * Changed while watched: a sound change is served (and told), a change with a problem keeps the last sound
     * version and lists the problem, and mending it serves it again. The time each took is printed; the backend
     * reads the folder again once it has been quiet for 0.2 s.
     */
    @Test
    void aFileChangedWhileWatchedIsServedOrItsLastSoundVersionKept() throws IOException {
        Files.writeString(dir.resolve("test.yaml"), SOUND);
        List<String> told = new CopyOnWriteArrayList<>();
        try (var catalogue = new DashboardCatalogue(dir, schema(), changed -> told.add(changed.title()))) {
            catalogue.watch();
            List<Long> millis = new ArrayList<>();

            long start = System.nanoTime();
            Files.writeString(dir.resolve("test.yaml"), SOUND.replace("title: Test", "title: Retitled"));
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() ->
                    catalogue.dashboard("test").orElseThrow().title().equals("Retitled"));
            millis.add((System.nanoTime() - start) / 1_000_000);
            // told once the reload is served, so a moment after it may be seen
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !told.isEmpty());
            assertThat(told).containsExactly("Retitled");

            start = System.nanoTime();
            Files.writeString(dir.resolve("test.yaml"), SOUND.replace("title: Test", "title: Broken")
                    .replace("kind: bar", "kind: pie"));
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() ->
                    !catalogue.problems().isEmpty());
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(catalogue.dashboard("test").orElseThrow().title()).isEqualTo("Retitled");
            assertThat(catalogue.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("test.yaml");
                assertThat(p.line()).isEqualTo(11);
            });

            Files.writeString(dir.resolve("test.yaml"), SOUND.replace("title: Test", "title: Mended"));
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() ->
                    catalogue.problems().isEmpty() && catalogue.dashboard("test").orElseThrow().title()
                            .equals("Mended"));
            System.out.println("Dashboard reloads took " + millis + " ms (sound change, change with a problem)");
        }
    }
}
