package org.wholeplace.unitcost.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.PRICE_INDEX;
import static org.wholeplace.db.generated.Tables.UNIT_COST_DOUBLE_COUNTING;
import static org.wholeplace.db.generated.Tables.UNIT_COST_TRANSFER;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wholeplace.WholePlaceTest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A database kept from before migration V16 holds the shipped edition without its transfers, double-counting notes
 * and forecast years. At start they are read again from the workbook it was loaded from, once: 12 transfers, 6 notes
 * and 6 forecast years (WorkbookNotesTest counts them off the workbook).
 */
@WholePlaceTest
class NotesOfEarlierEditionsTest {

    @Autowired
    NotesOfEarlierEditions upgrade;
    @Autowired
    DSLContext dsl;

    private List<List<Object>> rows(Table<?> table, long batch) {
        return Flux.from(dsl.selectFrom(table).where(table.field("batch_id", Long.class).eq(batch))
                .orderBy(table.fields())).map(Record::intoList).collectList().block();
    }

    @Test
    void anEditionLoadedBeforeTheNotesWereReadGetsThemFromItsWorkbook() {
        long batch = Mono.from(dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.KIND.eq("unit-costs"),
                IMPORT_BATCH.SUPERSEDED_BY.isNull())).block().value1();
        var transfers = rows(UNIT_COST_TRANSFER, batch);
        var notes = rows(UNIT_COST_DOUBLE_COUNTING, batch);
        var deflator = rows(PRICE_INDEX, batch);
        Mono.from(dsl.deleteFrom(UNIT_COST_TRANSFER).where(UNIT_COST_TRANSFER.BATCH_ID.eq(batch))).block();
        Mono.from(dsl.deleteFrom(UNIT_COST_DOUBLE_COUNTING).where(UNIT_COST_DOUBLE_COUNTING.BATCH_ID.eq(batch)))
                .block();
        Mono.from(dsl.update(PRICE_INDEX).set(PRICE_INDEX.FORECAST, false).where(PRICE_INDEX.BATCH_ID.eq(batch)))
                .block();

        assertThat(upgrade.upgrade().block()).isEqualTo(12 + 6 + 6);

        assertThat(rows(UNIT_COST_TRANSFER, batch)).isEqualTo(transfers);
        assertThat(rows(UNIT_COST_DOUBLE_COUNTING, batch)).isEqualTo(notes);
        assertThat(rows(PRICE_INDEX, batch)).isEqualTo(deflator);
        assertThat(upgrade.upgrade().block()).isZero();
    }
}
