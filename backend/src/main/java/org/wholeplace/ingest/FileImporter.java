package org.wholeplace.ingest;

import java.util.List;

import org.jooq.Table;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

/**
 * One file format: how to read it and how to write what it holds. Each lives in the {@code ingest} package of the
 * feature whose tables it writes ({@code spend.ingest.RsxImporter}); the {@link ImportService} finds every one in the
 * application context and runs it. Adding a format is one class, its test and its README section.
 *
 * @param <T> what a file holds once read: its rows, or for a file too large to hold, a stream of them
 */
public interface FileImporter<T> {

    ImportKind kind();

    /**
     * Reads and checks the file. The service subscribes on a bounded-elastic thread, so reading and parsing may
     * block; an importer that first asks the database something continues on one ({@code publishOn}) before parsing.
     *
     * @return what the file holds, or an {@link ImportRejectedException} naming every problem (file, line, field)
     */
    Mono<T> parse(ImportSource source);

    /** The batch's provenance: what the administrator stated, or the format's own. */
    Provenance provenance(ImportSource source, T parsed);

    /**
     * Writes what the file holds for the batch, inside the import's transaction; a failure rolls everything back.
     *
     * @return what the batch holds: counts, period, notes, and what it is a version of
     */
    Mono<BatchContents> write(TransactionScope scope, long batchId, T parsed, ImportSource source);

    /**
     * The tables a file of this kind adds many rows to: analysed once the import commits, so that the first queries
     * of the new data are planned on statistics that know it (autovacuum may be off, or not yet come round).
     */
    default List<Table<?>> tablesToAnalyse() {
        return List.of();
    }
}
