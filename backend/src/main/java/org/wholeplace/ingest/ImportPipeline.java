package org.wholeplace.ingest;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What every import does around its own loading: a file already loaded (same SHA-256) is a no-op that says so;
 * otherwise the loader runs (in its own transaction) and, once it has committed, the import is published.
 */
@Component
public class ImportPipeline {

    private final ImportBatchRepository batches;
    private final ImportEvents events;

    public ImportPipeline(ImportBatchRepository batches, ImportEvents events) {
        this.batches = batches;
        this.events = events;
    }

    public Mono<ImportOutcome> importOnce(SourceFile file, Supplier<Mono<ImportBatch>> load) {
        return batches.findBySha256(file.sha256())
                .map(existing -> new ImportOutcome(existing, true))
                .switchIfEmpty(Mono.defer(load)
                        .flatMap(batch -> events.publish(new ImportCompleted(batch))
                                .thenReturn(new ImportOutcome(batch, false))));
    }
}
