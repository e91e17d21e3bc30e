package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.wholeplace.outcome.IndicatorObservations;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Basis;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.prices.PriceBasis;
import org.wholeplace.programme.ProgrammeFilter;
import org.wholeplace.programme.ProgrammeRepository;
import reactor.core.publisher.Mono;

/**
 * The allowed values of a dashboard filter: as its file lists them, or else what the data holds for its kind. Years,
 * bases, themes and places come from the reference snapshot, the prices are cash or real terms; indicators and programmes are read when asked for.
 */
@Service
public class FilterOptions {

    private final IndicatorObservations indicators;
    private final ProgrammeRepository programmes;

    public FilterOptions(IndicatorObservations indicators, ProgrammeRepository programmes) {
        this.indicators = indicators;
        this.programmes = programmes;
    }

    public Mono<List<FilterOption>> of(DashboardFilter filter, ReferenceData reference) {
        if (!filter.options().isEmpty()) {
            return Mono.just(filter.options());
        }
        return switch (filter.kind()) {
            case YEAR -> Mono.just(reference.spendYears().reversed().stream()
                    .map(FinancialYear::label).map(y -> new FilterOption(y, y)).toList());
            case BASIS -> Mono.just(List.of(Basis.values()).stream().map(b -> new FilterOption(b.name(),
                    b.code().substring(0, 1).toUpperCase(Locale.ROOT) + b.code().substring(1))).toList());
            case THEME -> Mono.just(reference.themes().values().stream()
                    .map(t -> new FilterOption(t.code(), t.name())).toList());
            case PLACE -> Mono.just(places(reference.children(Place.GREATER_MANCHESTER)));
            case WITHIN -> Mono.just(places(List.of(Place.GREATER_MANCHESTER, Place.ENGLAND).stream()
                    .flatMap(code -> reference.place(code).stream()).toList()));
            case INDICATOR -> indicators.catalogue().map(all -> all.stream()
                    .map(i -> new FilterOption(i.id(), i.name())).toList());
            case PROGRAMME -> programmes.programmesMatching(new ProgrammeFilter(List.of(), List.of(), List.of()))
                    .map(p -> new FilterOption(p.id(), p.name())).collectList();
            // the prices' year is the panel document's, so a file that fixes one says it in its options' labels
            case PRICES -> Mono.just(List.of(new FilterOption(PriceBasis.CASH.name(), "Cash (as spent)"),
                    new FilterOption(PriceBasis.REAL.name(), "Real terms")));
        };
    }

    private static List<FilterOption> places(List<Place> places) {
        List<FilterOption> options = new ArrayList<>();
        places.forEach(p -> options.add(new FilterOption(p.code(), p.name())));
        return List.copyOf(options);
    }
}
