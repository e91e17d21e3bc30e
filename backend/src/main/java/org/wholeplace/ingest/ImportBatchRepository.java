package org.wholeplace.ingest;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.db.generated.tables.records.ImportBatchRecord;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Import batches: the provenance every fact row points to. */
@Repository
public class ImportBatchRepository {

    private final DSLContext dsl;

    public ImportBatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Mono<ImportBatch> findBySha256(String sha256) {
        return Mono.from(dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.SHA256.eq(sha256)))
                .map(ImportBatchRepository::toBatch);
    }

    public Flux<ImportBatch> newestFirst(int limit) {
        return Flux.from(dsl.selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.ID.desc()).limit(limit))
                .map(ImportBatchRepository::toBatch);
    }

    public Mono<Boolean> anyLoaded() {
        return Mono.from(dsl.selectOne().from(IMPORT_BATCH).limit(1)).hasElement();
    }

    /** Records the batch inside the import's transaction; {@code finishedAt} is set again when the rows are in. */
    Mono<Long> insert(TransactionScope scope, ImportBatch batch) {
        return Mono.from(scope.dsl().insertInto(IMPORT_BATCH)
                        .set(IMPORT_BATCH.KIND, batch.kind())
                        .set(IMPORT_BATCH.SOURCE, batch.source())
                        .set(IMPORT_BATCH.PUBLISHER, batch.publisher())
                        .set(IMPORT_BATCH.LICENCE, batch.licence())
                        .set(IMPORT_BATCH.URL, batch.url())
                        .set(IMPORT_BATCH.PERIOD, batch.period())
                        .set(IMPORT_BATCH.FILE_NAME, batch.fileName())
                        .set(IMPORT_BATCH.SHA256, batch.sha256())
                        .set(IMPORT_BATCH.ROWS_READ, batch.rowsRead())
                        .set(IMPORT_BATCH.ROWS_LOADED, batch.rowsLoaded())
                        .set(IMPORT_BATCH.SYNTHETIC, batch.synthetic())
                        .set(IMPORT_BATCH.NOTES, batch.notes())
                        .set(IMPORT_BATCH.STARTED_AT, batch.startedAt())
                        .set(IMPORT_BATCH.FINISHED_AT, batch.startedAt())
                        .set(IMPORT_BATCH.LOADED_BY, batch.loadedBy())
                        .returningResult(IMPORT_BATCH.ID))
                .map(r -> r.value1());
    }

    Mono<ImportBatch> finish(TransactionScope scope, long id, long rowsLoaded) {
        return Mono.from(scope.dsl().update(IMPORT_BATCH)
                        .set(IMPORT_BATCH.ROWS_LOADED, Math.toIntExact(rowsLoaded))
                        .set(IMPORT_BATCH.FINISHED_AT, OffsetDateTime.now())
                        .where(IMPORT_BATCH.ID.eq(id))
                        .returning())
                .map(ImportBatchRepository::toBatch);
    }

    private static ImportBatch toBatch(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), r.getKind(), r.getSource(), r.getPublisher(), r.getLicence(), r.getUrl(),
                r.getPeriod(), r.getFileName(), r.getSha256(), r.getRowsRead(), r.getRowsLoaded(),
                r.getSynthetic(), r.getNotes(), r.getStartedAt(), r.getFinishedAt(), r.getLoadedBy());
    }
}
