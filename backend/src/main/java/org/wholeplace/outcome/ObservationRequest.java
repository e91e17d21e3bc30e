package org.wholeplace.outcome;

import java.util.LinkedHashSet;
import java.util.List;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.period.Period;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ComparatorGroup;
import org.wholeplace.place.ReferenceData;

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

    /**
     * {@code Indicator.observations(places, periods, comparators, comparatorGroup, sexes, ages, categories,
     * confidence)} checked against the reference data: places known (by default Greater Manchester and its
     * boroughs), periods parsed, comparators or a comparator group (not both), sexes known (by default persons).
     */
    public static ObservationRequest of(List<String> places, List<String> periods, List<String> comparators,
                                        String comparatorGroup, List<String> sexes, List<String> ages,
                                        List<String> categories, ConfidenceLevel confidence,
                                        ReferenceData reference) {
        if (comparators != null && !comparators.isEmpty() && comparatorGroup != null) {
            throw new InvalidInputException("Give comparators or comparatorGroup, not both");
        }
        ComparatorGroup group = comparatorGroup == null ? null : group(comparatorGroup, "comparatorGroup", reference);
        List<String> asked = places == null || places.isEmpty() ? IndicatorObservations.greaterManchester(reference)
                : known(places, "places", reference);
        List<String> benchmark = group != null ? group.members()
                : comparators == null ? List.of() : known(comparators, "comparators", reference);
        List<Period> spans = periods == null ? List.of() : periods.stream().map(ObservationRequest::period).toList();
        List<Sex> wanted = sexes == null || sexes.isEmpty() ? List.of(Sex.PERSONS) : sexes.stream()
                .map(sex -> Sex.of(sex).orElseThrow(() -> new InvalidInputException(Sex.notASex(sex) + " in sexes")))
                .distinct().toList();
        return new ObservationRequest(asked, spans, benchmark, confidence, group == null ? null : group.members(),
                wanted, ages == null ? List.of() : List.copyOf(ages),
                categories == null ? List.of() : List.copyOf(categories));
    }

    static ComparatorGroup group(String code, String field, ReferenceData reference) {
        CodeCheck.comparatorGroup(reference, code).ifPresent(problem -> {
            throw new InvalidInputException(CodeCheck.inField(problem, field, "see comparatorGroups"));
        });
        return reference.comparatorGroup(code).orElseThrow();
    }

    static Period period(String label) {
        return Period.parse(label).orElseThrow(() -> new InvalidInputException("'" + label + "' is not a period ("
                + Period.STYLES + ")"));
    }

    private static List<String> known(List<String> codes, String field, ReferenceData reference) {
        for (String code : codes) {
            CodeCheck.place(reference, code).ifPresent(problem -> {
                throw new InvalidInputException(CodeCheck.inField(problem, field));
            });
        }
        return List.copyOf(new LinkedHashSet<>(codes));
    }

    /** Persons, the usual age, no category: what an observation is of when nothing more is asked. */
    public static ObservationRequest of(List<String> places, List<Period> periods, List<String> comparators,
                                        ConfidenceLevel confidence, List<String> rankAmong) {
        return new ObservationRequest(places, periods, comparators, confidence, rankAmong, List.of(Sex.PERSONS),
                List.of(), List.of());
    }
}
