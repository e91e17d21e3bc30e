package org.wholeplace.provenance;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.wholeplace.graphql.InvalidInputException;
import reactor.core.publisher.Flux;

/**
 * Import batches over GraphQL: where every figure came from. Also registers the one loader of batches by id that
 * every field naming batches uses, so that a response fetches each batch once, in one query.
 */
@Controller
public class ImportController {

    private static final int MAX_LIMIT = 1000;

    private final ImportBatchRepository batches;

    public ImportController(ImportBatchRepository batches, BatchLoaderRegistry loaders) {
        this.batches = batches;
        loaders.forTypePair(Long.class, ImportBatch.class)
                .registerMappedBatchLoader((ids, env) -> batches.byIds(ids).collectMap(ImportBatch::id));
    }

    @QueryMapping
    public Flux<ImportBatch> imports(@Argument String kind, @Argument Integer limit) {
        if (limit == null || limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (kind != null && ImportKind.of(kind).isEmpty()) {
            throw new InvalidInputException("Unknown import kind '" + kind + "'; known: " + ImportKind.codes());
        }
        return batches.newestFirst(kind, limit);
    }
}
