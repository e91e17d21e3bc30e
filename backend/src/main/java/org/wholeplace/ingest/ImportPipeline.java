package org.wholeplace.ingest;

import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions;
import org.wholeplace.db.Transactions.TransactionScope;
import reactor.core.publisher.Mono;

/**
 * What every import does around its own loading. A file already loaded and still current (same SHA-256) is a no-op
 * that says so; one that a later version replaced is loaded again, as a new version.
 * Otherwise, in one transaction: the loader writes its batch and facts, and the batch supersedes the current batches
 * of the same source and period, and the batch is announced to every instance ({@link ImportNotifications}). Only
 * after the commit is the import published to this instance's listeners. A failure anywhere, or a process killed
 * half-way, leaves the database as it was.
 */
@Component
public class ImportPipeline {

    private final Transactions transactions;
    private final ImportBatchRepository batches;
    private final ImportEvents events;
    private final ImportNotifications notifications;

    public ImportPipeline(Transactions transactions, ImportBatchRepository batches, ImportEvents events,
                          ImportNotifications notifications) {
        this.transactions = transactions;
        this.batches = batches;
        this.events = events;
        this.notifications = notifications;
    }

    public Mono<ImportOutcome> importOnce(String sha256, Function<TransactionScope, Mono<ImportBatch>> load) {
        return batches.findCurrentBySha256(sha256)
                .map(existing -> new ImportOutcome(existing, true, List.of()))
                .switchIfEmpty(Mono.defer(() -> transactions.inTransaction(scope -> load.apply(scope)
                                .flatMap(batch -> batches.supersedeEarlier(scope, batch)
                                        .flatMap(superseded -> notifications.announce(scope, batch.id())
                                                .thenReturn(new ImportOutcome(batch, false, superseded))))))
                        .flatMap(outcome -> events.publish(new ImportCompleted(outcome.batch())).thenReturn(outcome)));
    }
}
