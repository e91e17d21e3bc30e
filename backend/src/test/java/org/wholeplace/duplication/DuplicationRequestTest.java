package org.wholeplace.duplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Basis;
import org.wholeplace.place.Measure;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Service;
import org.wholeplace.place.Theme;

/** Each duplication query's arguments checked in its own request record, refused with the field named. */
class DuplicationRequestTest {

    static final ReferenceData REFERENCE = ReferenceData.of(
            List.of(new Place("E08000003", "Manchester", "metropolitan-district", "MD", null)),
            List.of(),
            List.of(Service.group("education", "Education services", "edu", false)),
            List.of(new Theme("early-years", "Early years", null)),
            List.of(new Measure(Measure.NET_CURRENT_EXPENDITURE, "Net current expenditure", "net-cur-exp")),
            Map.of(Basis.OUTTURN, List.of(new FinancialYear(2022))));

    /** No filter, as GraphQL gives it: {@code filter: DuplicationFilter = {}} with its fields' defaults. */
    static final DuplicationFilter EVERYTHING = new DuplicationFilter(null, null, null, null, null,
            Measure.NET_CURRENT_EXPENDITURE, true);

    @Test
    void hotspotsNeedTwoAgenciesAndALimitInRange() {
        assertThatThrownBy(() -> HotspotRequest.of(EVERYTHING, false, 1, HotspotOrder.SCORE, 20, REFERENCE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("minAgencies must be at least 2: one agency alone duplicates nothing "
                        + "(duplicationMatrix and hotspotTrend show single-agency cells)");
        assertThatThrownBy(() -> HotspotRequest.of(EVERYTHING, false, 2, HotspotOrder.SCORE, 0, REFERENCE))
                .hasMessage("limit must be between 1 and 10000, not 0");
        assertThatThrownBy(() -> HotspotRequest.of(EVERYTHING, false, 2, HotspotOrder.SCORE, 10_001, REFERENCE))
                .hasMessage("limit must be between 1 and 10000, not 10001");
    }

    @Test
    void hotspotsAskedForAreTheCellsOfTheFilter() {
        CellRequest cells = HotspotRequest.of(EVERYTHING, false, 3, HotspotOrder.TOTAL, 5, REFERENCE).cells();

        assertThat(cells.minAgencies()).isEqualTo(3);
        assertThat(cells.orderBy()).isEqualTo(HotspotOrder.TOTAL);
        assertThat(cells.limit()).isEqualTo(5);
        assertThat(cells.services()).containsExactly("education");
        assertThat(cells.years()).containsExactly(new FinancialYear(2022));
        assertThat(cells.byTheme()).isFalse();
    }

    @Test
    void theMatrixNamesAnUnknownThemeByItsArgument() {
        assertThatThrownBy(() -> DuplicationMatrixRequest.of("space", "2022-23", null,
                Measure.NET_CURRENT_EXPENDITURE, true, REFERENCE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown theme code 'space' in theme");
    }

    @Test
    void theMatrixIsEveryCellOfOneThemeAndYear() {
        DuplicationMatrixRequest matrix = DuplicationMatrixRequest.of("early-years", "2022-23", "E08000003",
                Measure.NET_CURRENT_EXPENDITURE, false, REFERENCE);

        assertThat(matrix.theme().name()).isEqualTo("Early years");
        assertThat(matrix.cells().minAgencies()).isEqualTo(1);
        assertThat(matrix.cells().limit()).isEqualTo(CellRequest.MAX_LIMIT);
        assertThat(matrix.cells().includeSynthetic()).isFalse();
        assertThat(matrix.cells().themes()).containsExactly("early-years");
    }

    @Test
    void aTrendOfAnUnknownPlaceIsRefusedAsTheSpendFilterRefusesIt() {
        assertThatThrownBy(() -> HotspotTrendRequest.of("E0800000X", "education", null,
                Measure.NET_CURRENT_EXPENDITURE, true, REFERENCE))
                .hasMessage("Unknown place code 'E0800000X' in filter.places");
    }

    @Test
    void supplierOverlapsAreNotFilteredByTheme() {
        DuplicationFilter byTheme = new DuplicationFilter(null, null, null, List.of("early-years"), null,
                Measure.NET_CURRENT_EXPENDITURE, true);

        assertThatThrownBy(() -> SupplierOverlapRequest.of(byTheme, 100, REFERENCE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("supplierOverlaps does not filter by theme: a supplier's payments are not split over "
                        + "themes; filter by services instead");
        assertThatThrownBy(() -> SupplierOverlapRequest.of(EVERYTHING, 0, REFERENCE))
                .hasMessage("limit must be between 1 and 10000, not 0");
    }
}
