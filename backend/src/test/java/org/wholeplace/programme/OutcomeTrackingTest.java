package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wholeplace.outcome.Indicator;
import org.wholeplace.period.Period;

/**
 * Which periods and places a programme is tracked over, on the hand-worked example of DifferenceInDifferencesTest:
 * the programme place P goes from 10 and 12 to 8; comparators A (10, 10 to 10), B (20, 22 to 22) and D (5, 7 to 4).
 * The programme starts in 2015-16, on 1 April 2015.
 */
class OutcomeTrackingTest {

    static Indicator indicator(String polarity) {
        return new Indicator("test", "Test", List.of(), "rate", "per 100,000", 100000, polarity, "test", "test",
                "none", null);
    }

    static final Programme PROGRAMME = new Programme("p", "P", "early-years", List.of("P"), 2015, 2015, null, null, 3L);
    static final List<OutcomeTracking.Observed> HAND = new ArrayList<>();

    static {
        series("P", 10, 12, 8);
        series("A", 10, 10, 10);
        series("B", 20, 22, 22);
        series("D", 5, 7, 4);
        // a calendar year spanning the start counts in neither side, however far off its values
        for (String place : List.of("P", "A", "B", "D")) {
            HAND.add(observed(place, "2015", 500));
        }
        // E has no value for 2014/15: it cannot be seen over the same periods
        HAND.add(observed("E", "2013/14", 1));
        HAND.add(observed("E", "2015/16", 100));
    }

    private static void series(String place, double first, double second, double after) {
        HAND.add(observed(place, "2013/14", first));
        HAND.add(observed(place, "2014-15", second));   // the same span as 2014/15: one period
        HAND.add(observed(place, "2015/16", after));
    }

    private static OutcomeTracking.Observed observed(String place, String period, double value) {
        return new OutcomeTracking.Observed(place, Period.parse(period).orElseThrow(), value, 7L);
    }

    private static OutcomeTracking.Comparators listed(String... places) {
        return new OutcomeTracking.Comparators(List.of(places), ComparatorRule.LISTED, null);
    }

    /**
     * Three years before the 2015-16 start (2012/13 to 2014/15) and one after: P from 9, 10, 11 to {@code after};
     * A 10, 11, 12 to 12; B 20, 22, 24 to 24; D 5, 5, 5 to 6. Slopes a year: P 1 (or as given), A 1, B 2, D 0.
     */
    private static List<OutcomeTracking.Observed> threeYearsBefore(double p0, double p1, double p2, double after) {
        List<OutcomeTracking.Observed> observed = new ArrayList<>();
        String[] periods = {"2012/13", "2013/14", "2014/15", "2015/16"};
        double[][] values = {{p0, p1, p2, after}, {10, 11, 12, 12}, {20, 22, 24, 24}, {5, 5, 5, 6}};
        String[] places = {"P", "A", "B", "D"};
        for (int i = 0; i < places.length; i++) {
            for (int k = 0; k < periods.length; k++) {
                observed.add(observed(places[i], periods[k], values[i][k]));
            }
        }
        return observed;
    }

    private static TrackedOutcome track(String polarity, OutcomeTracking.Comparators comparators,
                                        List<OutcomeTracking.Observed> observed) {
        return OutcomeTracking.track(indicator(polarity), 2015, List.of("P"), comparators, BigDecimal.ONE, observed);
    }

    private static ProgrammeInputs costing(String revenue) {
        return new ProgrammeInputs(List.of(new ProgrammeInputs.Cost("council", 2015, BigDecimal.ZERO,
                new BigDecimal(revenue), BigDecimal.ZERO, null)), List.of(), List.of());
    }

    /** Student's t(0.975) on 2 degrees of freedom, in closed form: 0.95 x sqrt(2 / (1 - 0.95²)) (tabled 4.303). */
    private static final double T_2 = 0.95 * Math.sqrt(2 / (1 - 0.95 * 0.95));

    @Test
    void beforeAfterAndTheDifferenceOverTheSamePeriods() {
        TrackedOutcome tracked = track("lower-is-better", listed("A", "B", "D", "E"), HAND);

        assertThat(tracked.reason()).isNull();
        assertThat(tracked.periodsBefore()).extracting(Period::label).containsExactly("2013/14", "2014-15");
        assertThat(tracked.periodsAfter()).extracting(Period::label).containsExactly("2015/16");
        assertThat(tracked.comparators()).containsExactly("A", "B", "D");
        assertThat(tracked.before()).isEqualTo(11.0);
        assertThat(tracked.after()).isEqualTo(8.0);
        assertThat(tracked.programmeChange()).isEqualTo(-3.0);
        assertThat(tracked.comparatorBefore()).isCloseTo(37.0 / 3, within(1e-12));   // (10 + 21 + 6) / 3
        assertThat(tracked.comparatorAfter()).isCloseTo(12.0, within(1e-12));         // (10 + 22 + 4) / 3
        assertThat(tracked.comparatorChange()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(tracked.difference().estimate()).isCloseTo(-8.0 / 3, within(1e-12));
        assertThat(tracked.difference().standardError()).isCloseTo(Math.sqrt(28.0 / 9), within(1e-12));
        // lower is better: a fall of 8/3 more than the comparators' is an improvement of 8/3
        assertThat(tracked.improvement()).isCloseTo(8.0 / 3, within(1e-12));
        assertThat(tracked.batchIds()).containsExactly(7L);
    }

    /** Two periods before the start show no trend to compare: level 2, whoever chose the comparators. */
    @Test
    void twoPeriodsBeforeTheStartAreLevelTwo() {
        TrackedOutcome tracked = track("lower-is-better", listed("A", "B", "D"), HAND);

        assertThat(tracked.marylandLevel()).isEqualTo(2);
        assertThat(tracked.evidence().preTrend()).isNull();
        assertThat(tracked.evidence().reason()).isEqualTo("level 2, not 3: only 2 periods before the start, and a "
                + "trend before it needs at least 3");
    }

    /**
     * Slopes before the start: P 1; A 1, B 2, D 0, mean 1 with variance 1. Difference 0, standard error
     * sqrt(1 x (1 + 1/3)) = sqrt(4/3) on 2 degrees of freedom: the interval -+4.302653 x 1.154701 = -+4.968275 holds
     * 0. Listed comparators, three periods before, trends alike: level 3.
     */
    @Test
    void listedComparatorsWithAlikeTrendsOverThreePeriodsAreLevelThree() {
        TrackedOutcome tracked = track("lower-is-better", listed("A", "B", "D"), threeYearsBefore(9, 10, 11, 8));

        PreTrend preTrend = tracked.evidence().preTrend();
        assertThat(preTrend.programmeSlope()).isCloseTo(1.0, within(1e-12));
        assertThat(preTrend.comparatorSlope()).isCloseTo(1.0, within(1e-12));
        assertThat(preTrend.difference()).isCloseTo(0.0, within(1e-12));
        assertThat(preTrend.standardError()).isCloseTo(Math.sqrt(4.0 / 3), within(1e-12));
        assertThat(preTrend.upper()).isCloseTo(T_2 * Math.sqrt(4.0 / 3), within(1e-9));
        assertThat(preTrend.significant()).isFalse();
        assertThat(tracked.marylandLevel()).isEqualTo(3);
        assertThat(tracked.evidence().reason()).isNull();
        assertThat(tracked.evidence().comparatorRule()).isEqualTo(ComparatorRule.LISTED);
    }

    /** P rising 8 a year against the comparators' 1: difference 7, interval 7 -+ 4.968275 = 2.032 to 11.97. */
    @Test
    void trendsThatDifferBeforeTheStartKeepTheEstimateAtLevelTwo() {
        TrackedOutcome tracked = track("lower-is-better", listed("A", "B", "D"), threeYearsBefore(0, 8, 16, 10));

        assertThat(tracked.evidence().preTrend().difference()).isCloseTo(7.0, within(1e-12));
        assertThat(tracked.evidence().preTrend().lower()).isCloseTo(7 - T_2 * Math.sqrt(4.0 / 3), within(1e-9));
        assertThat(tracked.evidence().preTrend().significant()).isTrue();
        assertThat(tracked.marylandLevel()).isEqualTo(2);
        assertThat(tracked.evidence().reason()).isEqualTo("level 2, not 3: the trends before the start differ "
                + "significantly: programme less comparators 7.000 a year (95% interval 2.032 to 11.97)");
    }

    /** The default comparators are not chosen as similar: level 2 even with alike trends. */
    @Test
    void theDefaultComparatorsAreLevelTwo() {
        TrackedOutcome tracked = track("lower-is-better", new OutcomeTracking.Comparators(List.of("A", "B", "D"),
                ComparatorRule.SHARED_PARENT, null), threeYearsBefore(9, 10, 11, 8));

        assertThat(tracked.evidence().preTrend().significant()).isFalse();
        assertThat(tracked.marylandLevel()).isEqualTo(2);
        assertThat(tracked.evidence().reason()).isEqualTo("level 2, not 3: the comparators are every other place "
                + "sharing a parent with the programme's, not chosen as similar (list them, or name a comparator "
                + "group, in the programme file)");
    }

    /**
     * P falls from a mean of 10 to 1 (-9); A +1, B +2, D +1 (mean 4/3, variance 1/3). Difference -31/3, standard
     * error sqrt(1/3 x 4/3) = 2/3: interval -31/3 -+ 4.302653 x 2/3 = -13.20 to -7.46, clear of zero. Lower is better:
     * an improvement of 31/3. Half of £1,000 borne by this indicator: £500 / (31/3) = £1,500/31 = £48.387... a point.
     */
    @Test
    void aClearImprovementIsPricedWithTheIndicatorsShareOfTheCost() {
        TrackedOutcome tracked = OutcomeTracking.track(indicator("lower-is-better"), 2015, List.of("P"),
                listed("A", "B", "D"), new BigDecimal("0.5"), threeYearsBefore(9, 10, 11, 1));

        TrackedOutcome costed = tracked.costedFor(PROGRAMME, costing("1000"));
        assertThat(tracked.difference().upper()).isCloseTo(-31.0 / 3 + T_2 * 2 / 3, within(1e-9));
        assertThat(costed.cost().attributed()).isEqualByComparingTo("500");
        assertThat(costed.costPerUnitOfImprovement().setScale(10, RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("1500").divide(new BigDecimal("31"), 10, RoundingMode.HALF_UP));
        assertThat(costed.costPerUnitReason()).isNull();
        assertThat(costed.batchIds()).containsExactly(3L, 7L);
    }

    /** The hand example's interval, -10.26 to 4.92, spans zero: nothing to price, and it says why. */
    @Test
    void anImprovementWhoseIntervalSpansZeroIsNotPriced() {
        TrackedOutcome costed = track("lower-is-better", listed("A", "B", "D"), HAND).costedFor(PROGRAMME,
                costing("1000"));

        assertThat(costed.improvement()).isCloseTo(8.0 / 3, within(1e-12));
        assertThat(costed.costPerUnitOfImprovement()).isNull();
        assertThat(costed.costPerUnitReason()).isEqualTo("the 95% interval of the difference does not exclude zero "
                + "in the better direction: no clear improvement to price");
    }

    /** Where higher is better, the same clear fall is a worsening: no cost per unit of it. */
    @Test
    void aWorseningHasNoCostPerUnit() {
        TrackedOutcome tracked = track("higher-is-better", listed("A", "B", "D"), threeYearsBefore(9, 10, 11, 1));

        assertThat(tracked.improvement()).isCloseTo(-31.0 / 3, within(1e-12));
        assertThat(tracked.costedFor(PROGRAMME, costing("1000")).costPerUnitOfImprovement()).isNull();
    }

    @Test
    void tooFewPeriodsOrComparatorsOrNoValuesAreSaidWhy() {
        TrackedOutcome late = OutcomeTracking.track(indicator("lower-is-better"), 2014, List.of("P"),
                listed("A", "B", "D"), BigDecimal.ONE, HAND);
        assertThat(late.difference()).isNull();
        assertThat(late.reason()).isEqualTo("needs at least 2 periods before the start (2014-15) and 1 after, with a "
                + "value for every programme place; has 1 before and 3 after");

        TrackedOutcome alone = track("lower-is-better", listed("A", "E"), HAND);
        assertThat(alone.reason()).isEqualTo("needs at least 2 comparator places with a value in every period used; "
                + "has 1");

        TrackedOutcome nowhere = OutcomeTracking.track(indicator("lower-is-better"), 2015, List.of("Q"),
                listed("A", "B", "D"), BigDecimal.ONE, HAND);
        assertThat(nowhere.reason()).isEqualTo("no values of the programme's places for this indicator");
        assertThat(nowhere.marylandLevel()).isNull();
        assertThat(nowhere.evidence()).isNull();
    }
}
