package org.wholeplace.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.period.Period;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ComparatorGroup;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Indicators and their benchmarked observations: the outcome feature's service, for its own controller and for
 * features that set outcomes beside something else (spend beside outcomes). The observations of many indicators come
 * in one query; the benchmarks are computed from them.
 */
@Service
public class IndicatorObservations {

    private final OutcomeRepository outcomes;
    private final int suppressBelow;

    public IndicatorObservations(OutcomeRepository outcomes,
                                 @Value("${wholeplace.outcomes.suppress-below:5}") int suppressBelow) {
        this.outcomes = outcomes;
        this.suppressBelow = suppressBelow;
    }

    public Mono<List<Indicator>> catalogue() {
        return outcomes.indicators().collectList();
    }

    public Mono<Indicator> indicator(String id) {
        return outcomes.indicator(id)
                .switchIfEmpty(Mono.error(() -> new InvalidInputException(
                        CodeCheck.inField(CodeCheck.unknownNamed("indicator", id), null))));
    }

    /** Every period of each indicator with an observation, as labelled, oldest first. */
    public Mono<Map<Indicator, List<Period>>> periodsOf(Collection<Indicator> indicators) {
        return outcomes.periodsOf(indicators.stream().map(Indicator::id).toList())
                .map(found -> indicators.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        i -> found.getOrDefault(i.id(), List.of()))));
    }

    /** The observations the request asks for of each indicator, benchmarked: one query for all of them. */
    public Mono<Map<Indicator, List<IndicatorObservation>>> observations(Collection<Indicator> indicators,
                                                                       ObservationRequest request,
                                                                       ReferenceData reference) {
        List<Indicator> distinct = indicators.stream().distinct().toList();
        return rowsOf(distinct, new LinkedHashSet<>(request.places()), request.comparators(), reference,
                request.sexes(), request.categories())
                .map(rows -> distinct.stream().collect(Collectors.toMap(Function.identity(),
                        i -> byBreakdown(i, rows, request, reference))));
    }

    /**
     * Each breakdown asked for (sex, age band, category) benchmarked on its own, so that no comparison, rank or trend
     * mixes them: the sexes asked for, the ages asked for or the indicator's usual one, the categories asked for or
     * none.
     */
    private List<IndicatorObservation> byBreakdown(Indicator indicator, List<ObservationRow> rows,
                                                   ObservationRequest request, ReferenceData reference) {
        List<ObservationRow> own = rows.stream().filter(r -> r.indicatorId().equals(indicator.id())).toList();
        // lists that may hold, and be asked about, null (no age or category stated), which List.of cannot
        List<String> ages = request.ages().isEmpty() ? Collections.singletonList(usualAge(own))
                : new ArrayList<>(request.ages());
        List<String> categories = request.categories().isEmpty() ? Collections.singletonList(null)
                : new ArrayList<>(request.categories());
        // in the order asked for: by sex, then age, then category
        Comparator<Breakdown> asked = Comparator.<Breakdown>comparingInt(b -> request.sexes().indexOf(b.sex()))
                .thenComparingInt(b -> ages.indexOf(b.age()))
                .thenComparingInt(b -> categories.indexOf(b.category()))
                .thenComparing(Breakdown::categoryType, Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<Breakdown, List<ObservationRow>> groups = own.stream()
                .filter(r -> request.sexes().contains(r.breakdown().sex()) && ages.contains(r.age())
                        && categories.contains(r.category()))
                .collect(Collectors.groupingBy(ObservationRow::breakdown, () -> new TreeMap<>(asked),
                        Collectors.toList()));
        List<IndicatorObservation> result = new ArrayList<>();
        groups.values().forEach(group -> result.addAll(benchmarks(indicator, group, request.confidence(), reference)
                .benchmark(request.places(), request.periods(), request.comparators(), request.rankAmong())));
        return result;
    }

    /** The age band most of an indicator's observations of persons, of no category, are of (null: none stated). */
    static String usualAge(List<ObservationRow> rows) {
        Map<String, Long> counts = rows.stream()
                .filter(r -> Sex.PERSONS.code().equals(r.sex()) && r.category() == null)
                .collect(Collectors.groupingBy(r -> r.age() == null ? "" : r.age(), TreeMap::new,
                        Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).filter(age -> !age.isEmpty()).orElse(null);
    }

    /**
     * Every place within {@code root} (or, given a group, every member of it) for one indicator and period, ranked
     * among them, best first, beside England and the root.
     */
    public Mono<BoroughComparison> boroughComparison(Indicator indicator, Period period, Place root,
                                                     ComparatorGroup group, ConfidenceLevel confidence,
                                                     ReferenceData reference) {
        List<String> compared = group != null ? group.members()
                : reference.children(root.code()).stream().map(Place::code).toList();
        Set<String> places = new LinkedHashSet<>(compared);
        places.add(root.code());
        return rowsOf(List.of(indicator), places, List.of(), reference, List.of(Sex.PERSONS), List.of()).map(all -> {
            String age = usualAge(all);
            List<ObservationRow> rows = all.stream().filter(r -> Objects.equals(r.age(), age)).toList();
            IndicatorBenchmarks b = benchmarks(indicator, rows, confidence, reference);
            List<IndicatorObservation> ranked = b.ranked(compared, period);
            return new BoroughComparison(indicator, period.label(), root, b.valueAt(Place.ENGLAND, period),
                    b.valueAt(root.code(), period),
                    IndicatorBenchmarks.median(ranked.stream().map(IndicatorObservation::value).toList()), ranked);
        });
    }

    /** Observations for every key of a response's batch: one query per distinct request, usually one in all. */
    Mono<Map<ObservationsOf, List<IndicatorObservation>>> observations(Set<ObservationsOf> keys,
                                                                     ReferenceData reference) {
        Map<ObservationRequest, List<ObservationsOf>> byRequest = keys.stream()
                .collect(Collectors.groupingBy(ObservationsOf::request));
        return Flux.fromIterable(byRequest.entrySet())
                .concatMap(group -> observations(group.getValue().stream().map(ObservationsOf::indicator).toList(),
                        group.getKey(), reference)
                        .flatMapIterable(found -> group.getValue().stream()
                                .map(key -> Map.entry(key, found.get(key.indicator()))).toList()))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** The theme's indicators in one place, every period, benchmarked at 95%. */
    public Mono<List<IndicatorSeries>> seriesOfTheme(String theme, String place, ReferenceData reference) {
        return outcomes.indicators()
                .filter(i -> i.themeCodes().contains(theme))
                .collectList()
                .flatMap(indicators -> rowsOf(indicators, Set.of(place), List.of(), reference, List.of(Sex.PERSONS),
                        List.of())
                        .map(rows -> indicators.stream().map(i -> new IndicatorSeries(i, byBreakdown(i, rows,
                                ObservationRequest.of(List.of(place), List.of(), List.of(),
                                        ConfidenceLevel.NINETY_FIVE, null), reference))).toList()));
    }

    /** The indicators' observations of the places asked for and of those they are benchmarked against. */
    private Mono<List<ObservationRow>> rowsOf(List<Indicator> indicators, Set<String> asked, List<String> comparators,
                                              ReferenceData reference, List<Sex> sexes, List<String> categories) {
        Set<String> needed = IndicatorBenchmarks.placesNeeded(asked, comparators, reference);
        return outcomes.observations(indicators.stream().map(Indicator::id).toList(), needed, sexes, categories)
                .collectList();
    }

    /** @param rows observations of this indicator and perhaps others: only its own are read */
    private IndicatorBenchmarks benchmarks(Indicator indicator, List<ObservationRow> rows, ConfidenceLevel confidence,
                                           ReferenceData reference) {
        return new IndicatorBenchmarks(indicator,
                rows.stream().filter(r -> r.indicatorId().equals(indicator.id())).toList(), reference,
                confidence == null ? ConfidenceLevel.NINETY_FIVE : confidence, suppressBelow);
    }

    /** Greater Manchester and its boroughs: whom observations are of when no place is asked for. */
    public static List<String> greaterManchester(ReferenceData reference) {
        List<String> places = new ArrayList<>();
        places.add(Place.GREATER_MANCHESTER);
        reference.children(Place.GREATER_MANCHESTER).forEach(p -> places.add(p.code()));
        return places;
    }
}
