package org.wholeplace.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.period.Period;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Theme;
import org.wholeplace.provenance.ImportBatch;
import reactor.core.publisher.Mono;

/**
 * The indicator catalogue, benchmarked observations and the borough comparison panel, mapped to
 * {@link IndicatorObservations}. Every list under an indicator is batched: one query for the periods of every
 * indicator in the response, one for the observations of all that ask the same.
 */
@Controller
public class OutcomeController {

    private final IndicatorObservations indicators;

    public OutcomeController(IndicatorObservations indicators, BatchLoaderRegistry loaders) {
        this.indicators = indicators;
        loaders.<ObservationsOf, List<IndicatorObservation>>forName(ObservationsOf.LOADER)
                .registerMappedBatchLoader((keys, env) -> indicators.observations(keys,
                        env.<GraphQLContext>getContext().get(ReferenceData.CONTEXT_KEY)));
    }

    @QueryMapping
    public Mono<List<Indicator>> indicators(@Argument String theme,
                                            @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        IndicatorsRequest request = IndicatorsRequest.of(theme, reference);
        return indicators.catalogue().map(all -> all.stream().filter(request::includes).toList());
    }

    @QueryMapping
    public Mono<Indicator> indicator(@Argument String id) {
        return indicators.indicator(id).onErrorResume(InvalidInputException.class, e -> Mono.empty());
    }

    @SchemaMapping(typeName = "Indicator")
    public List<Theme> themes(Indicator indicator, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        return indicator.themeCodes().stream().map(code -> reference.theme(code).orElseThrow()).toList();
    }

    @BatchMapping(typeName = "Indicator")
    public Mono<Map<Indicator, List<String>>> periods(List<Indicator> asked) {
        return indicators.periodsOf(asked).map(found -> found.entrySet().stream().collect(
                Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().map(Period::label).toList())));
    }

    @SchemaMapping(typeName = "Indicator")
    public CompletableFuture<List<IndicatorObservation>> observations(
            Indicator indicator, @Argument List<String> places, @Argument List<String> periods,
            @Argument List<String> comparators, @Argument String comparatorGroup,
            @Argument List<String> sexes, @Argument List<String> ages, @Argument List<String> categories,
            @Argument ConfidenceLevel confidence, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference,
            DataLoader<ObservationsOf, List<IndicatorObservation>> observationsOf) {
        return observationsOf.load(new ObservationsOf(indicator, ObservationRequest.of(places, periods, comparators,
                comparatorGroup, sexes, ages, categories, confidence, reference)));
    }

    @QueryMapping
    public Mono<BoroughComparison> boroughComparison(@Argument String indicator, @Argument String period,
                                                     @Argument String within, @Argument String group,
                                                     @Argument ConfidenceLevel confidence,
                                                     @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        BoroughComparisonRequest request = BoroughComparisonRequest.of(indicator, period, within, group, confidence,
                reference);
        return indicators.indicator(request.indicator()).flatMap(found -> latestUnlessGiven(found, request)
                .flatMap(span -> indicators.boroughComparison(found, span, request.within(), request.group(),
                        request.confidence(), reference)));
    }

    /** The period asked for, or the indicator's latest with an observation. */
    private Mono<Period> latestUnlessGiven(Indicator indicator, BoroughComparisonRequest request) {
        if (request.period().isPresent()) {
            return Mono.just(request.period().get());
        }
        return indicators.periodsOf(List.of(indicator)).flatMap(found -> {
            List<Period> periods = found.getOrDefault(indicator, List.of());
            return periods.isEmpty() ? Mono.error(new InvalidInputException("Indicator '" + indicator.id()
                    + "' has no observations")) : Mono.just(periods.getLast());
        });
    }

    @SchemaMapping(typeName = "IndicatorObservation")
    public String period(IndicatorObservation observation) {
        return observation.period().label();
    }

    /** As Fingertips labels it: Persons, Male, Female. */
    @SchemaMapping(typeName = "IndicatorObservation")
    public String sex(IndicatorObservation observation) {
        String code = observation.breakdown().sex().code();
        return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
    }

    @SchemaMapping(typeName = "IndicatorObservation")
    public String age(IndicatorObservation observation) {
        return observation.breakdown().age();
    }

    @SchemaMapping(typeName = "IndicatorObservation")
    public String category(IndicatorObservation observation) {
        return observation.breakdown().category();
    }

    @SchemaMapping(typeName = "IndicatorObservation")
    public String categoryType(IndicatorObservation observation) {
        return observation.breakdown().categoryType();
    }

    @SchemaMapping(typeName = "IndicatorObservation")
    public String periodStart(IndicatorObservation observation) {
        return observation.period().start().toString();
    }

    @SchemaMapping(typeName = "IndicatorObservation")
    public String periodEnd(IndicatorObservation observation) {
        return observation.period().end().toString();
    }

    @SchemaMapping(typeName = "IndicatorObservation")
    public CompletableFuture<ImportBatch> batch(IndicatorObservation observation,
                                                DataLoader<Long, ImportBatch> batches) {
        return batches.load(observation.batchId());
    }
}
