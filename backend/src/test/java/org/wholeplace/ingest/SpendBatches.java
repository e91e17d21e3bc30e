package org.wholeplace.ingest;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.SPEND_LINE_SUPERSEDED;

import org.jooq.DSLContext;
import reactor.core.publisher.Mono;

/** Removes what tests of spend, driver and transparency imports loaded, so that the real data other tests read stays as it was. */
final class SpendBatches {

    private SpendBatches() {
    }

    static void removeAll(DSLContext dsl) {
        var spendBatches = dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.KIND.in("spend", "driver", "transparency"));
        Mono.from(dsl.deleteFrom(SPEND_LINE_SUPERSEDED).where(SPEND_LINE_SUPERSEDED.BATCH_ID.in(spendBatches)))
                .then(Mono.from(dsl.update(IMPORT_BATCH).setNull(IMPORT_BATCH.SUPERSEDED_BY)
                        .where(IMPORT_BATCH.KIND.in("spend", "driver", "transparency"))))
                .then(Mono.from(dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.KIND.in("spend", "driver", "transparency"))))
                .block();
    }
}
