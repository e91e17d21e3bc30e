package org.wholeplace.outcome.ingest;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.OBSERVATION;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.wholeplace.db.generated.tables.records.ImportBatchRecord;
import reactor.core.publisher.Mono;

/** What the outcome import tests read back: the rows of the current batches, those no later version superseded. */
final class CurrentObservations {

    private CurrentObservations() {
    }

    /** The current observation of an indicator for a place and period (its every column); null if there is none. */
    static Record current(DSLContext dsl, String indicator, String place, String period) {
        return Mono.from(dsl.select(OBSERVATION.fields()).from(OBSERVATION)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(OBSERVATION.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .and(OBSERVATION.INDICATOR_ID.eq(indicator))
                        .and(OBSERVATION.PLACE_CODE.eq(place))
                        .and(OBSERVATION.PERIOD.eq(period)))
                .block();
    }

    /** The current batch loaded from a file of this name; null if there is none. */
    static ImportBatchRecord currentBatch(DSLContext dsl, String fileName) {
        return Mono.from(dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.FILE_NAME.eq(fileName))
                .and(IMPORT_BATCH.SUPERSEDED_BY.isNull())).block();
    }
}
