package org.wholeplace.duplication;

import java.util.List;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Theme;

/**
 * {@code duplicationMatrix(theme, year, within, measure, includeSynthetic)} checked: every cell of the theme and year,
 * single-agency cells included, as many as there are.
 */
public record DuplicationMatrixRequest(Theme theme, CellRequest cells) {

    public static DuplicationMatrixRequest of(String theme, String year, String within, String measure,
                                              Boolean includeSynthetic, ReferenceData reference) {
        Theme asked = reference.theme(theme).orElseThrow(() -> new InvalidInputException(
                CodeCheck.inField(CodeCheck.unknown("theme", theme), "theme")));
        return new DuplicationMatrixRequest(asked, CellRequest.of(new DuplicationFilter(null, within, null,
                        List.of(theme), List.of(year), measure,
                        includeSynthetic),
                true, 1, HotspotOrder.YEAR, CellRequest.MAX_LIMIT, reference));
    }
}
