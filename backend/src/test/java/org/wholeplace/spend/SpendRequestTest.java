package org.wholeplace.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Basis;
import org.wholeplace.place.Measure;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Service;

/** Which optional figures a request computes, and that the SQL leaves out what is not asked for. */
class SpendRequestTest {

    static final ReferenceData REFERENCE = ReferenceData.of(
            List.of(new Place("E08000003", "Manchester", "metropolitan-district", "MD", null)),
            List.of(),
            List.of(Service.group("education", "Education services", "edu", false)),
            List.of(),
            List.of(new Measure(Measure.NET_CURRENT_EXPENDITURE, "Net current expenditure", "net-cur-exp")),
            Map.of(Basis.OUTTURN, List.of(new FinancialYear(2021), new FinancialYear(2022)),
                    Basis.BUDGET, List.of(new FinancialYear(2021))));

    /** As GraphQL gives it: the schema's defaults (measure, basis) filled in. */
    static final SpendFilter ONE_YEAR = new SpendFilter(null, null, null, null, null, List.of("2022-23"),
            Measure.NET_CURRENT_EXPENDITURE, List.of(Basis.OUTTURN));
    /** No filter, as GraphQL gives it: the schema's {@code filter: SpendFilter = {}} with its fields' defaults. */
    static final SpendFilter EVERY_YEAR = new SpendFilter(null, null, null, null, null, null,
            Measure.NET_CURRENT_EXPENDITURE, List.of(Basis.OUTTURN));

    private static SpendRequest request(SpendFilter filter, List<SpendDimension> groupBy, List<SpendOrder> orderBy,
                                        Set<SpendRequest.Extra> wanted) {
        return SpendRequest.of(filter, groupBy, orderBy, 1000, REFERENCE, wanted);
    }

    private static String sql(SpendRequest request) {
        return new SpendQuery(DSL.using(SQLDialect.POSTGRES)).statement(request).getSQL(ParamType.INLINED);
    }

    @Test
    void totalsAloneNeedNeitherPopulationNorThePreviousYear() {
        SpendRequest request = request(ONE_YEAR, List.of(SpendDimension.PLACE), null, Set.of());

        assertThat(request.withPerHead()).isFalse();
        assertThat(request.withChange()).isFalse();
        assertThat(sql(request)).doesNotContain("place_population").doesNotContain("2021");
    }

    @Test
    void perHeadAndChangeWhenAskedFor() {
        SpendRequest request = request(ONE_YEAR, List.of(SpendDimension.PLACE), null,
                Set.of(SpendRequest.Extra.PER_HEAD, SpendRequest.Extra.CHANGE));

        assertThat(request.withPerHead()).isTrue();
        assertThat(request.withChange()).isTrue();
        assertThat(sql(request)).contains("place_population");
    }

    @Test
    void orderingByAFigureComputesIt() {
        SpendRequest request = request(ONE_YEAR, List.of(SpendDimension.PLACE),
                List.of(new SpendOrder(SpendOrderField.PER_HEAD, SpendOrder.Direction.DESC),
                        new SpendOrder(SpendOrderField.CHANGE_FROM_PREVIOUS_YEAR, SpendOrder.Direction.DESC)),
                Set.of());

        assertThat(request.withPerHead()).isTrue();
        assertThat(request.withChange()).isTrue();
    }

    @Test
    void noChangeForRowsThatCoverSeveralYears() {
        SpendRequest allYears = request(EVERY_YEAR, List.of(SpendDimension.PLACE), null,
                Set.of(SpendRequest.Extra.CHANGE));
        SpendRequest byYear = request(EVERY_YEAR, List.of(SpendDimension.YEAR), null,
                Set.of(SpendRequest.Extra.CHANGE));

        assertThat(allYears.years()).hasSize(2);
        assertThat(allYears.withChange()).isFalse();
        assertThat(byYear.withChange()).isTrue();
    }

    @Test
    void noServicesMeansEveryServiceButReportedTotals() {
        SpendRequest request = request(ONE_YEAR, null, null, Set.of());

        assertThat(request.services()).containsExactly("education");
        assertThat(request.measure()).isEqualTo("net-current-expenditure");
    }
}
