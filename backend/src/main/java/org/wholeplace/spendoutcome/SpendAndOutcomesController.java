package org.wholeplace.spendoutcome;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.provenance.ImportBatch;
import reactor.core.publisher.Mono;

/** {@code spendAndOutcomes(theme, place)}, mapped to {@link SpendAndOutcomesService}. */
@Controller
public class SpendAndOutcomesController {

    private final SpendAndOutcomesService service;

    public SpendAndOutcomesController(SpendAndOutcomesService service) {
        this.service = service;
    }

    @QueryMapping
    public Mono<SpendAndOutcomes> spendAndOutcomes(@Argument String theme, @Argument String place,
                                                   @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        return service.of(SpendAndOutcomesRequest.of(theme, place, reference), reference);
    }

    /** Whether the year's spend includes generated figures; null for a year without spend. */
    @SchemaMapping(typeName = "ThemeYear")
    public CompletableFuture<Boolean> synthetic(ThemeYear year, DataLoader<Long, ImportBatch> batches) {
        if (year.batchIds().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return batches.loadMany(year.batchIds()).thenApply(ImportBatch::anySynthetic);
    }
}
