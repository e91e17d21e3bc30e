package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
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

    @Test
    void beforeAfterAndTheDifferenceOverTheSamePeriods() {
        TrackedOutcome tracked = OutcomeTracking.track(indicator("lower-is-better"), 2015, List.of("P"),
                List.of("A", "B", "D", "E"), HAND);

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
        assertThat(tracked.marylandLevel()).isEqualTo(3);
        // lower is better: a fall of 8/3 more than the comparators' is an improvement of 8/3
        assertThat(tracked.improvement()).isCloseTo(8.0 / 3, within(1e-12));
        assertThat(tracked.batchIds()).containsExactly(7L);
    }

    /** £1,000 for an improvement of 8/3 points: £375 a point. */
    @Test
    void costPerUnitOfImprovementIsTheCostAsStatedOverTheImprovement() {
        TrackedOutcome tracked = OutcomeTracking.track(indicator("lower-is-better"), 2015, List.of("P"),
                List.of("A", "B", "D"), HAND);
        var inputs = new ProgrammeInputs(List.of(new ProgrammeInputs.Cost("council", 2015, BigDecimal.ZERO,
                new BigDecimal("900"), new BigDecimal("100"), null)), List.of(), List.of());

        TrackedOutcome completed = tracked.completedFor(PROGRAMME, inputs);
        assertThat(completed.costPerUnitOfImprovement()).isEqualByComparingTo("375");
        assertThat(completed.batchIds()).containsExactly(3L, 7L);
    }

    /** Where higher is better, the same fall is a worsening: no cost per unit of it. */
    @Test
    void aWorseningHasNoCostPerUnit() {
        TrackedOutcome tracked = OutcomeTracking.track(indicator("higher-is-better"), 2015, List.of("P"),
                List.of("A", "B", "D"), HAND);
        var inputs = new ProgrammeInputs(List.of(new ProgrammeInputs.Cost("council", 2015, BigDecimal.ZERO,
                new BigDecimal("1000"), BigDecimal.ZERO, null)), List.of(), List.of());

        assertThat(tracked.improvement()).isCloseTo(-8.0 / 3, within(1e-12));
        assertThat(tracked.completedFor(PROGRAMME, inputs).costPerUnitOfImprovement()).isNull();
    }

    @Test
    void tooFewPeriodsOrComparatorsOrNoValuesAreSaidWhy() {
        TrackedOutcome late = OutcomeTracking.track(indicator("lower-is-better"), 2014, List.of("P"),
                List.of("A", "B", "D"), HAND);
        assertThat(late.difference()).isNull();
        assertThat(late.reason()).isEqualTo("needs at least 2 periods before the start (2014-15) and 1 after, with a "
                + "value for every programme place; has 1 before and 3 after");

        TrackedOutcome alone = OutcomeTracking.track(indicator("lower-is-better"), 2015, List.of("P"),
                List.of("A", "E"), HAND);
        assertThat(alone.reason()).isEqualTo("needs at least 2 comparator places with a value in every period used; "
                + "has 1");

        TrackedOutcome nowhere = OutcomeTracking.track(indicator("lower-is-better"), 2015, List.of("Q"),
                List.of("A", "B", "D"), HAND);
        assertThat(nowhere.reason()).isEqualTo("no values of the programme's places for this indicator");
        assertThat(nowhere.marylandLevel()).isNull();
    }
}
