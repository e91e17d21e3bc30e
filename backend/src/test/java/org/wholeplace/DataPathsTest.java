package org.wholeplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.wholeplace.db.DatabaseEndpoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every path the backend reads at start is a setting of its own, derived from {@code wholeplace.home} and from no
 * other path: the shipped data folder pointed at a copy elsewhere (one Fingertips extract left out, so that what is
 * loaded shows which folder was read) moves nothing else. The catalogues, the synthetic programmes, the dashboards and
 * the boundaries are still found in the repository, and a first start on an empty database succeeds.
 */
class DataPathsTest {

    static final Path REPOSITORY = TestDatabase.repository();
    static final String LEFT_OUT = "neets.csv";
    static final HttpClient http = HttpClient.newHttpClient();
    static final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    static Path elsewhere;
    static Path copiedData;
    static ConfigurableApplicationContext server;

    @BeforeAll
    static void startWithTheDataFolderElsewhere() throws IOException {
        copiedData = elsewhere.resolve("data");
        FileSystemUtils.copyRecursively(REPOSITORY.resolve("data"), copiedData);
        Files.delete(copiedData.resolve("fingertips").resolve(LEFT_OUT));
        DatabaseEndpoint database = TestDatabase.newDatabase();
        server = new SpringApplicationBuilder(WholePlaceApplication.class).run("--server.port=0",
                "--spring.r2dbc.url=" + database.r2dbcUrl(), "--wholeplace.demo-data.synthetic=false",
                "--wholeplace.dashboards.watch=false", "--wholeplace.demo-data.directory=" + copiedData);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theShippedDataIsReadFromTheFolderItIsPointedAt() throws Exception {
        List<String> expected;
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("data/fingertips"))) {
            expected = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".csv") && !name.equals(LEFT_OUT)).sorted().toList();
        }

        assertThat(expected).hasSize(6);
        List<String> withTheDownload = new ArrayList<>(expected);
        withTheDownload.add("la_hospital_admissions_2324.csv");   // data/fingertips/official/
        assertThat(fileNames("fingertips")).containsExactlyInAnyOrderElementsOf(withTheDownload);
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("data/dfe"))) {
            assertThat(fileNames("dfe")).containsExactlyInAnyOrderElementsOf(
                    files.map(f -> f.getFileName().toString()).toList()).hasSize(3);
        }
        assertThat(fileNames("rsx")).containsExactlyInAnyOrder("RSX_2021-22.csv", "RSX_2022-23.csv");
        assertThat(fileNames("unit-costs")).containsExactly("gmca-unit-cost-database-v1.4.xlsx");
    }

    @Test
    void theCataloguesAndProgrammesAreStillFoundInTheRepository() throws Exception {
        assertThat(fileNames("classification")).containsExactly("service-themes.csv");
        assertThat(fileNames("indicators")).containsExactly("indicators.csv");
        assertThat(fileNames("appraisal-parameters")).containsExactly("appraisal-parameters.yaml");
        assertThat(fileNames("programme")).containsExactly("synthetic-programmes.yaml");
        assertThat(properties("wholeplace.demo-data.classification", "wholeplace.demo-data.indicators",
                "wholeplace.demo-data.appraisal-parameters", "wholeplace.demo-data.programmes",
                "wholeplace.dashboards.directory", "wholeplace.transparency.mappings", "wholeplace.boundaries.file",
                "wholeplace.dfe.mappings"))
                .containsExactly(REPOSITORY.resolve("classification/service-themes.csv"),
                        REPOSITORY.resolve("outcomes/indicators.csv"),
                        REPOSITORY.resolve("programmes/appraisal-parameters.yaml"),
                        REPOSITORY.resolve("programmes/synthetic-programmes.yaml"),
                        REPOSITORY.resolve("dashboard-config"),
                        REPOSITORY.resolve("transparency"),
                        REPOSITORY.resolve("data/boundaries/gm_local_authority_2023_super_generalised.geojson"),
                        REPOSITORY.resolve("outcomes/dfe"));
    }

    @Test
    void theDashboardsAndTheBoundariesAreStillServedFromTheRepository() throws Exception {
        List<String> shipped;
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("dashboard-config"))) {
            shipped = files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).toList();
        }
        List<String> served = json.readTree(graphql("{ dashboards { id } }")).path("data").path("dashboards")
                .findValuesAsString("id");

        assertThat(served).hasSize(11).containsExactlyInAnyOrderElementsOf(shipped);
        HttpResponse<byte[]> boundaries = http.send(HttpRequest.newBuilder(
                URI.create(base() + "/boundaries/greater-manchester.geojson")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(boundaries.statusCode()).isEqualTo(200);
        assertThat(boundaries.body()).isEqualTo(Files.readAllBytes(
                REPOSITORY.resolve("data/boundaries/gm_local_authority_2023_super_generalised.geojson")));
    }

    private static List<Path> properties(String... names) {
        return Stream.of(names).map(name -> Path.of(server.getEnvironment().getProperty(name)).toAbsolutePath()
                .normalize()).toList();
    }

    private static List<String> fileNames(String kind) throws Exception {
        JsonNode imports = json.readTree(graphql("{ imports(kind: \"" + kind + "\") { fileName current } }"))
                .path("data").path("imports");
        assertThat(imports.findValuesAsString("current")).as(kind).allMatch("true"::equals);
        return imports.findValuesAsString("fileName");
    }

    private static String base() {
        return "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }

    private static String graphql(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
