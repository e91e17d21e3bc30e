package org.wholeplace.programme;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.period.Period;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.provenance.ImportBatch;

/** A programme's {@code TrackedOutcome}: its places and periods named, and the batches of its observations. */
@Controller
public class TrackedOutcomeController {

    @SchemaMapping(typeName = "TrackedOutcome")
    public List<Place> places(TrackedOutcome outcome,
                              @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        return outcome.places().stream().map(code -> reference.place(code).orElseThrow()).toList();
    }

    @SchemaMapping(typeName = "TrackedOutcome")
    public List<Place> comparators(TrackedOutcome outcome,
                                   @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        return outcome.comparators().stream().map(code -> reference.place(code).orElseThrow()).toList();
    }

    @SchemaMapping(typeName = "TrackedOutcome")
    public List<String> periodsBefore(TrackedOutcome outcome) {
        return outcome.periodsBefore().stream().map(Period::label).toList();
    }

    @SchemaMapping(typeName = "TrackedOutcome")
    public List<String> periodsAfter(TrackedOutcome outcome) {
        return outcome.periodsAfter().stream().map(Period::label).toList();
    }

    @SchemaMapping(typeName = "TrackedOutcome")
    public String interpretation(TrackedOutcome outcome) {
        return TrackedOutcome.INTERPRETATION;
    }

    @SchemaMapping(typeName = "TrackedOutcome")
    public CompletableFuture<Boolean> synthetic(TrackedOutcome outcome, DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(outcome.batchIds()).thenApply(ImportBatch::anySynthetic);
    }

    @SchemaMapping(typeName = "TrackedOutcome")
    public CompletableFuture<List<ImportBatch>> batches(TrackedOutcome outcome,
                                                        DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(outcome.batchIds());
    }
}
