package org.wholeplace.ingest;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.place.ingest.PopulationImporterTest;
import org.wholeplace.spend.ingest.SpendCsvImportTest;

/** The admin upload over HTTP: refused without the credential, the same import code as the command line with it. */
@WholePlaceTest
class AdminImportTest {

    static final String SPEND_QUERY = "/admin/imports/spend?source=Test agency returns&publisher=Whole Place tests"
            + "&licence=Open Government Licence v3.0&synthetic=true";

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    WebTestClient web;

    private WebTestClient.RequestBodySpec post(String uri, String token) {
        var request = web.post().uri(uri).contentType(MediaType.TEXT_PLAIN).header("X-File-Name", "upload.csv");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    @Test
    void refusedWithoutTheCredential() {
        post(SPEND_QUERY, null).bodyValue("place,agency\n").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").value(String.class,
                        m -> org.assertj.core.api.Assertions.assertThat(m).contains("Authorization: Bearer"));
        post(SPEND_QUERY, "not-the-token").bodyValue("place,agency\n").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void loadsASpendFileWithTheCredential() throws Exception {
        String csv = Files.readString(SpendCsvImportTest.sample());
        imports.loadedElsewhere("upload.csv");

        post(SPEND_QUERY, TestDatabase.ADMIN_TOKEN).bodyValue(csv).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.alreadyLoaded").isEqualTo(false)
                .jsonPath("$.batch.fileName").isEqualTo("upload.csv")
                .jsonPath("$.batch.rowsLoaded").isEqualTo(4)
                .jsonPath("$.batch.source").isEqualTo("Test agency returns")
                .jsonPath("$.batch.loadedBy").value(String.class,
                        by -> org.assertj.core.api.Assertions.assertThat(by).startsWith("admin upload from"));
    }

    @Test
    void theShippedPopulationFileIsAlreadyLoaded() throws Exception {
        byte[] population = Files.readAllBytes(PopulationImporterTest.POPULATION);

        post("/admin/imports/population", TestDatabase.ADMIN_TOKEN).bodyValue(population).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.alreadyLoaded").isEqualTo(true);
    }

    @Test
    void aBadFileGetsItsProblemsAnd422() {
        post(SPEND_QUERY, TestDatabase.ADMIN_TOKEN)
                .bodyValue("place,agency,service,financial_year,amount\nE08000003,E08000003,education,2022-23,lots\n")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.totalProblems").isEqualTo(1)
                .jsonPath("$.problems[0].file").isEqualTo("upload.csv")
                .jsonPath("$.problems[0].line").isEqualTo(2)
                .jsonPath("$.problems[0].field").isEqualTo("amount")
                .jsonPath("$.problems[0].reason").isEqualTo("'lots' is not an amount in pounds like 1234.56");
    }

    /** 1,200 rows with one mistake read as one line: its count and first lines, in the response as in the log. */
    @Test
    void alikeProblemsComeOnceWithTheirCountAndFirstLines() {
        StringBuilder csv = new StringBuilder("place,agency,service,financial_year,amount\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append("E08000003,E08000003,education,2022-23,lots\n");
        }
        csv.append("E08000003,E08000003,education,2019-2,5\n");

        post(SPEND_QUERY, TestDatabase.ADMIN_TOKEN).bodyValue(csv.toString()).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.totalProblems").isEqualTo(1_201)
                .jsonPath("$.problemGroups.length()").isEqualTo(2)
                .jsonPath("$.problemGroups[0].field").isEqualTo("amount")
                .jsonPath("$.problemGroups[0].reason").isEqualTo("'lots' is not an amount in pounds like 1234.56")
                .jsonPath("$.problemGroups[0].count").isEqualTo(1_200)
                .jsonPath("$.problemGroups[0].firstLines").isEqualTo(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
                .jsonPath("$.problemGroups[1].field").isEqualTo("financial_year")
                .jsonPath("$.problemGroups[1].count").isEqualTo(1)
                .jsonPath("$.problemGroups[1].firstLines").isEqualTo(List.of(1_202))
                .jsonPath("$.problems.length()").isEqualTo(100);
    }

    @Test
    void anUnknownKindOrMissingProvenanceIsRefused() {
        post("/admin/imports/horoscopes", TestDatabase.ADMIN_TOKEN).bodyValue("x").exchange()
                .expectStatus().isNotFound();
        post("/admin/imports/spend", TestDatabase.ADMIN_TOKEN).bodyValue("x").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").value(String.class,
                        m -> org.assertj.core.api.Assertions.assertThat(m).contains("source, publisher and licence"));
    }

}
