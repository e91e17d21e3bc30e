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

    /** A programme tracked against one indicator, and the places it is compared with. */
    private record Tracking(Programme programme, Indicator indicator, List<String> comparators) {
    }

    public Mono<Map<Programme, List<TrackedOutcome>>> trackedOutcomesOf(Collection<Programme> asked,
                                                                       ReferenceData reference) {
        List<Programme> distinct = asked.stream().distinct().toList();
        return programmes.trackedIndicatorsOf(distinct.stream().map(Programme::id).toList()).flatMap(links ->
                links.isEmpty() ? Mono.just(tracked(distinct, List.of(), Map.of()))
                        : indicators.catalogue().flatMap(catalogue -> {
                            List<Tracking> trackings = trackings(distinct, links, catalogue, reference);
                            return observationsFor(trackings, reference)
                                    .map(observed -> tracked(distinct, trackings, observed));
                        }));
    }

    private static List<Tracking> trackings(List<Programme> programmes, Map<String, List<TrackedIndicator>> links,
                                            List<Indicator> catalogue, ReferenceData reference) {
        Map<String, Indicator> byId = catalogue.stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        List<Tracking> trackings = new ArrayList<>();
        for (Programme p : programmes) {
            for (TrackedIndicator link : links.getOrDefault(p.id(), List.of())) {
                trackings.add(new Tracking(p, byId.get(link.indicatorId()), comparatorsOf(p, link, reference)));
            }
        }
        return trackings;
    }

    /** Every tracked indicator's observations of every programme's places and comparators, in one request. */
    private Mono<Map<Indicator, List<IndicatorObservation>>> observationsFor(List<Tracking> trackings,
                                                                            ReferenceData reference) {
        Set<String> places = new LinkedHashSet<>();
        Set<Indicator> used = new LinkedHashSet<>();
        for (Tracking t : trackings) {
            places.addAll(t.programme().placeCodes());
            places.addAll(t.comparators());
            used.add(t.indicator());
        }
        return indicators.observations(used, ObservationRequest.of(List.copyOf(places), List.of(), List.of(),
                ConfidenceLevel.NINETY_FIVE, null), reference);
    }

    /** Each programme's tracked outcomes, in the order its file lists the indicators; none for one tracking none. */
    private static Map<Programme, List<TrackedOutcome>> tracked(List<Programme> programmes, List<Tracking> trackings,
                                                               Map<Indicator, List<IndicatorObservation>> observed) {
        Map<Programme, List<TrackedOutcome>> tracked = new HashMap<>();
        programmes.forEach(p -> tracked.put(p, new ArrayList<>()));
        for (Tracking t : trackings) {
            List<String> places = t.programme().placeCodes();
            tracked.get(t.programme()).add(OutcomeTracking.track(t.indicator(), t.programme().startYear(), places,
                    t.comparators(), observedIn(observed.getOrDefault(t.indicator(), List.of()), places,
                            t.comparators())));
        }
        tracked.replaceAll((p, outcomes) -> List.copyOf(outcomes));
        return tracked;
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
