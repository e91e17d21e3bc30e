package org.wholeplace.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.wholeplace.period.Period;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;

/**
 * Benchmarks an indicator's observations: intervals where the source gave only counts, comparisons with England, the
 * place's region (its parent) and a chosen group, the trend, the rank among the places of the same parent, quality
 * flags, and small-number suppression. Pure computation over the observations one query read.
 */
public final class IndicatorBenchmarks {

    /**
     * A value this many times the previous period's, or this fraction of it, is flagged. Five catches the shipped
     * extracts' one known error (Greater Manchester children in care, 8.7 in 2011, 81.9 in 2012: 9.4 times) and
     * nothing else in them.
     */
    static final double JUMP = 5;

    private final Indicator indicator;
    private final Polarity polarity;
    private final ReferenceData reference;
    private final ConfidenceLevel level;
    private final int suppressBelow;
    /** Per place, its observations oldest first. */
    private final Map<String, List<ObservationRow>> byPlace = new HashMap<>();

    /**
     * @param rows          the indicator's current observations of every place the answer needs: those asked for,
     *                      England, their parents, their parents' other places, the comparator group
     * @param suppressBelow counts below this (and values derived from them) are withheld
     */
    public IndicatorBenchmarks(Indicator indicator, List<ObservationRow> rows, ReferenceData reference,
                               ConfidenceLevel level, int suppressBelow) {
        this.indicator = indicator;
        this.polarity = indicator.polarityValue();
        this.reference = reference;
        this.level = level;
        this.suppressBelow = suppressBelow;
        for (ObservationRow row : rows) {
            byPlace.computeIfAbsent(row.placeCode(), p -> new ArrayList<>()).add(row);
        }
        byPlace.values().forEach(list -> list.sort(Comparator.comparing(ObservationRow::period)));
    }

    /** The places whose observations {@link #benchmark} needs, beside those asked for. */
    public static Set<String> placesNeeded(Set<String> asked, List<String> comparators, ReferenceData reference) {
        Set<String> needed = new HashSet<>(asked);
        needed.add(Place.ENGLAND);
        needed.addAll(comparators);
        for (String code : asked) {
            reference.peersOf(code).forEach(peer -> needed.add(peer.code()));
            reference.place(code).map(Place::parentCode).ifPresent(needed::add);
        }
        return needed;
    }

    /**
     * @param periods   the periods to answer for (by span); empty means every period the place has
     * @param rankAmong the places every one is ranked among (a comparator group); null for its parent's places
     */
    public List<IndicatorObservation> benchmark(List<String> places, List<Period> periods, List<String> comparators,
                                                List<String> rankAmong) {
        List<IndicatorObservation> result = new ArrayList<>();
        for (String code : places) {
            for (ObservationRow row : byPlace.getOrDefault(code, List.of())) {
                if (periods.isEmpty() || periods.stream().anyMatch(p -> p.sameSpanAs(row.period()))) {
                    result.add(observation(row, comparators, rankAmong));
                }
            }
        }
        return result;
    }

    /** Every place with the given parent that has an observation for the period, best first. */
    public List<IndicatorObservation> peersRanked(String parent, Period period) {
        return ranked(reference.children(parent).stream().map(Place::code).toList(), period);
    }

    /** Every one of the places that has an observation for the period, ranked among them, best first. */
    public List<IndicatorObservation> ranked(List<String> places, Period period) {
        return places.stream()
                .map(code -> at(code, period))
                .filter(row -> row != null)
                .map(row -> observation(row, List.of(), places))
                .sorted(Comparator.comparing((IndicatorObservation o) -> o.rank() == null ? Integer.MAX_VALUE : o.rank())
                        .thenComparing(o -> o.place().name()))
                .toList();
    }

    /** The value of a place for a period's span, if published and not suppressed. */
    public Double valueAt(String place, Period period) {
        ObservationRow row = at(place, period);
        return row == null || suppressed(row) ? null : row.value();
    }

    IndicatorObservation observation(ObservationRow row, List<String> comparators, List<String> rankAmong) {
        Place place = reference.place(row.placeCode()).orElseThrow();
        Comparison source = row.sourceSignificance() == null ? null
                : Significance.ofCode(row.sourceSignificance()).map(Significance::comparison).orElseThrow();
        if (suppressed(row)) {
            // nor the source's own judgement of the value: it would tell what the value is near
            return IndicatorObservation.withheld(place, row.period(), row.note(), row.batchId(), row.breakdown(),
                    "fewer than " + suppressBelow + " events (" + indicator.name() + "): the count and every figure "
                            + "derived from it are withheld to protect privacy");
        }
        Interval interval = interval(row);
        Comparison england = row.placeCode().equals(Place.ENGLAND) ? Comparison.NOT_COMPARED
                : Comparison.of(interval, valueAt(Place.ENGLAND, row.period()), polarity);
        String parent = place.parentCode();
        Comparison region = parent == null || parent.equals(Place.ENGLAND) ? Comparison.NOT_COMPARED
                : Comparison.of(interval, valueAt(parent, row.period()), polarity);
        Comparison group = comparators.isEmpty() ? Comparison.NOT_COMPARED
                : Comparison.of(interval, median(comparators.stream().map(c -> valueAt(c, row.period())).toList()),
                polarity);
        List<String> peers = rankAmong != null ? rankAmong
                : parent == null ? null : reference.children(parent).stream().map(Place::code).toList();
        Ranking ranking = peers == null ? null : ranking(peers, row.period(), row.placeCode());
        return new IndicatorObservation(place, row.period(), row.note(), row.batchId(), row.breakdown(),
                new IndicatorObservation.Published(row.value(), row.count(), row.denominator(), interval, source,
                        new IndicatorObservation.Benchmarks(england, region, group, trend(row), ranking),
                        qualityFlags(row)), null);
    }

    Interval interval(ObservationRow row) {
        return interval(row, level);
    }

    /** The source's limits at the level; else computed from the count where the value type allows. */
    private Interval interval(ObservationRow row, ConfidenceLevel level) {
        Double lower = level == ConfidenceLevel.NINETY_FIVE ? row.lower95() : row.lower998();
        Double upper = level == ConfidenceLevel.NINETY_FIVE ? row.upper95() : row.upper998();
        if (lower != null && upper != null) {
            return new Interval(lower, upper, Interval.Method.SOURCE);
        }
        if (row.count() == null) {
            return null;
        }
        double multiplier = indicator.multiplier() == null ? 1 : indicator.multiplier();
        return switch (indicator.valueTypeValue()) {
            case PROPORTION -> row.denominator() == null ? null
                    : ConfidenceIntervals.wilson(row.count(), row.denominator(), multiplier, level);
            case RATE -> row.denominator() == null ? null
                    : ConfidenceIntervals.rate(row.count(), row.denominator(), multiplier, level);
            case COUNT -> ConfidenceIntervals.poissonCount(row.count(), level);
            // an age-standardised rate needs the age-specific counts; a mean, the spread: not from a count alone
            case AGE_STANDARDISED_RATE, MEAN -> null;
        };
    }

    private boolean suppressed(ObservationRow row) {
        return row.count() != null && row.count() < suppressBelow;
    }

    private ObservationRow at(String place, Period period) {
        return byPlace.getOrDefault(place, List.of()).stream().filter(r -> r.period().sameSpanAs(period))
                .findFirst().orElse(null);
    }

    /**
     * The trend of the place's last {@link Trend#POINTS} published, unsuppressed points up to this one, as Fingertips
     * rules it: they must be annual, non-overlapping and consecutive, else it cannot be calculated.
     */
    private Trend trend(ObservationRow upTo) {
        List<ObservationRow> usable = new ArrayList<>();
        for (ObservationRow row : byPlace.get(upTo.placeCode())) {
            if (row.period().compareTo(upTo.period()) > 0) {
                break;
            }
            if (row.value() != null && !suppressed(row)) {
                usable.add(row);
            }
        }
        List<ObservationRow> recent = usable.subList(Math.max(0, usable.size() - Trend.POINTS), usable.size());
        for (int i = 0; i < recent.size(); i++) {
            Period period = recent.get(i).period();
            if (!period.end().equals(period.start().plusYears(1).minusDays(1))) {
                return Trend.cannotBeCalculated(recent.size(), period.label() + " is not a single year");
            }
            if (i > 0 && !period.start().equals(recent.get(i - 1).period().start().plusYears(1))) {
                return Trend.cannotBeCalculated(recent.size(), "the points are not consecutive years ("
                        + recent.get(i - 1).period().label() + ", then " + period.label() + ")");
            }
        }
        List<Trend.Point> points = new ArrayList<>();
        for (ObservationRow row : recent) {
            // the test for trend reads standard errors from 95% intervals, whatever level was asked for
            Interval ci = interval(row, ConfidenceLevel.NINETY_FIVE);
            points.add(new Trend.Point(row.value(), ci == null ? null : ci.lower(), ci == null ? null : ci.upper()));
        }
        return Trend.of(points, polarity);
    }

    /** A place's standing among its peers with a value in a period; quartile 1 the best. */
    public record Ranking(int rank, int of, int quartile, Double madsFromMedian) {
    }

    /**
     * Rank, quartile and distance from the median among the peers with a value then. The distance is Oflog's "MADs
     * from the median": (value − median) ÷ the median absolute deviation, unscaled.
     */
    private Ranking ranking(List<String> peers, Period period, String place) {
        Map<String, Double> values = new HashMap<>();
        for (String peer : peers) {
            Double value = valueAt(peer, period);
            if (value != null) {
                values.put(peer, value);
            }
        }
        Double mine = values.get(place);
        if (mine == null || values.size() < 2) {
            return null;
        }
        boolean lowerFirst = polarity == Polarity.LOWER_IS_BETTER;
        int rank = 1 + (int) values.values().stream().filter(v -> lowerFirst ? v < mine : v > mine).count();
        int n = values.size();
        int quartile = 1 + 4 * (rank - 1) / n;   // the best is always in the first quarter
        double median = median(List.copyOf(values.values()));
        double mad = median(values.values().stream().map(v -> Math.abs(v - median)).toList());
        return new Ranking(rank, n, quartile, mad == 0 ? null : (mine - median) / mad);
    }

    private List<IndicatorObservation.QualityFlag> qualityFlags(ObservationRow row) {
        List<ObservationRow> series = byPlace.get(row.placeCode());
        int index = series.indexOf(row);
        if (index <= 0 || row.value() == null) {
            return List.of();
        }
        ObservationRow previous = series.get(index - 1);
        // a withheld value is no benchmark: the flag's message would publish it
        if (previous.value() == null || suppressed(previous) || previous.value() <= 0 || row.value() <= 0) {
            return List.of();
        }
        double ratio = row.value() / previous.value();
        if (ratio >= JUMP || ratio <= 1 / JUMP) {
            return List.of(new IndicatorObservation.QualityFlag("SUDDEN_JUMP", String.format(Locale.UK,
                    "%s is %.1f times the %s value (%s): check the source", fmt(row.value()), ratio,
                    previous.period().label(), fmt(previous.value()))));
        }
        return List.of();
    }

    private static String fmt(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The median of the values present; null when none is. */
    static Double median(List<Double> values) {
        List<Double> present = values.stream().filter(v -> v != null).sorted().toList();
        int n = present.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? present.get(n / 2) : (present.get(n / 2 - 1) + present.get(n / 2)) / 2;
    }
}
