package org.wholeplace.duplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.WholePlaceTest;

/**
 * The shipped revenue outturn files alone. Every authority there is its own place and agency, except that Greater
 * Manchester Police's spend is recorded against Greater Manchester, where the GMCA also spends; the two share one
 * service, central services (net current expenditure, £ thousand, from the RSX files):
 * 2022-23 GMCA 15,646, GMP 28; 2021-22 GMCA 825, GMP 21.
 */
@WholePlaceTest
class RealDataHotspotTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void theOnlyRealOverlapIsGreaterManchestersCentralServices() {
        // in the RSX years (the RS years add the GMCA's and GM Police's central services of 2011-12 onwards)
        var response = graphQl.documentName("hotspots").variable("filter", Map.of("includeSynthetic", false,
                "years", List.of("2021-22", "2022-23"))).execute();

        response.path("duplicationHotspots.rowCount").entity(Integer.class).isEqualTo(2);
        response.path("duplicationHotspots.hotspots[*].place.code").entityList(String.class)
                .containsExactly("E47000001", "E47000001");
        response.path("duplicationHotspots.hotspots[*].service.code").entityList(String.class)
                .containsExactly("central", "central");
        response.path("duplicationHotspots.hotspots[*].year.label").entityList(String.class)
                .containsExactly("2022-23", "2021-22");
        response.path("duplicationHotspots.hotspots[*].total").entityList(String.class)
                .containsExactly("15674000.00", "846000.00");
        response.path("duplicationHotspots.hotspots[0].agencies[*].agency.code").entityList(String.class)
                .containsExactly("E47000001", "E23000005");
        response.path("duplicationHotspots.hotspots[0].agencies[*].amount").entityList(String.class)
                .containsExactly("15646000.00", "28000.00");
        // 2022-23: HHI = (15,646² + 28²) / 15,674² = 0.996433587; score = 15,674,000 × 0.003566413 = 55,899.96
        // 2021-22: HHI = (825² + 21²) / 846² = 0.951586942; score = 846,000 × 0.048413058 = 40,957.45
        response.path("duplicationHotspots.hotspots[*].score").entityList(String.class)
                .containsExactly("55899.96", "40957.45");
        response.path("duplicationHotspots.hotspots[1].hhi").entity(Double.class)
                .satisfies(hhi -> assertThat(hhi).isCloseTo(0.951586942306725, within(1e-12)));
        response.path("duplicationHotspots.hotspots[*].synthetic").entityList(Boolean.class)
                .containsExactly(false, false);
        // the lines behind each cell: the authorities' returns of its year
        var batches = graphQl.document("""
                { duplicationHotspots(filter: {includeSynthetic: false, years: ["2021-22", "2022-23"]}) {
                    hotspots { batches { fileName } } } }""")
                .execute();
        batches.path("duplicationHotspots.hotspots[0].batches[*].fileName").entityList(String.class)
                .containsExactly("RSX_2022-23.csv");
        batches.path("duplicationHotspots.hotspots[1].batches[*].fileName").entityList(String.class)
                .containsExactly("RSX_2021-22.csv");
        // Greater Manchester's peers are England's other places with a population estimate: Warrington alone
        response.path("duplicationHotspots.hotspots[0].comparison").valueIsNull();
        response.path("duplicationHotspots.hotspots[0].explanation").entity(String.class).isEqualTo(
                "Greater Manchester, Central services, 2022-23: £15.7m from 2 agencies: Greater Manchester "
                        + "Combined Authority 100%, Greater Manchester Police under 1%. Fragmentation 0.00 (as if 1.0 "
                        + "agencies shared it equally); hotspot score £55.9k. £5.37 per head.");
    }

    /** Health and social care integration is adult social care and public health in the shipped classification. */
    @Test
    void theMatrixOfAThemeHasEveryBoroughsCells() {
        var matrix = graphQl.documentName("duplicationMatrix").variable("theme", "health-and-social-care")
                .variable("year", "2022-23").variable("includeSynthetic", false).execute();

        matrix.path("duplicationMatrix.places[*].code").entityList(String.class).hasSize(10)
                .contains("E08000001", "E08000010");
        matrix.path("duplicationMatrix.services[*].code").entityList(String.class)
                .containsExactly("adult-social-care", "public-health");
        matrix.path("duplicationMatrix.cells").entityList(Object.class).hasSize(20);
        // Manchester, from the 2022-23 RSX file: adult social care 213,107, public health 55,704 (£ thousand)
        matrix.path("duplicationMatrix.cells[?(@.place.code == 'E08000003')].total").entityList(String.class)
                .containsExactly("213107000.00", "55704000.00");
        matrix.path("duplicationMatrix.cells[?(@.place.code == 'E08000003')].agencyCount").entityList(Integer.class)
                .containsExactly(1, 1);
        matrix.path("duplicationMatrix.cells[?(@.place.code == 'E08000003')].score").entityList(String.class)
                .containsExactly("0.00", "0.00");
    }
}
