package org.wholeplace.programme;

import java.util.ArrayList;
import java.util.List;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ReferenceData;

/**
 * Which programmes: of any of the themes, touching any of the places, running in any of the years; empty lists
 * leave a dimension open.
 */
public record ProgrammeFilter(List<String> themes, List<String> places, List<FinancialYear> years) {

    public ProgrammeFilter {
        themes = List.copyOf(themes);
        places = List.copyOf(places);
        years = List.copyOf(years);
    }

    /** The names of the fields a filter is asked for in, for the refusals. */
    public record Fields(String themes, String places, String years) {
    }

    /** The filter asked for, checked: an unknown theme or place, or a label that is no financial year, is named. */
    public static ProgrammeFilter checked(List<String> themes, List<String> places, List<String> years,
                                          ReferenceData reference, Fields field) {
        List<String> problems = new ArrayList<>();
        for (String theme : orEmpty(themes)) {
            CodeCheck.theme(reference, theme).ifPresent(p -> problems.add(CodeCheck.inField(p, field.themes())));
        }
        for (String place : orEmpty(places)) {
            CodeCheck.place(reference, place).ifPresent(p -> problems.add(CodeCheck.inField(p, field.places())));
        }
        List<FinancialYear> financialYears = new ArrayList<>();
        for (String year : orEmpty(years)) {
            try {
                financialYears.add(FinancialYear.parse(year));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage() + " (" + field.years() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("; ", problems));
        }
        return new ProgrammeFilter(orEmpty(themes), orEmpty(places), financialYears);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
