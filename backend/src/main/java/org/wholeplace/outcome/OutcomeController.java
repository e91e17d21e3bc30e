package org.wholeplace.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.ingest.ImportBatch;
import org.wholeplace.place.FinancialYear;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.place.Theme;
import org.wholeplace.spend.SpendDimension;
import org.wholeplace.spend.SpendFilter;
import org.wholeplace.spend.SpendOrder;
import org.wholeplace.spend.SpendOrderField;
import org.wholeplace.spend.SpendQuery;
import org.wholeplace.spend.SpendRequest;
import org.wholeplace.spend.SpendRow;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The indicator catalogue, benchmarked observations, the borough comparison panel and spend beside outcomes. Each
 * indicator's observations are one query; the benchmarks are computed from them.
 */
@Controller
public class OutcomeController {

    private final OutcomeRepository outcomes;
    private final SpendQuery spend;
    private final ReferenceDataCache reference;
    private final int suppressBelow;

    public OutcomeController(OutcomeRepository outcomes, SpendQuery spend, ReferenceDataCache reference,
                             @Value("${wholeplace.outcomes.suppress-below:5}") int suppressBelow) {
        this.outcomes = outcomes;
        this.spend = spend;
        this.reference = reference;
        this.suppressBelow = suppressBelow;
    }

    @QueryMapping
    public Flux<Indicator> indicators(@Argument String theme) {
        if (theme != null && reference.get().theme(theme).isEmpty()) {
            throw new InvalidInputException("Unknown theme code '" + theme + "'");
        }
        return outcomes.indicators().filter(i -> theme == null || i.themeCodes().contains(theme));
    }

    @QueryMapping
    public Mono<Indicator> indicator(@Argument String id) {
        return indicatorOrRefuse(id).onErrorResume(InvalidInputException.class, e -> Mono.empty());
    }

    @SchemaMapping(typeName = "Indicator")
    public List<Theme> themes(Indicator indicator) {
        ReferenceData data = reference.get();
        return indicator.themeCodes().stream().map(code -> data.theme(code).orElseThrow()).toList();
    }

    @SchemaMapping(typeName = "Indicator")
    public Mono<List<String>> periods(Indicator indicator) {
        return outcomes.periodsOf(indicator.id()).map(Period::label).collectList();
    }

    @SchemaMapping(typeName = "Indicator")
    public Mono<List<IndicatorObservation>> observations(Indicator indicator, @Argument List<String> places,
                                                         @Argument List<String> periods,
                                                         @Argument List<String> comparators,
                                                         @Argument ConfidenceLevel confidence) {
        ReferenceData data = reference.get();
        List<String> asked = places == null || places.isEmpty() ? greaterManchester(data) : known(places, "places");
        List<String> group = comparators == null ? List.of() : known(comparators, "comparators");
        List<Period> spans = periods == null ? List.of() : periods.stream().map(OutcomeController::period).toList();
        return benchmarks(indicator, new LinkedHashSet<>(asked), group, confidence)
                .map(b -> b.benchmark(asked, spans, group));
    }

    @QueryMapping
    public Mono<BoroughComparison> boroughComparison(@Argument String indicator, @Argument String period,
                                                     @Argument String within,
                                                     @Argument ConfidenceLevel confidence) {
        ReferenceData data = reference.get();
        Place root = data.place(within).orElseThrow(
                () -> new InvalidInputException("Unknown place code '" + within + "' in within"));
        Period span = period(period);
        Set<String> places = new LinkedHashSet<>(data.children(root.code()).stream().map(Place::code).toList());
        places.add(root.code());
        return indicatorOrRefuse(indicator).flatMap(found -> benchmarks(found, places, List.of(), confidence)
                .map(b -> {
                    List<IndicatorObservation> rows = b.peersRanked(root.code(), span);
                    return new BoroughComparison(found, span.label(), root,
                            b.valueAt(Place.ENGLAND, span), b.valueAt(root.code(), span),
                            IndicatorBenchmarks.median(rows.stream().map(IndicatorObservation::value).toList()),
                            rows);
                }));
    }

    @QueryMapping
    public Mono<SpendAndOutcomes> spendAndOutcomes(@Argument String theme, @Argument String place) {
        ReferenceData data = reference.get();
        Theme asked = data.theme(theme).orElseThrow(() -> new InvalidInputException("Unknown theme code '" + theme + "'"));
        Place where = data.place(place).orElseThrow(
                () -> new InvalidInputException("Unknown place code '" + place + "'"));
        SpendRequest request = SpendRequest.of(new SpendFilter(List.of(place), null, null, null, List.of(theme), null,
                        null), List.of(SpendDimension.YEAR),
                List.of(new SpendOrder(SpendOrderField.YEAR, SpendOrder.Direction.ASC)), null, data,
                Set.of(SpendRequest.Extra.PER_HEAD, SpendRequest.Extra.BATCHES));
        Mono<List<SpendRow>> spendRows = spend.spendGroupedBy(request).map(row -> SpendRow.of(row, data)).collectList();
        // the theme's indicators, then all their observations in one query
        Mono<List<IndicatorSeries>> series = outcomes.indicators()
                .filter(i -> i.themeCodes().contains(theme))
                .collectList()
                .flatMap(indicators -> observationsOf(indicators, Set.of(place), List.of())
                        .map(rows -> indicators.stream().map(i -> new IndicatorSeries(i,
                                benchmarks(i, rows, ConfidenceLevel.NINETY_FIVE)
                                        .benchmark(List.of(place), List.of(), List.of()))).toList()));
        return Mono.zip(spendRows, series).map(t -> new SpendAndOutcomes(asked, where, t.getT1(), t.getT2(),
                timeline(t.getT1(), t.getT2())));
    }

    /** Each financial year from the first to the last with spend or an observation; observations by overlap. */
    static List<ThemeYear> timeline(List<SpendRow> spend, List<IndicatorSeries> series) {
        Map<Integer, SpendRow> spendByYear = new HashMap<>();
        spend.forEach(row -> spendByYear.put(row.year().startYear(), row));
        IntSummaryStatistics years = new IntSummaryStatistics();
        spendByYear.keySet().forEach(years::accept);
        for (IndicatorSeries s : series) {
            for (IndicatorObservation o : s.observations()) {
                years.accept(financialYearOf(o.period().start()));
                years.accept(financialYearOf(o.period().end()));
            }
        }
        List<ThemeYear> timeline = new ArrayList<>();
        for (int start = years.getMin(); years.getCount() > 0 && start <= years.getMax(); start++) {
            FinancialYear year = new FinancialYear(start);
            List<YearOutcome> outcomes = new ArrayList<>();
            for (IndicatorSeries s : series) {
                for (IndicatorObservation o : s.observations()) {
                    if (!o.period().start().isAfter(year.endsOn()) && !o.period().end().isBefore(year.startsOn())) {
                        outcomes.add(new YearOutcome(s.indicator(), o));
                    }
                }
            }
            SpendRow row = spendByYear.get(start);
            timeline.add(new ThemeYear(year, row == null ? null : row.total(), row == null ? null : row.perHead(),
                    row == null ? List.of() : row.batchIds(), outcomes));
        }
        return timeline;
    }

    private static int financialYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** Whether the year's spend includes generated figures; null for a year without spend. */
    @SchemaMapping(typeName = "ThemeYear")
    public CompletableFuture<Boolean> synthetic(ThemeYear year, DataLoader<Long, ImportBatch> batches) {
        if (year.batchIds().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return batches.loadMany(year.batchIds()).thenApply(found -> found.stream()
                .anyMatch(b -> b != null && b.synthetic()));
    }

    @SchemaMapping(typeName = "IndicatorObservation")
    public String period(IndicatorObservation observation) {
        return observation.period().label();
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

    private Mono<IndicatorBenchmarks> benchmarks(Indicator indicator, Set<String> asked, List<String> comparators,
                                                 ConfidenceLevel confidence) {
        return observationsOf(List.of(indicator), asked, comparators).map(rows -> benchmarks(indicator, rows, confidence));
    }

    /** The indicators' observations of the places asked for and of those they are benchmarked against. */
    private Mono<List<ObservationRow>> observationsOf(List<Indicator> indicators, Set<String> asked,
                                                      List<String> comparators) {
        Set<String> needed = IndicatorBenchmarks.placesNeeded(asked, comparators, reference.get());
        return outcomes.observations(indicators.stream().map(Indicator::id).toList(), needed).collectList();
    }

    /** @param rows observations of this indicator and perhaps others: only its own are read */
    private IndicatorBenchmarks benchmarks(Indicator indicator, List<ObservationRow> rows, ConfidenceLevel confidence) {
        return new IndicatorBenchmarks(indicator,
                rows.stream().filter(r -> r.indicatorId().equals(indicator.id())).toList(), reference.get(),
                confidence == null ? ConfidenceLevel.NINETY_FIVE : confidence, suppressBelow);
    }

    private Mono<Indicator> indicatorOrRefuse(String id) {
        return outcomes.indicator(id)
                .switchIfEmpty(Mono.error(new InvalidInputException("Unknown indicator '" + id + "'")));
    }

    private List<String> known(List<String> codes, String field) {
        ReferenceData data = reference.get();
        for (String code : codes) {
            if (data.place(code).isEmpty()) {
                throw new InvalidInputException("Unknown place code '" + code + "' in " + field);
            }
        }
        return List.copyOf(new LinkedHashSet<>(codes));
    }

    private static List<String> greaterManchester(ReferenceData data) {
        List<String> places = new ArrayList<>();
        places.add(Place.GREATER_MANCHESTER);
        data.children(Place.GREATER_MANCHESTER).forEach(p -> places.add(p.code()));
        return places;
    }

    private static Period period(String label) {
        return Period.parse(label).orElseThrow(() -> new InvalidInputException("'" + label + "' is not a period ("
                + Period.STYLES + ")"));
    }

    public record BoroughComparison(Indicator indicator, String period, Place within, Double england, Double region,
                                    Double median, List<IndicatorObservation> rows) {
    }

    public record SpendAndOutcomes(Theme theme, Place place, List<SpendRow> spend, List<IndicatorSeries> indicators,
                                   List<ThemeYear> timeline) {
    }

    /** @param batchIds the import batches of the year's spend, for {@link #synthetic} */
    public record ThemeYear(FinancialYear year, BigDecimal total, BigDecimal perHead, List<Long> batchIds,
                            List<YearOutcome> outcomes) {
    }

    public record YearOutcome(Indicator indicator, IndicatorObservation observation) {
    }

    public record IndicatorSeries(Indicator indicator, List<IndicatorObservation> observations) {
    }
}
