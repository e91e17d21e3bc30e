package org.wholeplace.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    /** The comparators of a tracking, and how they were chosen ({@code group}: the group's code, for GROUP). */
    record Comparators(List<String> places, ComparatorRule rule, String group) {
    }

    /** @param costShare the part of the programme's cost the indicator bears */
    static TrackedOutcome track(Indicator indicator, int startYear, List<String> programmePlaces,
                                Comparators comparison, BigDecimal costShare, List<Observed> observations) {
        List<String> comparatorPlaces = comparison.places();
        LocalDate start = new FinancialYear(startYear).startsOn();
        Map<String, Map<Span, Observed>> byPlace = new HashMap<>();
        Map<Span, Period> labels = new TreeMap<>(Comparator.comparing(Span::start).thenComparing(Span::end));
        for (Observed o : observations) {
            byPlace.computeIfAbsent(o.place(), p -> new HashMap<>()).put(Span.of(o.period()), o);
            labels.putIfAbsent(Span.of(o.period()), o.period());
        }
        List<String> places = programmePlaces.stream().filter(byPlace::containsKey).toList();
        if (places.isEmpty()) {
            return TrackedOutcome.without(indicator, places, comparison.rule(), costShare,
                    "no values of the programme's places for this indicator");
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
            return TrackedOutcome.without(indicator, places, comparison.rule(), costShare, "needs at least "
                    + PERIODS_BEFORE
                    + " periods before the start (" + startLabel + ") and " + PERIODS_AFTER + " after, with a value "
                    + "for every programme place; has " + before.size() + " before and " + after.size() + " after");
        }
        if (comparators.size() < COMPARATORS) {
            return TrackedOutcome.without(indicator, places, comparison.rule(), costShare, "needs at least "
                    + COMPARATORS
                    + " comparator places with a value in every period used; has " + comparators.size());
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
        var estimated = new TrackedOutcome.Estimated(comparators, before.stream().map(labels::get).toList(),
                after.stream().map(labels::get).toList(), DifferenceInDifferences.mean(programmeBefore),
                DifferenceInDifferences.mean(programmeAfter), DifferenceInDifferences.mean(comparatorBefore),
                DifferenceInDifferences.mean(comparatorAfter), estimate, improvement,
                evidence(comparison, before, trends(byPlace, places, before), trends(byPlace, comparators, before)));
        return new TrackedOutcome(indicator, places, comparison.rule(), costShare, estimated, null,
                List.copyOf(batches), null);
    }

    /**
     * Level 3 when the comparators were chosen by a stated rule, there are enough periods before the start to see a
     * trend, and the trends before it do not differ significantly ({@link Evidence}); else level 2, saying why.
     */
    private static Evidence evidence(Comparators comparison, List<Span> before, List<Double> programmeTrends,
                                     List<Double> comparatorTrends) {
        List<String> missing = new ArrayList<>();
        if (comparison.rule() == ComparatorRule.SHARED_PARENT) {
            missing.add("the comparators are every other place sharing a parent with the programme's, not chosen as "
                    + "similar (list them, or name a comparator group, in the programme file)");
        }
        PreTrend preTrend = null;
        if (before.size() < Evidence.PERIODS_BEFORE_FOR_LEVEL_3) {
            missing.add("only " + before.size() + " periods before the start, and a trend before it needs at least "
                    + Evidence.PERIODS_BEFORE_FOR_LEVEL_3);
        } else {
            preTrend = PreTrend.of(DifferenceInDifferences.of(programmeTrends, comparatorTrends).orElseThrow());
            if (preTrend.significant()) {
                missing.add(String.format(Locale.ROOT, "the trends before the start differ significantly: "
                                + "programme less comparators %.4g a year (95%% interval %.4g to %.4g)",
                        preTrend.difference(), preTrend.lower(), preTrend.upper()));
            }
        }
        return new Evidence(missing.isEmpty() ? 3 : 2, comparison.rule(), comparison.group(), preTrend,
                missing.isEmpty() ? null : "level 2, not 3: " + String.join("; ", missing));
    }

    /**
     * Each place's least-squares slope over the periods, per year, each period placed at the month it starts in (so
     * that 2013/14 and 2014/15 are one year apart, as are 2013 and 2014).
     */
    private static List<Double> trends(Map<String, Map<Span, Observed>> byPlace, List<String> places,
                                       List<Span> spans) {
        double[] t = spans.stream().mapToDouble(s -> s.start().getYear() + (s.start().getMonthValue() - 1) / 12.0)
                .toArray();
        double meanT = Arrays.stream(t).average().orElseThrow();
        double sxx = Arrays.stream(t).map(x -> (x - meanT) * (x - meanT)).sum();
        return places.stream().map(p -> {
            double[] y = spans.stream().mapToDouble(s -> byPlace.get(p).get(s).value()).toArray();
            double meanY = Arrays.stream(y).average().orElseThrow();
            double sxy = 0;
            for (int i = 0; i < t.length; i++) {
                sxy += (t[i] - meanT) * (y[i] - meanY);
            }
            return sxy / sxx;
        }).toList();
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
