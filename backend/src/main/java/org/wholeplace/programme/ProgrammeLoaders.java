package org.wholeplace.programme;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.unitcost.GdpDeflator;
import org.wholeplace.unitcost.UnitCostRepository;

/**
 * What programmes' fields read, batched per request: every programme's inputs in three statements, the deflator and
 * the appraisal parameters once, every programme's tracked outcomes together; however many programmes a response
 * holds.
 */
@Component
class ProgrammeLoaders {

    private static final String DEFLATOR = "gdpDeflatorOfTheRequest";
    private static final String PARAMETERS = "appraisalParametersOfTheRequest";
    private static final String TRACKED = "trackedOutcomesOfProgrammes";
    private static final String CURRENT = "current";

    ProgrammeLoaders(ProgrammeRepository programmes, UnitCostRepository unitCosts, ProgrammeOutcomes outcomes,
                     BatchLoaderRegistry loaders) {
        loaders.forTypePair(String.class, ProgrammeInputs.class)
                .registerMappedBatchLoader((ids, env) -> programmes.inputsOf(ids));
        loaders.<String, GdpDeflator>forName(DEFLATOR)
                .registerMappedBatchLoader((keys, env) -> unitCosts.currentGdpDeflator()
                        .map(d -> Map.of(CURRENT, d)));
        loaders.<String, AppraisalParameters>forName(PARAMETERS)
                .registerMappedBatchLoader((keys, env) -> programmes.appraisalParametersInForce().map(p -> Map.of(CURRENT, p)));
        loaders.<Programme, List<TrackedOutcome>>forName(TRACKED)
                .registerMappedBatchLoader((asked, env) -> outcomes.trackedOutcomesOf(asked,
                        env.<GraphQLContext>getContext().get(ReferenceData.CONTEXT_KEY)));
    }

    static CompletableFuture<GdpDeflator> deflator(DataFetchingEnvironment env) {
        return env.<String, GdpDeflator>getDataLoader(DEFLATOR).load(CURRENT);
    }

    static CompletableFuture<AppraisalParameters> parameters(DataFetchingEnvironment env) {
        return env.<String, AppraisalParameters>getDataLoader(PARAMETERS).load(CURRENT);
    }

    static CompletableFuture<List<TrackedOutcome>> trackedOutcomes(DataFetchingEnvironment env, Programme programme) {
        DataLoader<Programme, List<TrackedOutcome>> loader = env.getDataLoader(TRACKED);
        return loader.load(programme);
    }
}
