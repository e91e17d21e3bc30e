package org.wholeplace.spend.ingest;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.SPEND_LINE_SUPERSEDED;

import org.jooq.DSLContext;
import org.wholeplace.place.ReferenceDataCache;
import reactor.core.publisher.Mono;

/** Removes what tests of spend, driver and transparency imports loaded, so that the real data other tests read stays as it was. */
public final class SpendBatches {

    private SpendBatches() {
    }

    /** Removes them and refreshes the reference snapshot, whose years with spend they may have added to. */
    public static void removeAll(DSLContext dsl, ReferenceDataCache reference) {
        removeAll(dsl);
        reference.refresh().block();
    }

    public static void removeAll(DSLContext dsl) {
        var spendBatches = dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.KIND.in("spend", "driver", "transparency"));
        Mono.from(dsl.deleteFrom(SPEND_LINE_SUPERSEDED).where(SPEND_LINE_SUPERSEDED.BATCH_ID.in(spendBatches)))
                .then(Mono.from(dsl.update(IMPORT_BATCH).setNull(IMPORT_BATCH.SUPERSEDED_BY)
                        .where(IMPORT_BATCH.KIND.in("spend", "driver", "transparency"))))
                .then(Mono.from(dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.KIND.in("spend", "driver", "transparency"))))
                .block();
    }
}
