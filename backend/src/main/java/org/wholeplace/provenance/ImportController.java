package org.wholeplace.provenance;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * Import batches over GraphQL: where every figure came from. Also registers the one loader of batches by id that
 * every field naming batches uses, so that a response fetches each batch once, in one query.
 */
@Controller
public class ImportController {

    private final ImportBatchRepository batches;

    public ImportController(ImportBatchRepository batches, BatchLoaderRegistry loaders) {
        this.batches = batches;
        loaders.forTypePair(Long.class, ImportBatch.class)
                .registerMappedBatchLoader((ids, env) -> batches.byIds(ids).collectMap(ImportBatch::id));
    }

    @QueryMapping
    public Flux<ImportBatch> imports(@Argument String kind, @Argument Integer limit) {
        return batches.newestFirst(ImportsRequest.of(kind, limit));
    }
}
