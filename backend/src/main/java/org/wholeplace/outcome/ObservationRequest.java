package org.wholeplace.outcome;

import java.util.List;

import org.wholeplace.period.Period;

/**
 * What {@code Indicator.observations(places, periods, comparators, confidence)} asks for, checked: every indicator of
 * a response asking the same is answered by one query.
 *
 * @param places      the places whose observations are returned
 * @param periods     the periods wanted; empty for all
 * @param comparators the places whose median is the benchmark of comparedToGroup
 * @param rankAmong   the places each one is ranked among (a comparator group); null for its parent's places
 * @param sexes       the sexes wanted
 * @param ages        the age bands wanted, as published; empty for the indicator's usual one
 * @param categories  the categories wanted, as published; empty for none (the whole population)
 */
public record ObservationRequest(List<String> places, List<Period> periods, List<String> comparators,
                                 ConfidenceLevel confidence, List<String> rankAmong, List<Sex> sexes,
                                 List<String> ages, List<String> categories) {

    /** Persons, the usual age, no category: what an observation is of when nothing more is asked. */
    public static ObservationRequest of(List<String> places, List<Period> periods, List<String> comparators,
                                        ConfidenceLevel confidence, List<String> rankAmong) {
        return new ObservationRequest(places, periods, comparators, confidence, rankAmong, List.of(Sex.PERSONS),
                List.of(), List.of());
    }
}
