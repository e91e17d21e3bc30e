package org.wholeplace.spend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.place.ingest.PopulationImporterTest;
import reactor.core.publisher.Mono;

/**
 * The demo's generated multi-agency spend: loaded as the demo loader loads it, every row marked synthetic, the same
 * every time (a fixed seed), and marked wherever it reaches a figure.
 */
@WholePlaceTest
class SyntheticSpendTest {

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    SyntheticSpendDemo generator;
    @Autowired
    DSLContext dsl;
    @Autowired
    HttpGraphQlTester graphQl;

    ImportOutcome loaded;

    @BeforeEach
    void load() {
        loaded = imports.load(generator);
    }

    @Test
    void everyRowIsInOneSyntheticBatchAndTheSetIsTheSameEveryTime() {
        // 2 years × (10 boroughs × 14 streams + 1 city-region row), the city-region rows split over 10 boroughs
        assertThat(loaded.batch().synthetic()).isTrue();
        assertThat(loaded.batch().rowsRead()).isEqualTo(282);
        assertThat(Mono.from(dsl.selectCount().from(SPEND_LINE).where(SPEND_LINE.BATCH_ID.eq(loaded.batch().id())))
                .block().value1()).isEqualTo(300);
        assertThat(Mono.from(dsl.selectCount().from(SPEND_LINE).join(IMPORT_BATCH)
                        .on(IMPORT_BATCH.ID.eq(SPEND_LINE.BATCH_ID))
                        .where(SPEND_LINE.AGENCY_CODE.in("nhs-gm", "dwp", "probation", "gm-schools", "gm-vcse"))
                        .and(IMPORT_BATCH.SYNTHETIC.isFalse())).block().value1()).isZero();

        assertThat(imports.load(generator).alreadyLoaded()).isTrue();
    }

    @Test
    void hotspotsAndSpendSayWhenTheyIncludeGeneratedFigures() {
        var hotspots = graphQl.documentName("hotspots").variable("filter", Map.of("within", "E47000001",
                "years", List.of("2022-23"))).variable("limit", 1).execute();
        hotspots.path("duplicationHotspots.hotspots[0].synthetic").entity(Boolean.class).isEqualTo(true);
        hotspots.path("duplicationHotspots.hotspots[0].explanation").entity(String.class)
                .satisfies(text -> assertThat(text).endsWith("Includes generated (synthetic) figures, not published ones."));
        hotspots.path("duplicationHotspots.hotspots[0].agencies[?(@.agency.code == 'nhs-gm')].synthetic")
                .entityList(Boolean.class).containsExactly(true);

        var spend = graphQl.document("""
                { spend(filter: {places: ["E08000001"], years: ["2022-23"], services: ["adult-social-care"]},
                        groupBy: [AGENCY]) { rows { agency { code } synthetic } } }""").execute();
        spend.path("spend.rows[?(@.agency.code == 'E08000001')].synthetic").entityList(Boolean.class)
                .containsExactly(false);
        spend.path("spend.rows[?(@.agency.code == 'nhs-gm')].synthetic").entityList(Boolean.class)
                .containsExactly(true);

        // in the years the generated spend covers (the RSX years)
        graphQl.documentName("hotspots").variable("filter", Map.of("includeSynthetic", false,
                        "years", List.of("2021-22", "2022-23"))).execute()
                .path("duplicationHotspots.hotspots[*].service.code").entityList(String.class)
                .containsExactly("central", "central");
    }

    /**
     * Both streams paying Northern Pathways Ltd in Bolton in 2022-23, added up from the generated rows themselves (the
     * generator run on the population file's estimates for the ten boroughs, mid-2021 and mid-2022).
     */
    @Test
    void aSupplierPaidByTwoAgenciesIsReported() throws IOException {
        Map<String, Map<Integer, Integer>> population = new TreeMap<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(java.nio.file.Files.newBufferedReader(PopulationImporterTest.POPULATION))) {
            int year = Integer.parseInt(row.get("mid_year"));
            if (row.get("ons_code").startsWith("E08") && (year == 2021 || year == 2022)) {
                population.computeIfAbsent(row.get("ons_code"), code -> new HashMap<>())
                        .put(year, Integer.parseInt(row.get("population")));
            }
        }
        String csv = SyntheticMultiAgencySpend.csv(population, List.of(2021, 2022));
        BigDecimal dwp = BigDecimal.ZERO;
        BigDecimal probation = BigDecimal.ZERO;
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            if (row.get("place").equals("E08000001") && row.get("financial_year").equals("2022-23")
                    && row.get("supplier").equals("Northern Pathways Ltd")) {
                if (row.get("agency").equals("dwp")) {
                    dwp = dwp.add(new BigDecimal(row.get("amount")));
                } else if (row.get("agency").equals("probation")) {
                    probation = probation.add(new BigDecimal(row.get("amount")));
                }
            }
        }
        var overlaps = graphQl.documentName("supplierOverlaps").variable("filter", Map.of("places",
                List.of("E08000001"), "years", List.of("2022-23"), "services", List.of("planning"))).execute();

        overlaps.path("supplierOverlaps[*].supplier").entityList(String.class).containsExactly("Northern Pathways Ltd");
        overlaps.path("supplierOverlaps[0].agencies[*].agency.code").entityList(String.class)
                .containsExactly("dwp", "probation");
        overlaps.path("supplierOverlaps[0].agencies[*].amount").entityList(String.class)
                .containsExactly(dwp.setScale(2).toPlainString(), probation.setScale(2).toPlainString());
        overlaps.path("supplierOverlaps[0].synthetic").entity(Boolean.class).isEqualTo(true);
    }
}
