package org.wholeplace.outcome;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ReferenceData;

/** {@code indicators(theme)} checked: the theme, when given, is known. */
public record IndicatorsRequest(String theme) {

    public static IndicatorsRequest of(String theme, ReferenceData reference) {
        if (theme != null && reference.theme(theme).isEmpty()) {
            throw new InvalidInputException(CodeCheck.inField(CodeCheck.unknown("theme", theme), "theme"));
        }
        return new IndicatorsRequest(theme);
    }

    /** Whether the catalogue's indicator is one asked for. */
    public boolean includes(Indicator indicator) {
        return theme == null || indicator.themeCodes().contains(theme);
    }
}
