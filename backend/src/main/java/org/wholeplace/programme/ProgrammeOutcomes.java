package org.wholeplace.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.wholeplace.outcome.ConfidenceLevel;
import org.wholeplace.outcome.Indicator;
import org.wholeplace.outcome.IndicatorObservation;
import org.wholeplace.outcome.IndicatorObservations;
import org.wholeplace.outcome.ObservationRequest;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import reactor.core.publisher.Mono;

/**
 * Programmes tracked through to outcomes: each programme's indicators, before and after its start, in its places and
 * its comparators ({@link OutcomeTracking}). The observations are read as the outcome feature serves them (persons,
 * the usual age band, no category; withheld values withheld), for every programme of a response at once: three
 * statements (the links, the catalogue, the observations) however many programmes.
 */
@Service
public class ProgrammeOutcomes {

    private final ProgrammeRepository programmes;
    private final IndicatorObservations indicators;

    public ProgrammeOutcomes(ProgrammeRepository programmes, IndicatorObservations indicators) {
        this.programmes = programmes;
        this.indicators = indicators;
    }

    public Mono<Map<Programme, List<TrackedOutcome>>> trackedOutcomesOf(Collection<Programme> asked,
                                                                       ReferenceData reference) {
        List<Programme> distinct = asked.stream().distinct().toList();
        return programmes.trackedIndicatorsOf(distinct.stream().map(Programme::id).toList()).flatMap(links -> {
            if (links.isEmpty()) {
                return Mono.just(distinct.stream().collect(Collectors.toMap(Function.identity(),
                        p -> List.<TrackedOutcome>of())));
            }
            return indicators.catalogue().flatMap(catalogue -> {
                Map<String, Indicator> byId = catalogue.stream()
                        .collect(Collectors.toMap(Indicator::id, Function.identity()));
                Set<String> places = new LinkedHashSet<>();
                Set<Indicator> used = new LinkedHashSet<>();
                for (Programme p : distinct) {
                    for (TrackedIndicator link : links.getOrDefault(p.id(), List.of())) {
                        places.addAll(p.placeCodes());
                        places.addAll(comparatorsOf(p, link, reference));
                        used.add(byId.get(link.indicatorId()));
                    }
                }
                return indicators.observations(used, ObservationRequest.of(List.copyOf(places), List.of(),
                                List.of(), ConfidenceLevel.NINETY_FIVE, null), reference)
                        .map(observed -> {
                            Map<Programme, List<TrackedOutcome>> tracked = new HashMap<>();
                            for (Programme p : distinct) {
                                List<TrackedOutcome> outcomes = new ArrayList<>();
                                for (TrackedIndicator link : links.getOrDefault(p.id(), List.of())) {
                                    Indicator indicator = byId.get(link.indicatorId());
                                    List<String> comparators = comparatorsOf(p, link, reference);
                                    outcomes.add(OutcomeTracking.track(indicator, p.startYear(), p.placeCodes(),
                                            comparators, observedIn(observed.getOrDefault(indicator, List.of()),
                                                    p.placeCodes(), comparators)));
                                }
                                tracked.put(p, List.copyOf(outcomes));
                            }
                            return tracked;
                        });
            });
        });
    }

    /** The places listed, or the other places sharing a parent with the programme's, by code. */
    static List<String> comparatorsOf(Programme programme, TrackedIndicator link, ReferenceData reference) {
        if (!link.comparators().isEmpty()) {
            return link.comparators();
        }
        return programme.placeCodes().stream()
                .flatMap(code -> reference.place(code).stream())
                .map(Place::parentCode).filter(parent -> parent != null).distinct()
                .flatMap(parent -> reference.children(parent).stream())
                .map(Place::code).filter(code -> !programme.placeCodes().contains(code))
                .distinct().sorted().toList();
    }

    private static List<OutcomeTracking.Observed> observedIn(List<IndicatorObservation> observations,
                                                            List<String> places, List<String> comparators) {
        return observations.stream()
                .filter(o -> !o.suppressed() && o.value() != null)
                .filter(o -> places.contains(o.place().code()) || comparators.contains(o.place().code()))
                .map(o -> new OutcomeTracking.Observed(o.place().code(), o.period(), o.value(), o.batchId()))
                .toList();
    }
}
