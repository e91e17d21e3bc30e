package org.wholeplace.duplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;

/**
 * The duplication measures on hand-made spend for 2019-20, a year no shipped file covers, so nothing else is in the
 * cells. Every expected figure is worked out by hand in the comments; populations are the population file's mid-2019
 * estimates (Bolton 294,888, Bury 193,763, Manchester 545,947, Oldham 242,077, Rochdale 222,042; Greater Manchester's
 * ten boroughs 2,847,959).
 */
@WholePlaceTest
class HotspotFixtureTest {

    /** Half of Bolton's cultural spend, Bury's, Bury's "other", and planning spend in five boroughs. */
    static final String ONE = """
            place,agency,service,financial_year,amount
            E08000001,E08000001,cultural,2019-20,250.00
            E08000001,nhs-gm,cultural,2019-20,250.00
            E08000002,E08000002,cultural,2019-20,1000.00
            E08000002,E08000002,other,2019-20,2000.00
            E08000002,nhs-gm,other,2019-20,500.00
            E08000001,E08000001,planning,2019-20,2948880.00
            E08000002,E08000002,planning,2019-20,2325156.00
            E08000003,E08000003,planning,2019-20,7643258.00
            E08000004,E08000004,planning,2019-20,3873232.00
            E08000005,E08000005,planning,2019-20,6661260.00
            E08000005,dwp,planning,2019-20,2220420.00
            """;
    /** The other half of Bolton's cultural spend, and NHS GM's city-region-wide "other" spend, apportioned. */
    static final String TWO = """
            place,agency,service,financial_year,amount,apportion_by
            E08000001,dwp,cultural,2019-20,250.00,
            E08000001,probation,cultural,2019-20,250.00,
            E47000001,nhs-gm,other,2019-20,10000.00,population
            """;

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    HttpGraphQlTester graphQl;

    /** Each file its own source: two files of one source and period would be versions, the later replacing. */
    private void load(String name, String csv) {
        imports.load(ImportKind.SPEND, name,
                new Provenance("Duplication fixture " + name, "tests", "none", null, false), csv);
    }

    private HttpGraphQlTester.Response hotspots(Map<String, Object> filter) {
        return graphQl.documentName("hotspots").variable("filter", filter).variable("limit", 100).execute();
    }

    private static Map<String, Object> in2019(String service) {
        return Map.of("years", List.of("2019-20"), "services", List.of(service));
    }

    @Test
    void equalSharesOfNAgenciesGiveFragmentationOneMinusOneOverN() {
        load("one.csv", ONE);
        load("two.csv", TWO);

        var response = hotspots(in2019("cultural"));

        // Bolton: four agencies of £250 each; Bury: one agency, never a hotspot
        response.path("duplicationHotspots.rowCount").entity(Integer.class).isEqualTo(1);
        response.path("duplicationHotspots.hotspots[0].place.code").entity(String.class).isEqualTo("E08000001");
        response.path("duplicationHotspots.hotspots[0].total").entity(String.class).isEqualTo("1000.00");
        response.path("duplicationHotspots.hotspots[0].agencyCount").entity(Integer.class).isEqualTo(4);
        // HHI = 4 × 0.25² = 0.25; fragmentation = 1 − 1/4; effective agencies 1/0.25; score 1,000 × 0.75
        response.path("duplicationHotspots.hotspots[0].hhi").entity(Double.class)
                .satisfies(hhi -> assertThat(hhi).isCloseTo(0.25, within(1e-12)));
        response.path("duplicationHotspots.hotspots[0].fragmentation").entity(Double.class)
                .satisfies(f -> assertThat(f).isCloseTo(0.75, within(1e-12)));
        response.path("duplicationHotspots.hotspots[0].effectiveAgencies").entity(Double.class)
                .satisfies(n -> assertThat(n).isCloseTo(4.0, within(1e-12)));
        response.path("duplicationHotspots.hotspots[0].score").entity(String.class).isEqualTo("750.00");
        response.path("duplicationHotspots.hotspots[0].agencies[*].share").entityList(Double.class)
                .containsExactly(0.25, 0.25, 0.25, 0.25);
        // two places spend on it: too few to compare
        response.path("duplicationHotspots.hotspots[0].comparison").valueIsNull();
        response.path("duplicationHotspots.hotspots[0].synthetic").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void oneAgencyIsNeverAHotspotButShowsInTheTrendWithNoFragmentation() {
        load("one.csv", ONE);

        // oldest first: the RS years, 2019-20 from the fixture, then the two RSX years
        var trend = graphQl.documentName("hotspotTrend").variable("place", "E08000002").variable("service", "cultural")
                .execute();
        trend.path("hotspotTrend[*].year.label").entityList(String.class)
                .containsExactly("2010-11", "2011-12", "2012-13", "2013-14", "2017-18", "2019-20", "2021-22", "2022-23");
        trend.path("hotspotTrend[5].agencyCount").entity(Integer.class).isEqualTo(1);
        trend.path("hotspotTrend[5].fragmentation").entity(Double.class).isEqualTo(0.0);
        trend.path("hotspotTrend[5].score").entity(String.class).isEqualTo("0.00");
        hotspots(Map.of("years", List.of("2019-20"), "places", List.of("E08000002"), "services",
                List.of("cultural"))).path("duplicationHotspots.rowCount").entity(Integer.class).isEqualTo(0);
        graphQl.documentName("hotspots").variable("minAgencies", 1).execute()
                .errors().expect(e -> e.getMessage().startsWith("minAgencies must be at least 2")).verify();
    }

    @Test
    void apportionedAndDirectSpendOfOneAgencyCombine() {
        load("one.csv", ONE);
        load("two.csv", TWO);

        var response = hotspots(in2019("other"));

        // NHS GM's £10,000 over the ten boroughs by population, to the penny: Bury 10,000 × 193,763 / 2,847,959
        // = 680.3608... → 680.36; with its direct £500, NHS GM pays 1,180.36 in Bury, beside Bury Council's 2,000.
        response.path("duplicationHotspots.rowCount").entity(Integer.class).isEqualTo(1);
        response.path("duplicationHotspots.hotspots[0].place.code").entity(String.class).isEqualTo("E08000002");
        response.path("duplicationHotspots.hotspots[0].total").entity(String.class).isEqualTo("3180.36");
        response.path("duplicationHotspots.hotspots[0].apportioned").entity(String.class).isEqualTo("680.36");
        response.path("duplicationHotspots.hotspots[0].agencies[*].agency.code").entityList(String.class)
                .containsExactly("E08000002", "nhs-gm");
        response.path("duplicationHotspots.hotspots[0].agencies[*].amount").entityList(String.class)
                .containsExactly("2000.00", "1180.36");
        response.path("duplicationHotspots.hotspots[0].agencies[1].apportioned").entity(String.class)
                .isEqualTo("680.36");
        // HHI = (2,000² + 1,180.36²) / 3,180.36² = 0.533209606...; score = 3,180.36 × 0.466790393... = 1,484.56
        response.path("duplicationHotspots.hotspots[0].hhi").entity(Double.class)
                .satisfies(hhi -> assertThat(hhi).isCloseTo(0.5332096064021614, within(1e-12)));
        response.path("duplicationHotspots.hotspots[0].score").entity(String.class).isEqualTo("1484.56");
        response.path("duplicationHotspots.hotspots[0].explanation").entity(String.class)
                .satisfies(text -> assertThat(text).contains("£680.36 of it is apportioned"));
    }

    @Test
    void aPlaceIsComparedWithTheMedianOfItsCityRegionsPlaces() {
        load("one.csv", ONE);

        var response = hotspots(in2019("planning"));

        // planning per head: Bolton 10, Bury 12, Manchester 14, Oldham 16, Rochdale 30 + 10 (DWP) = 40.
        // Median 14; deviations 4, 2, 0, 2, 26 → MAD 2; Rochdale: ratio 40 / 14, robust z 26 / (1.4826 × 2)
        response.path("duplicationHotspots.rowCount").entity(Integer.class).isEqualTo(1);
        response.path("duplicationHotspots.hotspots[0].place.code").entity(String.class).isEqualTo("E08000005");
        response.path("duplicationHotspots.hotspots[0].total").entity(String.class).isEqualTo("8881680.00");
        response.path("duplicationHotspots.hotspots[0].perHead").entity(String.class).isEqualTo("40.00");
        // shares 0.75, 0.25: HHI 0.625, score 8,881,680 × 0.375
        response.path("duplicationHotspots.hotspots[0].score").entity(String.class).isEqualTo("3330630.00");
        response.path("duplicationHotspots.hotspots[0].comparison.peerGroup.code").entity(String.class)
                .isEqualTo("E47000001");
        response.path("duplicationHotspots.hotspots[0].comparison.peers").entity(Integer.class).isEqualTo(5);
        response.path("duplicationHotspots.hotspots[0].comparison.medianPerHead").entity(String.class)
                .isEqualTo("14.00");
        response.path("duplicationHotspots.hotspots[0].comparison.ratioToMedian").entity(Double.class)
                .satisfies(r -> assertThat(r).isCloseTo(40.0 / 14, within(1e-9)));
        response.path("duplicationHotspots.hotspots[0].comparison.robustZ").entity(Double.class)
                .satisfies(z -> assertThat(z).isCloseTo(26 / (1.4826 * 2), within(1e-9)));
        response.path("duplicationHotspots.hotspots[0].explanation").entity(String.class).isEqualTo(
                "Rochdale, Planning and development services, 2019-20: £8.9m from 2 agencies: Rochdale Borough "
                        + "Council 75%, Department for Work and Pensions (Jobcentre Plus) 25%. Fragmentation 0.38 "
                        + "(as if 1.6 agencies shared it equally); hotspot score £3.3m. £40.00 per head, 2.86 times "
                        + "the median of Greater Manchester's 5 places (£14.00), robust z 8.8.");
    }

    @Test
    void theOrderOfImportChangesNothing() {
        load("one.csv", ONE);
        load("two.csv", TWO);
        Object oneThenTwo = hotspots(Map.of("years", List.of("2019-20"))).path("duplicationHotspots")
                .entity(Map.class).get();
        imports.removeWhatWasLoaded();

        load("two.csv", TWO);
        load("one.csv", ONE);
        Object twoThenOne = hotspots(Map.of("years", List.of("2019-20"))).path("duplicationHotspots")
                .entity(Map.class).get();

        assertThat(twoThenOne).isEqualTo(oneThenTwo);
        assertThat(twoThenOne.toString()).contains("E08000001", "E08000002", "E08000005");
    }

    /**
     * Payment-level data: the transparency sample has Manchester City Council paying Acorn Fostering Ltd £1,250.00
     * and £750.50 for children's social care in 2022-23; NHS GM's own file pays the same supplier £3,000.00.
     */
    @Test
    void aSupplierPaidByTwoAgenciesFromPaymentLevelData() throws Exception {
        Path payments = Path.of(getClass().getResource("/samples/transparency-example.csv").toURI());
        Path mapping = Path.of(getClass().getResource("/samples/transparency-example.yaml").toURI());
        imports.load(ImportKind.TRANSPARENCY, payments, null, mapping);
        load("nhs.csv", """
                place,agency,service,financial_year,measure,supplier,amount
                E08000003,nhs-gm,childrens-social-care,2022-23,total-expenditure,Acorn Fostering Ltd,3000.00
                """);

        var overlaps = graphQl.documentName("supplierOverlaps").variable("filter", Map.of("places",
                List.of("E08000003"), "measure", "total-expenditure")).execute();

        overlaps.path("supplierOverlaps[*].supplier").entityList(String.class).containsExactly("Acorn Fostering Ltd");
        overlaps.path("supplierOverlaps[0].year.label").entity(String.class).isEqualTo("2022-23");
        overlaps.path("supplierOverlaps[0].total").entity(String.class).isEqualTo("5000.50");
        overlaps.path("supplierOverlaps[0].agencies[*].agency.code").entityList(String.class)
                .containsExactly("nhs-gm", "E08000003");
        overlaps.path("supplierOverlaps[0].agencies[*].amount").entityList(String.class)
                .containsExactly("3000.00", "2000.50");
    }
}
