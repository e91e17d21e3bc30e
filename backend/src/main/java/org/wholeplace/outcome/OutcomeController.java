package org.wholeplace.outcome;

import java.util.LinkedHashSet;
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
import org.wholeplace.place.ComparatorGroup;
import org.wholeplace.place.Place;
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
        if (theme != null && reference.theme(theme).isEmpty()) {
            throw new InvalidInputException("Unknown theme code '" + theme + "'");
        }
        return indicators.catalogue().map(all -> all.stream()
                .filter(i -> theme == null || i.themeCodes().contains(theme)).toList());
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
        if (comparators != null && !comparators.isEmpty() && comparatorGroup != null) {
            throw new InvalidInputException("Give comparators or comparatorGroup, not both");
        }
        ComparatorGroup group = comparatorGroup == null ? null : group(comparatorGroup, "comparatorGroup", reference);
        List<String> asked = places == null || places.isEmpty() ? IndicatorObservations.greaterManchester(reference)
                : known(places, "places", reference);
        List<String> benchmark = group != null ? group.members()
                : comparators == null ? List.of() : known(comparators, "comparators", reference);
        List<Period> spans = periods == null ? List.of() : periods.stream().map(OutcomeController::period).toList();
        List<Sex> wanted = sexes == null || sexes.isEmpty() ? List.of(Sex.PERSONS) : sexes.stream()
                .map(sex -> Sex.of(sex).orElseThrow(() -> new InvalidInputException(Sex.notASex(sex) + " in sexes")))
                .distinct().toList();
        return observationsOf.load(new ObservationsOf(indicator, new ObservationRequest(asked, spans, benchmark,
                confidence == null ? ConfidenceLevel.NINETY_FIVE : confidence,
                group == null ? null : group.members(), wanted, ages == null ? List.of() : List.copyOf(ages),
                categories == null ? List.of() : List.copyOf(categories))));
    }

    @QueryMapping
    public Mono<BoroughComparison> boroughComparison(@Argument String indicator, @Argument String period,
                                                     @Argument String within, @Argument String group,
                                                     @Argument ConfidenceLevel confidence,
                                                     @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        Place root = reference.place(within).orElseThrow(
                () -> new InvalidInputException("Unknown place code '" + within + "' in within"));
        ComparatorGroup compared = group == null ? null : group(group, "group", reference);
        return indicators.indicator(indicator).flatMap(found -> latestUnlessGiven(found, period)
                .flatMap(span -> indicators.boroughComparison(found, span, root, compared,
                        confidence == null ? ConfidenceLevel.NINETY_FIVE : confidence, reference)));
    }

    /** The period asked for, or the indicator's latest with an observation. */
    private Mono<Period> latestUnlessGiven(Indicator indicator, String period) {
        if (period != null) {
            return Mono.just(period(period));
        }
        return indicators.periodsOf(List.of(indicator)).flatMap(found -> {
            List<Period> periods = found.getOrDefault(indicator, List.of());
            return periods.isEmpty() ? Mono.error(new InvalidInputException("Indicator '" + indicator.id()
                    + "' has no observations")) : Mono.just(periods.getLast());
        });
    }

    private static ComparatorGroup group(String code, String field, ReferenceData reference) {
        return reference.comparatorGroup(code).orElseThrow(() -> new InvalidInputException("Unknown comparator "
                + "group '" + code + "' in " + field + "; see comparatorGroups"));
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

    private static List<String> known(List<String> codes, String field, ReferenceData reference) {
        for (String code : codes) {
            if (reference.place(code).isEmpty()) {
                throw new InvalidInputException("Unknown place code '" + code + "' in " + field);
            }
        }
        return List.copyOf(new LinkedHashSet<>(codes));
    }

    private static Period period(String label) {
        return Period.parse(label).orElseThrow(() -> new InvalidInputException("'" + label + "' is not a period ("
                + Period.STYLES + ")"));
    }
}
