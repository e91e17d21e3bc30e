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
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Theme;
import org.wholeplace.provenance.ImportBatch;
import org.wholeplace.unitcost.GdpDeflator;
import org.wholeplace.unitcost.UnitCostRepository;
import reactor.core.publisher.Mono;

/**
 * {@code programmes(theme, place)}, {@code programme(id)} and each programme's {@code costBenefit} and
 * {@code reinvestmentDeal}. The inputs of every programme in a response come in one batch (three statements) and the
 * deflator in one more, whatever the number of programmes.
 */
@Controller
public class ProgrammeController {

    static final String DEFLATOR = "gdpDeflatorOfTheRequest";

    private final ProgrammeRepository repository;

    public ProgrammeController(ProgrammeRepository repository, UnitCostRepository unitCosts,
                               BatchLoaderRegistry loaders) {
        this.repository = repository;
        loaders.forTypePair(String.class, ProgrammeInputs.class)
                .registerMappedBatchLoader((ids, env) -> repository.inputsOf(ids));
        loaders.<String, GdpDeflator>forName(DEFLATOR)
                .registerMappedBatchLoader((keys, env) -> unitCosts.currentGdpDeflator()
                        .map(d -> Map.of(keys.iterator().next(), d)));
    }

    @QueryMapping
    public Mono<List<Programme>> programmes(@Argument String theme, @Argument String place,
                                            @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        if (theme != null) {
            CodeCheck.theme(reference, theme).ifPresent(p -> {
                throw new InvalidInputException(CodeCheck.inField(p, "theme"));
            });
        }
        if (place != null && reference.place(place).isEmpty()) {
            throw new InvalidInputException(CodeCheck.inField(CodeCheck.unknown("place", place), "place"));
        }
        return repository.programmesMatching(theme, place).collectList();
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
    public CompletableFuture<ProgrammeAppraisal> costBenefit(Programme programme, @Argument String priceYear,
                                                             @Argument BigDecimal discountRate,
                                                             @Argument BigDecimal optimismBias,
                                                             DataLoader<String, ProgrammeInputs> inputs,
                                                             DataFetchingEnvironment env) {
        DataLoader<String, GdpDeflator> deflator = env.getDataLoader(DEFLATOR);
        return inputs.load(programme.id()).thenCombine(deflator.load("current"), (in, d) ->
                ProgrammeAppraisal.of(programme, in, d, priceYear, discountRate, optimismBias));
    }

    @SchemaMapping(typeName = "Programme")
    public CompletableFuture<List<ProgrammeAppraisal.DealNet>> reinvestmentDeal(
            Programme programme, @Argument BigDecimal fall, @Argument BigDecimal threshold, @Argument BigDecimal share,
            @Argument BigDecimal cap, @Argument String priceYear, DataLoader<String, ProgrammeInputs> inputs,
            DataFetchingEnvironment env) {
        ReinvestmentDeal deal;
        try {
            deal = new ReinvestmentDeal(threshold, share, cap);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (fall.signum() < 0 || fall.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("fall must be from 0 to 1, not " + fall);
        }
        DataLoader<String, GdpDeflator> deflator = env.getDataLoader(DEFLATOR);
        return inputs.load(programme.id()).thenCombine(deflator.load("current"), (in, d) ->
                ProgrammeAppraisal.of(programme, in, d, priceYear, null, null).withDeal(deal, fall));
    }

    @SchemaMapping(typeName = "CostBenefit")
    public CompletableFuture<Boolean> synthetic(ProgrammeAppraisal appraisal, DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(appraisal.batchIds())
                .thenApply(found -> found.stream().anyMatch(b -> b != null && b.synthetic()));
    }

    @SchemaMapping(typeName = "CostBenefit")
    public CompletableFuture<List<ImportBatch>> batches(ProgrammeAppraisal appraisal,
                                                        DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(appraisal.batchIds());
    }

    @SchemaMapping(typeName = "Programme")
    public FinancialYear start(Programme programme) {
        return new FinancialYear(programme.startYear());
    }

    @SchemaMapping(typeName = "Programme")
    public FinancialYear end(Programme programme) {
        return new FinancialYear(programme.endYear());
    }

    @SchemaMapping(typeName = "CostBenefit")
    public BigDecimal npv(ProgrammeAppraisal a) {
        return a.appraisal().npv();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public Double fiscalRoi(ProgrammeAppraisal a) {
        return a.appraisal().fiscalRoi() == null ? null : a.appraisal().fiscalRoi().doubleValue();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public Double fiscalBcr(ProgrammeAppraisal a) {
        return a.appraisal().fiscalBcr() == null ? null : a.appraisal().fiscalBcr().doubleValue();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public Double publicValueBcr(ProgrammeAppraisal a) {
        return a.appraisal().publicValueBcr() == null ? null : a.appraisal().publicValueBcr().doubleValue();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public Integer paybackYears(ProgrammeAppraisal a) {
        return a.appraisal().paybackYears();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public List<CostBenefit.AgencyNet> byAgency(ProgrammeAppraisal a) {
        return a.appraisal().byAgency();
    }
}
