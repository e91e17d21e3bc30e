package org.wholeplace.outcome.ingest;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.OBSERVATION;

import org.jooq.DSLContext;
import reactor.core.publisher.Mono;

/** Takes away what a test's Fingertips file added, so that the data other tests read stays as shipped. */
public final class TestIndicators {

    private TestIndicators() {
    }

    /** The batch's observations, the indicator the file registered, and the batch. */
    public static void remove(DSLContext dsl, long batchId, String indicatorId) {
        Mono.from(dsl.deleteFrom(OBSERVATION).where(OBSERVATION.BATCH_ID.eq(batchId)))
                .then(Mono.from(dsl.deleteFrom(INDICATOR).where(INDICATOR.ID.eq(indicatorId))))
                .then(Mono.from(dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId))))
                .block();
    }
}
