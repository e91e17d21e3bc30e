package org.wholeplace.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.wholeplace.outcome.Indicator;
import org.wholeplace.outcome.Polarity;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.period.Period;

/**
 * Tracks a programme against an indicator: which periods fall before its start and which after, which places have a
 * value in all of them, and the difference in differences. A period is before when it ends before the programme's
 * first financial year starts, after when it starts on or after that day; a period spanning the start is neither.
 * The periods used are those in which every programme place with any value has one; a comparator counts only with a
 * value in each of them, so that both groups are seen over the same periods. Periods are told apart by the dates
 * they cover, so 2017/18 and 2017-18 are one.
 */
final class OutcomeTracking {

    static final int PERIODS_BEFORE = 2;
    static final int PERIODS_AFTER = 1;
    static final int COMPARATORS = 2;

    /** A published value: of a place, in a period, from a batch. Withheld or missing values are not observed. */
    record Observed(String place, Period period, double value, long batchId) {
    }

    private record Span(LocalDate start, LocalDate end) {
        static Span of(Period p) {
            return new Span(p.start(), p.end());
        }
    }

    private OutcomeTracking() {
    }

    static TrackedOutcome track(Indicator indicator, int startYear, List<String> programmePlaces,
                                List<String> comparatorPlaces, List<Observed> observations) {
        LocalDate start = new FinancialYear(startYear).startsOn();
        Map<String, Map<Span, Observed>> byPlace = new HashMap<>();
        Map<Span, Period> labels = new TreeMap<>(Comparator.comparing(Span::start).thenComparing(Span::end));
        for (Observed o : observations) {
            byPlace.computeIfAbsent(o.place(), p -> new HashMap<>()).put(Span.of(o.period()), o);
            labels.putIfAbsent(Span.of(o.period()), o.period());
        }
        List<String> places = programmePlaces.stream().filter(byPlace::containsKey).toList();
        if (places.isEmpty()) {
            return without(indicator, places, "no values of the programme's places for this indicator");
        }
        List<Span> before = new ArrayList<>();
        List<Span> after = new ArrayList<>();
        for (Span span : labels.keySet()) {
            if (places.stream().allMatch(p -> byPlace.get(p).containsKey(span))) {
                if (span.end().isBefore(start)) {
                    before.add(span);
                } else if (!span.start().isBefore(start)) {
                    after.add(span);
                }
            }
        }
        List<Span> used = new ArrayList<>(before);
        used.addAll(after);
        List<String> comparators = comparatorPlaces.stream().filter(p -> !programmePlaces.contains(p))
                .filter(p -> byPlace.containsKey(p) && byPlace.get(p).keySet().containsAll(used)).toList();
        String startLabel = new FinancialYear(startYear).label();
        if (before.size() < PERIODS_BEFORE || after.size() < PERIODS_AFTER) {
            return without(indicator, places, "needs at least " + PERIODS_BEFORE + " periods before the start ("
                    + startLabel + ") and " + PERIODS_AFTER + " after, with a value for every programme place; has "
                    + before.size() + " before and " + after.size() + " after");
        }
        if (comparators.size() < COMPARATORS) {
            return without(indicator, places, "needs at least " + COMPARATORS + " comparator places with a value in "
                    + "every period used; has " + comparators.size());
        }
        List<Double> programmeBefore = means(byPlace, places, before);
        List<Double> programmeAfter = means(byPlace, places, after);
        List<Double> comparatorBefore = means(byPlace, comparators, before);
        List<Double> comparatorAfter = means(byPlace, comparators, after);
        var estimate = DifferenceInDifferences.of(changes(programmeBefore, programmeAfter),
                changes(comparatorBefore, comparatorAfter)).orElseThrow();
        Set<Long> batches = new LinkedHashSet<>();
        for (String place : Stream.concat(places.stream(), comparators.stream()).toList()) {
            used.forEach(span -> batches.add(byPlace.get(place).get(span).batchId()));
        }
        Polarity polarity = indicator.polarityValue();
        Double improvement = switch (polarity) {
            case HIGHER_IS_BETTER -> estimate.estimate();
            case LOWER_IS_BETTER -> -estimate.estimate();
            case NO_JUDGEMENT -> null;
        };
        return new TrackedOutcome(indicator, places, comparators, before.stream().map(labels::get).toList(),
                after.stream().map(labels::get).toList(), DifferenceInDifferences.mean(programmeBefore),
                DifferenceInDifferences.mean(programmeAfter), DifferenceInDifferences.mean(comparatorBefore),
                DifferenceInDifferences.mean(comparatorAfter), estimate, improvement, null, null,
                List.copyOf(batches));
    }

    private static TrackedOutcome without(Indicator indicator, List<String> places, String reason) {
        return new TrackedOutcome(indicator, places, List.of(), List.of(), List.of(), null, null, null, null, null,
                null, null, reason, List.of());
    }

    /** Each place's mean over the periods. */
    private static List<Double> means(Map<String, Map<Span, Observed>> byPlace, List<String> places,
                                      List<Span> spans) {
        return places.stream().map(p -> spans.stream().mapToDouble(s -> byPlace.get(p).get(s).value())
                .average().orElseThrow()).toList();
    }

    private static List<Double> changes(List<Double> before, List<Double> after) {
        List<Double> changes = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            changes.add(after.get(i) - before.get(i));
        }
        return changes;
    }
}
