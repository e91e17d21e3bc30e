package org.wholeplace.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Theme;
import org.wholeplace.provenance.ImportBatch;
import reactor.core.publisher.Mono;

/**
 * {@code programmes(filter)}, {@code programme(id)} and each programme's inputs, {@code costBenefit},
 * {@code reinvestmentDeal} and tracked {@code outcomes}, through the request's loaders ({@link ProgrammeLoaders}).
 */
@Controller
public class ProgrammeController {

    private static final ProgrammeFilter.Fields FILTER = new ProgrammeFilter.Fields("filter.themes",
            "filter.places", "filter.years");

    private final ProgrammeRepository repository;

    public ProgrammeController(ProgrammeRepository repository) {
        this.repository = repository;
    }

    @QueryMapping
    public Mono<List<Programme>> programmes(@Argument Map<String, List<String>> filter,
                                            @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        Map<String, List<String>> asked = filter == null ? Map.of() : filter;
        return repository.programmesMatching(ProgrammeFilter.checked(asked.get("themes"), asked.get("places"),
                asked.get("years"), reference, FILTER)).collectList();
    }

    @QueryMapping
    public Mono<Programme> programme(@Argument String id) {
        return repository.programmeWithId(id);
    }

    @SchemaMapping(typeName = "Programme")
    public Theme theme(Programme programme, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        return reference.theme(programme.themeCode()).orElseThrow();
    }

    @SchemaMapping(typeName = "Programme")
    public List<Place> places(Programme programme, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        return programme.placeCodes().stream().map(code -> reference.place(code).orElseThrow()).toList();
    }

    @SchemaMapping(typeName = "Programme")
    public CompletableFuture<ImportBatch> batch(Programme programme, DataLoader<Long, ImportBatch> batches) {
        return batches.load(programme.batchId());
    }

    @SchemaMapping(typeName = "Programme")
    public FinancialYear start(Programme programme) {
        return new FinancialYear(programme.startYear());
    }

    @SchemaMapping(typeName = "Programme")
    public FinancialYear end(Programme programme) {
        return new FinancialYear(programme.endYear());
    }

    @SchemaMapping(typeName = "Programme")
    public CompletableFuture<List<ProgrammeInputs.Cost>> costs(Programme programme,
                                                              DataLoader<String, ProgrammeInputs> inputs) {
        return inputs.load(programme.id()).thenApply(ProgrammeInputs::costs);
    }

    @SchemaMapping(typeName = "Programme")
    public CompletableFuture<List<ProgrammeInputs.Cohort>> cohorts(Programme programme,
                                                                  DataLoader<String, ProgrammeInputs> inputs) {
        return inputs.load(programme.id()).thenApply(ProgrammeInputs::cohorts);
    }

    @SchemaMapping(typeName = "Programme")
    public CompletableFuture<List<ProgrammeInputs.ExpectedOutcome>> expectedOutcomes(
            Programme programme, DataLoader<String, ProgrammeInputs> inputs) {
        return inputs.load(programme.id()).thenApply(ProgrammeInputs::outcomes);
    }

    @SchemaMapping(typeName = "ProgrammeCost")
    public FinancialYear year(ProgrammeInputs.Cost cost) {
        return new FinancialYear(cost.year());
    }

    @SchemaMapping(typeName = "ProgrammeCost")
    public Integer confidence(ProgrammeInputs.Cost cost) {
        return cost.confidenceGrade();
    }

    @SchemaMapping(typeName = "ProgrammeCohort")
    public FinancialYear year(ProgrammeInputs.Cohort cohort) {
        return new FinancialYear(cohort.year());
    }

    @SchemaMapping(typeName = "ExpectedOutcome")
    public String unitCost(ProgrammeInputs.ExpectedOutcome outcome) {
        return outcome.unitCostCode();
    }

    @SchemaMapping(typeName = "ExpectedOutcome")
    public int confidence(ProgrammeInputs.ExpectedOutcome outcome) {
        return outcome.confidenceGrade();
    }

    @SchemaMapping(typeName = "Programme")
    public CompletableFuture<ProgrammeAppraisal> costBenefit(Programme programme, @Argument String priceYear,
                                                             @Argument BigDecimal discountRate,
                                                             @Argument BigDecimal optimismBias,
                                                             DataLoader<String, ProgrammeInputs> inputs,
                                                             DataFetchingEnvironment env) {
        var options = new ProgrammeAppraisal.Options(priceYear, discountRate, optimismBias);
        return appraised(programme, options, inputs, env);
    }

    @SchemaMapping(typeName = "Programme")
    public CompletableFuture<List<ProgrammeAppraisal.DealNet>> reinvestmentDeal(
            Programme programme, @Argument BigDecimal fall, @Argument ReinvestmentDealRequest.TermsInput terms,
            @Argument String priceYear, DataLoader<String, ProgrammeInputs> inputs, DataFetchingEnvironment env) {
        var request = ReinvestmentDealRequest.of(fall, terms);
        return appraised(programme, ProgrammeAppraisal.Options.inPriceYear(priceYear), inputs, env)
                .thenCombine(ProgrammeLoaders.parameters(env), (appraisal, parameters) -> appraisal.withDeal(
                        request.termsOr(parameters), request.fall()));
    }

    /** Tracked outcomes, each with the programme's cost per unit of improvement and its batch. */
    @SchemaMapping(typeName = "Programme")
    public CompletableFuture<List<TrackedOutcome>> outcomes(Programme programme,
                                                           DataLoader<String, ProgrammeInputs> inputs,
                                                           DataFetchingEnvironment env) {
        return ProgrammeLoaders.trackedOutcomes(env, programme).thenCombine(inputs.load(programme.id()),
                (tracked, in) -> tracked.stream().map(t -> t.costedFor(programme, in)).toList());
    }

    private static CompletableFuture<ProgrammeAppraisal> appraised(Programme programme,
                                                                   ProgrammeAppraisal.Options options,
                                                                   DataLoader<String, ProgrammeInputs> inputs,
                                                                   DataFetchingEnvironment env) {
        return inputs.load(programme.id())
                .thenCombine(ProgrammeLoaders.deflator(env), (in, deflator) -> Map.entry(in, deflator))
                .thenCombine(ProgrammeLoaders.parameters(env), (loaded, parameters) -> ProgrammeAppraisal.of(
                        programme, loaded.getKey(), loaded.getValue(), parameters, options));
    }
}
