package org.wholeplace.spendoutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Theme;

class SpendAndOutcomesRequestTest {

    static final ReferenceData REFERENCE = ReferenceData.of(
            List.of(new Place("E08000001", "Bolton", "metropolitan-district", "MD", null)), List.of(), List.of(),
            List.of(new Theme("health-and-social-care", "Health and social care", null)), List.of(), Map.of());

    @Test
    void anUnknownThemeOrPlaceIsRefusedByItsArgument() {
        assertThatThrownBy(() -> SpendAndOutcomesRequest.of("space", "E08000001", REFERENCE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown theme code 'space' in theme");
        assertThatThrownBy(() -> SpendAndOutcomesRequest.of("health-and-social-care", "E0800000X", REFERENCE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown place code 'E0800000X' in place");
    }

    @Test
    void unclassifiedIsATheme() {
        assertThat(SpendAndOutcomesRequest.of("unclassified", "E08000001", REFERENCE).theme())
                .isEqualTo(Theme.UNCLASSIFIED);
    }
}
