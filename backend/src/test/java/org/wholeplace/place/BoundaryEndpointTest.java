package org.wholeplace.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.wholeplace.WholePlaceTest;

/** The boroughs' boundaries the viewer's maps draw: the shipped ONS file, as shipped. */
@WholePlaceTest
class BoundaryEndpointTest {

    @Autowired
    WebTestClient web;

    @Test
    void theTenBoroughsAsGeoJson() {
        web.get().uri("/boundaries/greater-manchester.geojson").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/geo+json")
                .expectBody()
                .jsonPath("$.features.length()").isEqualTo(10)
                .jsonPath("$.features[*].properties.area_code").value(codes -> assertThat(codes)
                        .asInstanceOf(InstanceOfAssertFactories.list(String.class))
                        .containsExactlyInAnyOrder("E08000001", "E08000002", "E08000003", "E08000004", "E08000005",
                                "E08000006", "E08000007", "E08000008", "E08000009", "E08000010"));
    }
}
