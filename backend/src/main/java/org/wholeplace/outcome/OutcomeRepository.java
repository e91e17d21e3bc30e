package org.wholeplace.outcome;

import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.INDICATOR_THEME;
import static org.wholeplace.db.generated.Tables.OBSERVATION;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.wholeplace.period.Period;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The indicator catalogue and the current observations (those of batches no later file has replaced). */
@Repository
public class OutcomeRepository {

    /** An indicator's themes, in code order; a null element where it has none (the left join). */
    private static final Field<String[]> THEMES =
            arrayAgg(INDICATOR_THEME.THEME_CODE).orderBy(INDICATOR_THEME.THEME_CODE).as("themes");

    private final DSLContext dsl;

    public OutcomeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every indicator with its themes, by name. */
    public Flux<Indicator> indicators() {
        return indicatorsWhere(noCondition());
    }

    public Mono<Indicator> indicator(String id) {
        return indicatorsWhere(INDICATOR.ID.eq(id)).next();
    }

    private Flux<Indicator> indicatorsWhere(Condition condition) {
        return Flux.from(dsl.select(INDICATOR.fields())
                        .select(THEMES)
                        .from(INDICATOR)
                        .leftJoin(INDICATOR_THEME).on(INDICATOR_THEME.INDICATOR_ID.eq(INDICATOR.ID))
                        .where(condition)
                        .groupBy(INDICATOR.ID)
                        .orderBy(INDICATOR.NAME))
                .map(OutcomeRepository::toIndicator);
    }

    /**
     * The current observations of the indicators for the sexes, in the given places (all when empty), of every age,
     * and of no category or the categories given; oldest period first per place.
     */
    public Flux<ObservationRow> observations(Collection<String> indicatorIds, Collection<String> places,
                                             Collection<Sex> sexes, Collection<String> categories) {
        var o = OBSERVATION;
        return Flux.from(dsl.select(o.INDICATOR_ID, o.PLACE_CODE, o.PERIOD, o.PERIOD_START, o.PERIOD_END, o.SEX,
                                o.VALUE, o.COUNT, o.DENOMINATOR, o.LOWER_95, o.UPPER_95, o.LOWER_99_8, o.UPPER_99_8,
                                o.SOURCE_SIGNIFICANCE, o.NOTE, o.BATCH_ID, o.AGE, o.CATEGORY_TYPE, o.CATEGORY)
                        .from(OBSERVATION)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(OBSERVATION.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .and(OBSERVATION.INDICATOR_ID.in(indicatorIds))
                        .and(OBSERVATION.SEX.in(sexes.stream().map(Sex::code).toList()))
                        .and(categories.isEmpty() ? OBSERVATION.CATEGORY.isNull()
                                : OBSERVATION.CATEGORY.isNull().or(OBSERVATION.CATEGORY.in(categories)))
                        .and(places.isEmpty() ? noCondition() : OBSERVATION.PLACE_CODE.in(places))
                        .orderBy(OBSERVATION.PLACE_CODE, OBSERVATION.PERIOD_START, OBSERVATION.PERIOD_END))
                .map(r -> new ObservationRow(r.get(o.INDICATOR_ID), r.get(o.PLACE_CODE),
                        new Period(r.get(o.PERIOD), r.get(o.PERIOD_START), r.get(o.PERIOD_END)), r.get(o.SEX),
                        number(r.get(o.VALUE)), number(r.get(o.COUNT)), number(r.get(o.DENOMINATOR)),
                        number(r.get(o.LOWER_95)), number(r.get(o.UPPER_95)), number(r.get(o.LOWER_99_8)),
                        number(r.get(o.UPPER_99_8)), r.get(o.SOURCE_SIGNIFICANCE), r.get(o.NOTE), r.get(o.BATCH_ID),
                        r.get(o.AGE), r.get(o.CATEGORY_TYPE), r.get(o.CATEGORY)));
    }

    /**
     * The periods with a current observation of each indicator, as labelled, oldest first; one label per span. One
     * statement for every indicator of a response.
     */
    public Mono<Map<String, List<Period>>> periodsOf(Collection<String> indicatorIds) {
        var start = OBSERVATION.PERIOD_START;
        var end = OBSERVATION.PERIOD_END;
        Field<String> label = min(OBSERVATION.PERIOD);   // one label per span, should files label it differently
        return Flux.from(dsl.select(OBSERVATION.INDICATOR_ID, label, start, end)
                        .from(OBSERVATION)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(OBSERVATION.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .and(OBSERVATION.INDICATOR_ID.in(indicatorIds))
                        .groupBy(OBSERVATION.INDICATOR_ID, start, end)
                        .orderBy(OBSERVATION.INDICATOR_ID, start, end))
                .collectMultimap(r -> r.get(OBSERVATION.INDICATOR_ID),
                        r -> new Period(r.get(label), r.get(start), r.get(end)))
                .map(found -> found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> List.copyOf(e.getValue()))));
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static Indicator toIndicator(Record r) {
        String[] themes = r.get(THEMES);
        return new Indicator(r.get(INDICATOR.ID), r.get(INDICATOR.NAME),
                themes == null ? List.of() : Arrays.stream(themes).filter(t -> t != null).toList(),
                r.get(INDICATOR.VALUE_TYPE), r.get(INDICATOR.UNIT), r.get(INDICATOR.MULTIPLIER),
                r.get(INDICATOR.POLARITY), r.get(INDICATOR.SOURCE), r.get(INDICATOR.PUBLISHER),
                r.get(INDICATOR.LICENCE), r.get(INDICATOR.URL));
    }
}
