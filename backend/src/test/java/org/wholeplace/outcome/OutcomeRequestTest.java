package org.wholeplace.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.ComparatorGroup;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Theme;

/** The outcome queries' arguments checked in their request records, refused with the field named. */
class OutcomeRequestTest {

    static final ReferenceData REFERENCE = ReferenceData.of(
            List.of(new Place("E47000001", "Greater Manchester", "combined-authority-area", "CA", null),
                    new Place("E08000003", "Manchester", "metropolitan-district", "MD", "E47000001")),
            List.of(), List.of(), List.of(new Theme("early-years", "Early years", null)), List.of(), Map.of())
            .withComparatorGroups(List.of(new ComparatorGroup("cipfa", "CIPFA neighbours", List.of("E08000003"))));

    @Test
    void indicatorsOfAnUnknownThemeAreRefused() {
        assertThatThrownBy(() -> IndicatorsRequest.of("space", REFERENCE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown theme code 'space' in theme");
        assertThat(IndicatorsRequest.of(null, REFERENCE).theme()).isNull();
    }

    @Test
    void observationsRefuseComparatorsBesideAGroupAndUnknownCodes() {
        assertThatThrownBy(() -> observations(null, List.of("E08000003"), "cipfa", null))
                .hasMessage("Give comparators or comparatorGroup, not both");
        assertThatThrownBy(() -> observations(null, null, "nope", null))
                .hasMessage("Unknown comparator group 'nope' in comparatorGroup; see comparatorGroups");
        assertThatThrownBy(() -> observations(null, List.of("X1"), null, null))
                .hasMessage("Unknown place code 'X1' in comparators");
        assertThatThrownBy(() -> observations(List.of("X1"), null, null, null))
                .hasMessage("Unknown place code 'X1' in places");
        assertThatThrownBy(() -> observations(null, null, null, List.of("Other")))
                .hasMessage(Sex.notASex("Other") + " in sexes");
    }

    @Test
    void observationsOfAGroupAreRankedAmongItsMembers() {
        ObservationRequest request = observations(List.of("E08000003", "E08000003"), null, "cipfa", null);

        assertThat(request.places()).containsExactly("E08000003");
        assertThat(request.comparators()).containsExactly("E08000003");
        assertThat(request.rankAmong()).containsExactly("E08000003");
        assertThat(request.sexes()).containsExactly(Sex.PERSONS);
        assertThat(request.confidence()).isEqualTo(ConfidenceLevel.NINETY_FIVE);
    }

    @Test
    void boroughComparisonRefusesAnUnknownPlaceGroupOrPeriod() {
        assertThatThrownBy(() -> BoroughComparisonRequest.of("90632", null, "E47999999", null,
                ConfidenceLevel.NINETY_FIVE, REFERENCE))
                .hasMessage("Unknown place code 'E47999999' in within");
        assertThatThrownBy(() -> BoroughComparisonRequest.of("90632", null, "E47000001", "nope",
                ConfidenceLevel.NINETY_FIVE, REFERENCE))
                .hasMessage("Unknown comparator group 'nope' in group; see comparatorGroups");
        assertThatThrownBy(() -> BoroughComparisonRequest.of("90632", "2017/19", "E47000001", null,
                ConfidenceLevel.NINETY_FIVE, REFERENCE))
                .hasMessageStartingWith("'2017/19' is not a period (");
        BoroughComparisonRequest latest = BoroughComparisonRequest.of("90632", null, "E47000001", null,
                ConfidenceLevel.NINETY_NINE_POINT_EIGHT, REFERENCE);
        assertThat(latest.period()).isEmpty();
        assertThat(latest.within().name()).isEqualTo("Greater Manchester");
    }

    private static ObservationRequest observations(List<String> places, List<String> comparators, String group,
                                                   List<String> sexes) {
        return ObservationRequest.of(places, null, comparators, group, sexes, null, null,
                ConfidenceLevel.NINETY_FIVE, REFERENCE);
    }
}
