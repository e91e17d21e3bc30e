package org.wholeplace.provenance;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wholeplace.WholePlaceTest;

/** {@code /imports/{id}}: where the viewer's source lines lead, a batch as JSON. */
@WholePlaceTest
class ImportBatchEndpointTest {

    @Autowired
    WebTestClient web;
    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aBatchAsJsonWithItsProvenance() {
        String id = graphQl.document("{ imports(kind: \"rsx\") { id fileName } }").execute()
                .path("imports[?(@.fileName == 'RSX_2022-23.csv')].id").entityList(String.class).get().getFirst();

        web.get().uri("/imports/" + id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.fileName").isEqualTo("RSX_2022-23.csv")
                .jsonPath("$.kind").isEqualTo("rsx")
                .jsonPath("$.licence").isEqualTo("Open Government Licence v3.0")
                .jsonPath("$.synthetic").isEqualTo(false)
                // data/README.md's SHA-256 of the shipped file
                .jsonPath("$.sha256").isEqualTo("4f8520a0172e34ebca751893556de65fb0aa21dce35c797d1ed81b233c0d2227");
    }

    @Test
    void anUnknownBatchIsNotFound() {
        web.get().uri("/imports/987654321").exchange().expectStatus().isNotFound();
    }
}
