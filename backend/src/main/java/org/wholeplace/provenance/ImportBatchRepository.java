package org.wholeplace.provenance;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE_SUPERSEDED;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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

    /** The current batch of this very file, if any: one a later version has replaced does not count. */
    public Mono<ImportBatch> findCurrentBySha256(String sha256) {
        return Mono.from(dsl.selectFrom(IMPORT_BATCH)
                        .where(IMPORT_BATCH.SHA256.eq(sha256))
                        .and(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .orderBy(IMPORT_BATCH.ID.desc())
                        .limit(1))
                .map(ImportBatchRepository::toBatch);
    }

    public Flux<ImportBatch> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Flux.empty()
                : Flux.from(dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.in(ids)).orderBy(IMPORT_BATCH.ID))
                        .map(ImportBatchRepository::toBatch);
    }

    /** The batches of the request's kind (all when it names none), newest first. */
    public Flux<ImportBatch> newestFirst(ImportsRequest request) {
        return Flux.from(dsl.selectFrom(IMPORT_BATCH)
                        .where(request.kind() == null ? DSL.noCondition() : IMPORT_BATCH.KIND.eq(request.kind()))
                        .orderBy(IMPORT_BATCH.ID.desc())
                        .limit(request.limit()))
                .map(ImportBatchRepository::toBatch);
    }

    public Mono<Boolean> anyLoaded() {
        return Mono.from(dsl.selectOne().from(IMPORT_BATCH).limit(1)).hasElement();
    }

    /** Records the batch inside the import's transaction, before its rows; {@link #finish} records what it holds. */
    public Mono<Long> insert(TransactionScope scope, NewBatch batch) {
        Provenance provenance = batch.provenance();
        return Mono.from(scope.dsl().insertInto(IMPORT_BATCH)
                        .set(IMPORT_BATCH.KIND, batch.kind().code())
                        .set(IMPORT_BATCH.SOURCE, provenance.source())
                        .set(IMPORT_BATCH.PUBLISHER, provenance.publisher())
                        .set(IMPORT_BATCH.LICENCE, provenance.licence())
                        .set(IMPORT_BATCH.URL, provenance.url())
                        .set(IMPORT_BATCH.FILE_NAME, batch.fileName())
                        .set(IMPORT_BATCH.SHA256, batch.sha256())
                        .set(IMPORT_BATCH.ROWS_READ, 0)
                        .set(IMPORT_BATCH.ROWS_LOADED, 0)
                        .set(IMPORT_BATCH.SYNTHETIC, provenance.synthetic())
                        .set(IMPORT_BATCH.STARTED_AT, batch.startedAt())
                        .set(IMPORT_BATCH.FINISHED_AT, batch.startedAt())
                        .set(IMPORT_BATCH.LOADED_BY, batch.loadedBy())
                        .returningResult(IMPORT_BATCH.ID))
                .map(r -> r.get(IMPORT_BATCH.ID));
    }

    /** Records what the batch holds, once its rows are written, and when it finished. */
    public Mono<ImportBatch> finish(TransactionScope scope, long id, BatchContents contents) {
        return Mono.from(scope.dsl().update(IMPORT_BATCH)
                        .set(IMPORT_BATCH.PERIOD, contents.period())
                        .set(IMPORT_BATCH.SOURCE_KEY, contents.sourceKey())
                        .set(IMPORT_BATCH.NOTES, contents.notes())
                        .set(IMPORT_BATCH.ROWS_READ, contents.rowsRead())
                        .set(IMPORT_BATCH.ROWS_LOADED, contents.rowsLoaded())
                        .set(IMPORT_BATCH.FINISHED_AT, OffsetDateTime.now())
                        .where(IMPORT_BATCH.ID.eq(id))
                        .returning())
                .map(ImportBatchRepository::toBatch);
    }

    /**
     * Marks the current batches with the new batch's source key as superseded by it, and moves their spend lines to
     * the history table. Runs in the new batch's transaction, so readers see either the old figures or the new.
     *
     * @return the ids of the batches superseded
     */
    public Mono<List<Long>> supersedeEarlier(TransactionScope scope, ImportBatch replacement) {
        if (replacement.sourceKey() == null) {
            return Mono.just(List.of());
        }
        DSLContext tx = scope.dsl();
        return Flux.from(tx.update(IMPORT_BATCH)
                        .set(IMPORT_BATCH.SUPERSEDED_BY, replacement.id())
                        .set(IMPORT_BATCH.SUPERSEDED_AT, OffsetDateTime.now())
                        .where(IMPORT_BATCH.SOURCE_KEY.eq(replacement.sourceKey()))
                        .and(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .and(IMPORT_BATCH.ID.ne(replacement.id()))
                        .returningResult(IMPORT_BATCH.ID))
                .map(r -> r.get(IMPORT_BATCH.ID))
                .collectList()
                .flatMap(ids -> ids.isEmpty() ? Mono.just(ids) : Mono.from(tx.insertInto(SPEND_LINE_SUPERSEDED)
                                .select(tx.select(SPEND_LINE.ID, SPEND_LINE.BATCH_ID, SPEND_LINE.PLACE_CODE,
                                                SPEND_LINE.AGENCY_CODE, SPEND_LINE.SERVICE_CODE, SPEND_LINE.THEME_CODE,
                                                SPEND_LINE.FINANCIAL_YEAR, SPEND_LINE.MEASURE_CODE,
                                                SPEND_LINE.INTERVENTION_LEVEL, SPEND_LINE.SUPPLIER, SPEND_LINE.AMOUNT,
                                                SPEND_LINE.APPORTIONED, SPEND_LINE.APPORTIONMENT_DRIVER,
                                                SPEND_LINE.SOURCE_LINE, SPEND_LINE.BASIS, SPEND_LINE.ITEMISED)
                                        .from(SPEND_LINE).where(SPEND_LINE.BATCH_ID.in(ids))))
                        .then(Mono.from(tx.deleteFrom(SPEND_LINE).where(SPEND_LINE.BATCH_ID.in(ids))))
                        .thenReturn(ids));
    }

    private static ImportBatch toBatch(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), r.getKind(), r.getSource(), r.getPublisher(), r.getLicence(), r.getUrl(),
                r.getPeriod(), r.getFileName(), r.getSha256(), r.getRowsRead(), r.getRowsLoaded(), r.getRowsRejected(),
                r.getSynthetic(), r.getNotes(), r.getStartedAt(), r.getFinishedAt(), r.getLoadedBy(),
                r.getSourceKey(), r.getSupersededBy(), r.getSupersededAt());
    }
}
