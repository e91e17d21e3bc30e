package org.wholeplace.spendoutcome;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Theme;

/** {@code spendAndOutcomes(theme, place)} checked: a theme ("unclassified" included) and a place, both known. */
public record SpendAndOutcomesRequest(Theme theme, Place place) {

    public static SpendAndOutcomesRequest of(String theme, String place, ReferenceData reference) {
        Theme asked = reference.theme(theme).orElseThrow(() -> new InvalidInputException(
                CodeCheck.inField(CodeCheck.unknown("theme", theme), "theme")));
        Place where = reference.place(place).orElseThrow(() -> new InvalidInputException(
                CodeCheck.inField(CodeCheck.unknown("place", place), "place")));
        return new SpendAndOutcomesRequest(asked, where);
    }
}
