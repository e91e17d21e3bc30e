package org.wholeplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wholeplace.db.generated.Tables.AGENCY;
import static org.wholeplace.db.generated.Tables.COMPARATOR_GROUP;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.OBSERVATION;
import static org.wholeplace.db.generated.Tables.PLACE;
import static org.wholeplace.db.generated.Tables.PROGRAMME;
import static org.wholeplace.db.generated.Tables.SERVICE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE_SUPERSEDED;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The fixture itself: what a test loaded is gone after it, and what the test's files superseded is current again,
 * the database as it was to the row.
 */
@WholePlaceTest
class TestImportsTest {

    static final Provenance INVENTED = new Provenance("TestImports test", "Whole Place tests", "none: invented", null,
            false);

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    DSLContext dsl;

    /** How many rows each table a file writes or registers holds, which batches are current, and the spend. */
    record Contents(Map<String, Integer> rows, List<Long> currentBatches, BigDecimal spend) {
    }

    private Contents contents() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Table<?> table : List.of(IMPORT_BATCH, SPEND_LINE, SPEND_LINE_SUPERSEDED, OBSERVATION, INDICATOR, PLACE,
                AGENCY, SERVICE, COMPARATOR_GROUP, PROGRAMME)) {
            rows.put(table.getName(), Mono.from(dsl.selectCount().from(table)).block().value1());
        }
        List<Long> current = Flux.from(dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.SUPERSEDED_BY.isNull()).orderBy(IMPORT_BATCH.ID)).map(r -> r.value1())
                .collectList().block();
        BigDecimal spend = Mono.from(dsl.select(DSL.sum(SPEND_LINE.AMOUNT)).from(SPEND_LINE)).block().value1();
        return new Contents(rows, current, spend);
    }

    /**
     * A corrected copy of a shipped revenue outturn file supersedes it (its 41,356 lines go to the history table), a
     * new RA layout registers a service, a place and an agency, a Fingertips file an indicator: all of it undone.
     */
    @Test
    void whatTheTestLoadedIsGoneAndWhatItSupersededIsCurrentAgain() throws Exception {
        Contents before = contents();
        Path rsx = TestDatabase.data().resolve("revenue-outturn/RSX_2022-23.csv");
        long shipped = Mono.from(dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.FILE_NAME.eq("RSX_2022-23.csv"), IMPORT_BATCH.SUPERSEDED_BY.isNull())).block()
                .value1();
        String corrected = Files.readString(rsx).replace("E4203,E08000003,Manchester,,MD,MD,N,\"251,676\"",
                "E4203,E08000003,Manchester,,MD,MD,N,\"251,677\"");

        ImportOutcome correction = imports.load(ImportKind.RSX, "RSX_2022-23.csv", corrected);
        imports.load(ImportKind.RA, Path.of(getClass().getResource("/samples/ra-2030-31-new-layout.csv").toURI()));
        imports.load(ImportKind.FINGERTIPS, "fixture.csv", """
                area_code,area_name,period,value,indicator,measure,unit,significance
                E08000003,Manchester,2040,10,Test fixture removal,"per 10,000",Persons,Not compared
                """);
        imports.load(ImportKind.SPEND, "spend.csv", INVENTED, """
                place,agency,service,financial_year,amount
                E08000003,E08000003,education,2040-41,100.00
                """);

        assertThat(correction.supersededBatchIds()).containsExactly(shipped);
        Contents loaded = contents();
        assertThat(loaded.rows().get("spend_line_superseded") - before.rows().get("spend_line_superseded"))
                .isEqualTo(41_356);
        assertThat(loaded.rows().get("indicator") - before.rows().get("indicator")).isEqualTo(1);
        assertThat(loaded.rows().get("service") - before.rows().get("service")).isEqualTo(1);   // ra-316
        assertThat(loaded.currentBatches()).doesNotContain(shipped);

        imports.removeWhatWasLoaded();
        assertThat(contents()).isEqualTo(before);
    }
}
