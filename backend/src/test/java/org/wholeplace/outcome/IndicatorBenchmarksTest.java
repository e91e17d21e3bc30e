package org.wholeplace.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wholeplace.period.Period;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;

/**
 * Benchmarks on a hand-made indicator: a proportion (%) where higher is better, in England, Greater Manchester and
 * four of its boroughs, 2018/19. Wilson limits by hand (z = 1.959964): 600/1000 → 56.931 to 62.993; 470/1000 →
 * 43.924 to 50.099.
 */
class IndicatorBenchmarksTest {

    static final ReferenceData PLACES = ReferenceData.of(List.of(
                    new Place("E92000001", "England", "country", null, null),
                    new Place("E47000001", "Greater Manchester", "combined-authority-area", "CA", "E92000001"),
                    new Place("E08000001", "Bolton", "metropolitan-district", "MD", "E47000001"),
                    new Place("E08000002", "Bury", "metropolitan-district", "MD", "E47000001"),
                    new Place("E08000003", "Manchester", "metropolitan-district", "MD", "E47000001"),
                    new Place("E08000004", "Oldham", "metropolitan-district", "MD", "E47000001")),
            List.of(), List.of(), List.of(), List.of(), Map.of());
    static final Indicator READINESS = new Indicator("test", "Readiness", List.of(), "proportion", "%", 100,
            "higher-is-better", "tests", "tests", "none", null);
    static final Period YEAR = Period.parse("2018/19").orElseThrow();
    static final Period EARLIER = Period.parse("2017/18").orElseThrow();

    static ObservationRow row(String place, Period period, Double value, Double count, Double denominator,
                              Double lower, Double upper) {
        return new ObservationRow("test", place, period, "persons", value, count, denominator, lower, upper, null, null, null,
                null, 1);
    }

    static final List<ObservationRow> ROWS = List.of(
            row("E92000001", YEAR, 50.0, null, null, 49.5, 50.5),
            row("E47000001", YEAR, 55.0, null, null, null, null),
            row("E08000001", EARLIER, 11.0, null, null, null, null),
            row("E08000001", YEAR, 60.0, 600.0, 1000.0, null, null),
            row("E08000002", YEAR, 15.0, 3.0, 20.0, null, null),
            row("E08000003", YEAR, 52.0, null, null, null, null),
            row("E08000004", YEAR, 47.0, 470.0, 1000.0, null, null));

    private static IndicatorObservation of(List<IndicatorObservation> all, String place) {
        return all.stream().filter(o -> o.place().code().equals(place)).findFirst().orElseThrow();
    }

    private final IndicatorBenchmarks benchmarks =
            new IndicatorBenchmarks(READINESS, ROWS, PLACES, ConfidenceLevel.NINETY_FIVE, 5);
    private final List<IndicatorObservation> year = benchmarks.benchmark(
            List.of("E08000001", "E08000002", "E08000003", "E08000004"), List.of(YEAR),
            List.of("E08000003", "E08000004"), null);

    @Test
    void limitsAreComputedFromCountsAndComparedWithEnglandAndTheRegion() {
        IndicatorObservation bolton = of(year, "E08000001");
        assertThat(bolton.limitsMethod()).isEqualTo(Interval.Method.WILSON);
        assertThat(bolton.lower()).isCloseTo(56.931, within(0.0005));
        assertThat(bolton.upper()).isCloseTo(62.993, within(0.0005));
        // above England's 50 and Greater Manchester's 55; above the group's median (52 + 47) / 2 = 49.5
        assertThat(bolton.comparedToEngland()).isEqualTo(Comparison.BETTER);
        assertThat(bolton.comparedToRegion()).isEqualTo(Comparison.BETTER);
        assertThat(bolton.comparedToGroup()).isEqualTo(Comparison.BETTER);

        IndicatorObservation oldham = of(year, "E08000004");
        // 43.924 to 50.099 contains England's 50; wholly below Greater Manchester's 55
        assertThat(oldham.comparedToEngland()).isEqualTo(Comparison.SIMILAR);
        assertThat(oldham.comparedToRegion()).isEqualTo(Comparison.WORSE);
    }

    @Test
    void withoutLimitsOrACountThereIsNoComparison() {
        IndicatorObservation manchester = of(year, "E08000003");
        assertThat(manchester.lower()).isNull();
        assertThat(manchester.limitsMethod()).isNull();
        assertThat(manchester.comparedToEngland()).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(manchester.comparedToRegion()).isEqualTo(Comparison.NOT_COMPARED);
    }

    @Test
    void aSmallCountIsWithheldWithEverythingDerivedFromItAndSaysWhy() {
        IndicatorObservation bury = of(year, "E08000002");
        assertThat(bury.suppressed()).isTrue();
        assertThat(bury.value()).isNull();
        assertThat(bury.count()).isNull();
        assertThat(bury.denominator()).isNull();
        assertThat(bury.lower()).isNull();
        assertThat(bury.rank()).isNull();
        assertThat(bury.comparedToEngland()).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(bury.suppressionReason()).startsWith("fewer than 5 events");
    }

    /** Bolton 60, Manchester 52, Oldham 47 (Bury withheld): median 52; deviations 8, 0, 5, so MAD 5. */
    @Test
    void ranksQuartilesAndDistanceFromTheMedianAmongTheRegionsPlaces() {
        assertThat(of(year, "E08000001").rank()).isEqualTo(1);
        assertThat(of(year, "E08000001").rankOf()).isEqualTo(3);
        assertThat(of(year, "E08000003").rank()).isEqualTo(2);
        assertThat(of(year, "E08000004").rank()).isEqualTo(3);
        // quartile = 1 + ⌊4 (rank − 1) / 3⌋
        assertThat(year.stream().filter(o -> o.rank() != null).map(IndicatorObservation::quartile).toList())
                .containsExactly(1, 2, 3);
        assertThat(of(year, "E08000001").madsFromMedian()).isCloseTo(1.6, within(1e-12));
        assertThat(of(year, "E08000004").madsFromMedian()).isCloseTo(-1.0, within(1e-12));

        assertThat(benchmarks.peersRanked("E47000001", YEAR)).extracting(o -> o.place().code())
                .containsExactly("E08000001", "E08000003", "E08000004", "E08000002");
    }

    @Test
    void aSuddenJumpIsFlagged() {
        // 60 after 11: 5.45 times
        assertThat(of(year, "E08000001").qualityFlags()).containsExactly(new IndicatorObservation.QualityFlag(
                "SUDDEN_JUMP", "60 is 5.5 times the 2017/18 value (11): check the source"));
        assertThat(of(year, "E08000004").qualityFlags()).isEmpty();
    }

    /**
     * A withheld value never leaks: not through the next period's sudden-jump flag (80 after a withheld 15 would read
     * "80 is 5.3 times the 2017/18 value (15)"), nor through the source's own judgement of it.
     */
    @Test
    void aSuppressedValueShowsNowhereElse() {
        List<ObservationRow> rows = List.of(
                new ObservationRow("test", "E08000003", EARLIER, "persons", 15.0, 3.0, 20.0, null, null, null, null,
                        "worse", null, 1),
                new ObservationRow("test", "E08000003", YEAR, "persons", 80.0, 80.0, 100.0, null, null, null, null,
                        "better", null, 1));
        var benchmarked = new IndicatorBenchmarks(READINESS, rows, PLACES, ConfidenceLevel.NINETY_FIVE, 5)
                .benchmark(List.of("E08000003"), List.of(), List.of(), null);

        assertThat(benchmarked).extracting(IndicatorObservation::suppressed).containsExactly(true, false);
        assertThat(benchmarked.get(0).sourceSignificance()).isNull();
        assertThat(benchmarked.get(0).value()).isNull();
        assertThat(benchmarked.get(1).qualityFlags()).isEmpty();
        assertThat(benchmarked.get(1).sourceSignificance()).isEqualTo(Comparison.BETTER);
        assertThat(benchmarked).allSatisfy(o -> assertThat(o.toString()).doesNotContain("15.0"));
    }

    private static Trend trendOf(String... periods) {
        List<ObservationRow> rows = new ArrayList<>();
        for (int i = 0; i < periods.length; i++) {
            rows.add(row("E08000001", Period.parse(periods[i]).orElseThrow(), 50.0 + i, null, null, 49.0 + i, 51.0 + i));
        }
        Period last = Period.parse(periods[periods.length - 1]).orElseThrow();
        return new IndicatorBenchmarks(READINESS, rows, PLACES, ConfidenceLevel.NINETY_FIVE, 5)
                .benchmark(List.of("E08000001"), List.of(last), List.of(), null).getFirst().trend();
    }

    /**
     * Fingertips' rule: five annual, non-overlapping, consecutive points. 50, 51, 52, 53, 54, each ± 1 (SE 1/1.96):
     * slope 1 a year, its SE 1/1.96/√10 = 0.161, so significant; higher is better, so getting better.
     */
    @Test
    void aTrendNeedsFiveConsecutiveAnnualPoints() {
        Trend five = trendOf("2013/14", "2014/15", "2015/16", "2016/17", "2017/18");
        assertThat(five.slope()).isCloseTo(1.0, within(1e-12));
        assertThat(five.assessment()).isEqualTo("GETTING_BETTER");
        assertThat(five.points()).isEqualTo(5);
        assertThat(five.reason()).isNull();

        Trend gap = trendOf("2012/13", "2014/15", "2015/16", "2016/17", "2017/18");
        assertThat(gap.assessment()).isEqualTo("CANNOT_BE_CALCULATED");
        assertThat(gap.reason()).isEqualTo("the points are not consecutive years (2012/13, then 2014/15)");

        Trend pooled = trendOf("2010 - 12", "2011 - 13", "2012 - 14", "2013 - 15", "2014 - 16");
        assertThat(pooled.assessment()).isEqualTo("CANNOT_BE_CALCULATED");
        assertThat(pooled.reason()).isEqualTo("2010 - 12 is not a single year");

        Trend four = trendOf("2014/15", "2015/16", "2016/17", "2017/18");
        assertThat(four.assessment()).isEqualTo("CANNOT_BE_CALCULATED");
        assertThat(four.reason()).isEqualTo("needs 5 annual points; there are 4");
    }

    @Test
    void periodsAreMatchedBySpanWhateverTheirLabel() {
        var sameYear = benchmarks.benchmark(List.of("E08000001"), List.of(Period.parse("2018-19").orElseThrow()),
                List.of(), null);
        assertThat(sameYear).extracting(o -> o.period().start()).containsExactly(LocalDate.of(2018, 4, 1));
    }
}
