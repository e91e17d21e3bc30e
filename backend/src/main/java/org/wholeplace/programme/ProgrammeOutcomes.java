package org.wholeplace.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.wholeplace.outcome.ConfidenceLevel;
import org.wholeplace.outcome.Indicator;
import org.wholeplace.outcome.IndicatorObservation;
import org.wholeplace.outcome.IndicatorObservations;
import org.wholeplace.outcome.ObservationRequest;
import org.wholeplace.place.ComparatorGroup;
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

    /** A programme tracked against one indicator, the places it is compared with, and its share of the cost. */
    private record Tracking(Programme programme, Indicator indicator, OutcomeTracking.Comparators comparators,
                            BigDecimal costShare) {
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
            List<TrackedIndicator> linked = links.getOrDefault(p.id(), List.of());
            for (TrackedIndicator link : linked) {
                trackings.add(new Tracking(p, byId.get(link.indicatorId()), comparatorsOf(p, link, reference),
                        costShare(link, linked)));
            }
        }
        return trackings;
    }

    /**
     * The part of the programme's cost an indicator bears: as the file states, or an equal share of what the
     * indicators stating a share leave (all of it, shared equally, when none states one). Shares add up to at most 1:
     * the file is refused otherwise.
     */
    static BigDecimal costShare(TrackedIndicator link, List<TrackedIndicator> linked) {
        if (link.costShare() != null) {
            return link.costShare();
        }
        BigDecimal stated = linked.stream().map(TrackedIndicator::costShare).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long unstated = linked.stream().filter(l -> l.costShare() == null).count();
        return BigDecimal.ONE.subtract(stated).divide(BigDecimal.valueOf(unstated), MathContext.DECIMAL64);
    }

    /** Every tracked indicator's observations of every programme's places and comparators, in one request. */
    private Mono<Map<Indicator, List<IndicatorObservation>>> observationsFor(List<Tracking> trackings,
                                                                            ReferenceData reference) {
        Set<String> places = new LinkedHashSet<>();
        Set<Indicator> used = new LinkedHashSet<>();
        for (Tracking t : trackings) {
            places.addAll(t.programme().placeCodes());
            places.addAll(t.comparators().places());
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
                    t.comparators(), t.costShare(), observedIn(observed.getOrDefault(t.indicator(), List.of()),
                            places, t.comparators().places())));
        }
        tracked.replaceAll((p, outcomes) -> List.copyOf(outcomes));
        return tracked;
    }

    /**
     * The places listed; or the members of the comparator group named; or by default the other places sharing a
     * parent with the programme's; by code, the programme's own places left out.
     */
    static OutcomeTracking.Comparators comparatorsOf(Programme programme, TrackedIndicator link,
                                                     ReferenceData reference) {
        if (!link.comparators().isEmpty()) {
            return new OutcomeTracking.Comparators(link.comparators(), ComparatorRule.LISTED, null);
        }
        if (link.comparatorGroup() != null) {
            // a group since removed leaves no comparators, and the tracking says it has too few
            return new OutcomeTracking.Comparators(reference.comparatorGroup(link.comparatorGroup())
                    .map(ComparatorGroup::members).orElse(List.of()).stream()
                    .filter(code -> !programme.placeCodes().contains(code)).toList(), ComparatorRule.GROUP,
                    link.comparatorGroup());
        }
        return new OutcomeTracking.Comparators(programme.placeCodes().stream()
                .flatMap(code -> reference.place(code).stream())
                .map(Place::parentCode).filter(parent -> parent != null).distinct()
                .flatMap(parent -> reference.children(parent).stream())
                .map(Place::code).filter(code -> !programme.placeCodes().contains(code))
                .distinct().sorted().toList(), ComparatorRule.SHARED_PARENT, null);
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
