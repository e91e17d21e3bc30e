package org.wholeplace.outcome.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.INDICATOR_THEME;
import static org.wholeplace.db.generated.Tables.OBSERVATION;
import static org.wholeplace.outcome.ingest.CurrentObservations.current;
import static org.wholeplace.outcome.ingest.CurrentObservations.currentBatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.provenance.ImportKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The three DfE explore-education-statistics files shipped in {@code data/dfe/}, loaded at first start through their
 * mappings in {@code outcomes/dfe/}, and releases that differ from them. Expected figures were read from the files with
 * Python's csv module (line numbers given), not with the code under test.
 */
@WholePlaceTest
class DfeImportTest {

    private static final String CIN = "b1_children_in_need_2013_to_2025.csv";

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    DSLContext dsl;
    @TempDir
    Path dir;

    private static Path shipped(String name) {
        return TestDatabase.data().resolve("dfe").resolve(name);
    }

    @Test
    void theThreeShippedReleasesAreLoadedThroughTheirMappings() {
        // rows; observations (b1 and d3: two indicators a row; cla: one, each population_count its own indicator)
        var cin = currentBatch(dsl, CIN);
        assertThat(cin.get(IMPORT_BATCH.KIND)).isEqualTo("dfe");
        assertThat(cin.get(IMPORT_BATCH.SOURCE_KEY)).isEqualTo("dfe:b1_children_in_need");
        assertThat(cin.get(IMPORT_BATCH.ROWS_READ)).isEqualTo(2132);
        assertThat(cin.get(IMPORT_BATCH.ROWS_LOADED)).isEqualTo(4264);
        assertThat(cin.get(IMPORT_BATCH.PERIOD)).isEqualTo("2012-13 to 2024-25");
        assertThat(cin.get(IMPORT_BATCH.PUBLISHER)).isEqualTo("Department for Education");
        assertThat(cin.get(IMPORT_BATCH.NOTES)).contains("17 observations without a value");
        var cpp = currentBatch(dsl, "d3_cpps_subsequent_plan_2013_to_2025.csv");
        assertThat(cpp.get(IMPORT_BATCH.ROWS_LOADED)).isEqualTo(4264);
        assertThat(cpp.get(IMPORT_BATCH.NOTES)).contains("61 observations without a value");
        var cla = currentBatch(dsl, "cla_number_and_rate_per_10k_children_2019_to_2023.csv");
        assertThat(cla.get(IMPORT_BATCH.ROWS_READ)).isEqualTo(2520);
        assertThat(cla.get(IMPORT_BATCH.ROWS_LOADED)).isEqualTo(2520);
        assertThat(cla.get(IMPORT_BATCH.PERIOD)).isEqualTo("2018-19 to 2022-23");
        assertThat(cla.get(IMPORT_BATCH.NOTES)).contains("78 observations without a value");
    }

    @Test
    void aReportingYearIsTheYearTo31MarchAndTheMeasuresAreKeptAsPublished() {
        // b1 line 37: Manchester, 2025, At31_episodes 5820, Started_episodes 5297; line 2005: 2013, 5263
        Record atMarch = current(dsl, "dfe-children-in-need-31-march", "E08000003", "2024-25");
        assertThat(atMarch.get(OBSERVATION.VALUE)).isEqualByComparingTo("5820");
        assertThat(atMarch.get(OBSERVATION.PERIOD_START)).isEqualTo(LocalDate.parse("2024-04-01"));
        assertThat(atMarch.get(OBSERVATION.PERIOD_END)).isEqualTo(LocalDate.parse("2025-03-31"));
        assertThat(atMarch.get(OBSERVATION.SEX)).isEqualTo("persons");
        assertThat(atMarch.get(OBSERVATION.SOURCE_LINE)).isEqualTo(37);
        assertThat(current(dsl, "dfe-children-in-need-started", "E08000003", "2024-25").get(OBSERVATION.VALUE))
                .isEqualByComparingTo("5297");
        assertThat(current(dsl, "dfe-children-in-need-31-march", "E08000003", "2012-13").get(OBSERVATION.VALUE))
                .isEqualByComparingTo("5263");

        // d3 line 37: Manchester 2025, CPP_start 816, CPP_subsequent 175, CPP_subsequent_percent 21.4
        Record subsequent = current(dsl, "dfe-cpp-subsequent-percent", "E08000003", "2024-25");
        assertThat(subsequent.get(OBSERVATION.VALUE)).isEqualByComparingTo("21.4");
        assertThat(subsequent.get(OBSERVATION.COUNT)).isEqualByComparingTo("175");
        assertThat(subsequent.get(OBSERVATION.DENOMINATOR)).isEqualByComparingTo("816");

        // cla line 99: Manchester 2023, looked after at 31 March, number 1332, rate 104, population 128387
        Record lookedAfter = current(dsl, "dfe-looked-after-rate", "E08000003", "2022-23");
        assertThat(lookedAfter.get(OBSERVATION.VALUE)).isEqualByComparingTo("104");
        assertThat(lookedAfter.get(OBSERVATION.COUNT)).isEqualByComparingTo("1332");
        assertThat(lookedAfter.get(OBSERVATION.DENOMINATOR)).isEqualByComparingTo("128387");
        assertThat(lookedAfter.get(OBSERVATION.SOURCE_LINE)).isEqualTo(99);
        // line 100: starting, rate 40
        assertThat(current(dsl, "dfe-looked-after-starting-rate", "E08000003", "2022-23").get(OBSERVATION.VALUE))
                .isEqualByComparingTo("40");

        // d3 line 300: City of London 2024, every figure 'c'
        Record confidential = current(dsl, "dfe-cpp-subsequent-percent", "E09000001", "2023-24");
        assertThat(confidential.get(OBSERVATION.VALUE)).isNull();
        assertThat(confidential.get(OBSERVATION.COUNT)).isNull();
        assertThat(confidential.get(OBSERVATION.NOTE)).isEqualTo("no value published (c: confidential)");
    }

    @Test
    void theMappingSaysWhatEachIndicatorIs() {
        var indicator = Mono.from(dsl.selectFrom(INDICATOR).where(INDICATOR.ID.eq("dfe-looked-after-rate"))).block();
        assertThat(indicator.getValueType()).isEqualTo("rate");
        assertThat(indicator.getUnit()).isEqualTo("per 10,000");
        assertThat(indicator.getMultiplier()).isEqualTo(10000);
        assertThat(indicator.getPolarity()).isEqualTo("lower-is-better");
        assertThat(indicator.getPublisher()).isEqualTo("Department for Education");
        List<String> themes = Flux.from(dsl.select(INDICATOR_THEME.THEME_CODE).from(INDICATOR_THEME)
                        .where(INDICATOR_THEME.INDICATOR_ID.eq("dfe-looked-after-rate"))
                        .orderBy(INDICATOR_THEME.THEME_CODE))
                .map(r -> r.value1()).collectList().block();
        assertThat(themes).containsExactly("early-years", "troubled-families");
    }

    @Test
    void aReleaseThatDiffersFromItsMappingIsRefusedNamingEachDifference() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(shipped(CIN)).subList(0, 6));
        lines.set(0, lines.get(0).replace(",awaiting_assessment", ",awaiting_assessment,new_measure"));
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + ",1");
        }
        lines.set(2, lines.get(2).replace("Children in Need", "Children in need"));   // a filter value not mapped
        lines.set(3, lines.get(3).replace("Reporting year", "Academic year"));
        lines.set(4, lines.get(4).replace(",Regional,", ",Ward,"));
        Path release = Files.writeString(dir.resolve("b1_children_in_need_2013_to_2026.csv"),
                String.join("\n", lines) + "\n");

        assertThatThrownBy(() -> imports.load(ImportKind.DFE, release))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem(release.getFileName().toString(), 1, "new_measure", "column "
                                + "'new_measure' is neither a filter nor a measure of mapping children-in-need.yaml"),
                        new ImportProblem(release.getFileName().toString(), 3, "category", "'Children in need' is "
                                + "not one of the values the mapping gives filter category [Children in Need]"),
                        new ImportProblem(release.getFileName().toString(), 4, "time_identifier", "'Academic year' "
                                + "is not one of the mapping's time identifiers [Reporting year]"),
                        new ImportProblem(release.getFileName().toString(), 5, "geographic_level", "'Ward' is not "
                                + "one of the mapping's geographic levels [Local authority, National, Regional]")));
    }

    @Test
    void aReleaseNoMappingReadsIsRefused() throws IOException {
        // not the shipped file itself, which, already loaded, would be a no-op whatever its name
        Path release = Files.writeString(dir.resolve("children_in_need.csv"),
                String.join("\n", Files.readAllLines(shipped(CIN)).subList(0, 3)) + "\n");
        assertThatThrownBy(() -> imports.load(ImportKind.DFE, release))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems().getFirst()
                        .reason()).startsWith("no DfE mapping in ").contains("children-in-need.yaml "
                        + "b1_children_in_need_*.csv"));
    }

    @Test
    void aLaterReleaseRevisesTheYearsItHoldsAndKeepsTheOthers() throws IOException {
        // the shipped release's header and Manchester's 2025 row (line 37), revised; and a 2026 row
        List<String> shippedLines = Files.readAllLines(shipped(CIN));
        String manchester2025 = shippedLines.get(36);
        assertThat(manchester2025).startsWith("2025,").contains("E08000003");
        String revised = manchester2025.replace(",5820,", ",5821,");
        String next = manchester2025.replaceFirst("^2025,", "2026,");
        Path release = Files.writeString(dir.resolve("b1_children_in_need_2025_to_2026.csv"),
                String.join("\n", shippedLines.getFirst(), revised, next) + "\n");
        long shippedBatch = currentBatch(dsl, CIN).get(IMPORT_BATCH.ID);

        ImportOutcome outcome = imports.load(ImportKind.DFE, release);
        assertThat(outcome.supersededBatchIds()).containsExactly(shippedBatch);
        assertThat(current(dsl, "dfe-children-in-need-31-march", "E08000003", "2024-25").get(OBSERVATION.VALUE))
                .isEqualByComparingTo("5821");
        assertThat(current(dsl, "dfe-children-in-need-31-march", "E08000003", "2025-26").get(OBSERVATION.VALUE))
                .isEqualByComparingTo("5820");
        // the years the new release does not hold stay, from the shipped one
        Record kept = current(dsl, "dfe-children-in-need-31-march", "E08000003", "2012-13");
        assertThat(kept.get(OBSERVATION.VALUE)).isEqualByComparingTo("5263");
        assertThat(kept.get(OBSERVATION.BATCH_ID)).isEqualTo(outcome.batch().id());
        assertThat(kept.get(OBSERVATION.NOTE)).isEqualTo("carried over from batch " + shippedBatch + ", line 2005");
        // every other authority's 2024-25 (the 2025 reporting year) went with the revision: not in the new release
        assertThat(current(dsl, "dfe-children-in-need-31-march", "E08000001", "2024-25")).isNull();
        assertThat(outcome.batch().notes()).contains("kept from the earlier release (batch " + shippedBatch + ")")
                .contains("2012-13 (");
    }
}
