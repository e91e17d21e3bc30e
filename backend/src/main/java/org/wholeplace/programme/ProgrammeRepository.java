package org.wholeplace.programme;

import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.noCondition;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.PROGRAMME;
import static org.wholeplace.db.generated.Tables.PROGRAMME_COHORT;
import static org.wholeplace.db.generated.Tables.PROGRAMME_COST;
import static org.wholeplace.db.generated.Tables.PROGRAMME_OUTCOME;
import static org.wholeplace.db.generated.Tables.PROGRAMME_PLACE;
import static org.wholeplace.db.generated.Tables.UNIT_COST;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Programmes and what their appraisals read: one statement per kind of row, however many programmes. */
@Repository
public class ProgrammeRepository {

    private final DSLContext dsl;

    public ProgrammeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Programmes of a theme and touching a place, when given; by id. */
    public Flux<Programme> programmesMatching(String theme, String place) {
        return programmesWhere(theme == null ? noCondition() : PROGRAMME.THEME_CODE.eq(theme), place);
    }

    public Mono<Programme> programmeWithId(String id) {
        return programmesWhere(PROGRAMME.ID.eq(id), null).next();
    }

    private Flux<Programme> programmesWhere(Condition condition, String place) {
        return Flux.from(dsl.select(PROGRAMME.ID, PROGRAMME.NAME, PROGRAMME.THEME_CODE,
                                arrayAgg(PROGRAMME_PLACE.PLACE_CODE).orderBy(PROGRAMME_PLACE.PLACE_CODE),
                                PROGRAMME.START_YEAR, PROGRAMME.END_YEAR, PROGRAMME.DESCRIPTION, PROGRAMME.BATCH_ID)
                        .from(PROGRAMME)
                        .join(PROGRAMME_PLACE).on(PROGRAMME_PLACE.PROGRAMME_ID.eq(PROGRAMME.ID))
                        .where(condition)
                        .groupBy(PROGRAMME.ID)
                        .having(place == null ? noCondition()
                                : boolOr(PROGRAMME_PLACE.PLACE_CODE.eq(place)))
                        .orderBy(PROGRAMME.ID))
                .map(r -> new Programme(r.value1(), r.value2(), r.value3(), List.of(r.value4()), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    /** The appraisal inputs of the given programmes, in three statements. */
    public Mono<Map<String, ProgrammeInputs>> inputsOf(Collection<String> ids) {
        Mono<Map<String, List<ProgrammeInputs.Cost>>> costs = Flux.from(dsl.select(PROGRAMME_COST.PROGRAMME_ID,
                                PROGRAMME_COST.AGENCY, PROGRAMME_COST.FINANCIAL_YEAR,
                                PROGRAMME_COST.CAPITAL.plus(PROGRAMME_COST.REVENUE).plus(PROGRAMME_COST.IN_KIND))
                        .from(PROGRAMME_COST).where(PROGRAMME_COST.PROGRAMME_ID.in(ids))
                        .orderBy(PROGRAMME_COST.PROGRAMME_ID, PROGRAMME_COST.FINANCIAL_YEAR, PROGRAMME_COST.AGENCY))
                .collectMultimap(r -> r.value1(), r -> new ProgrammeInputs.Cost(r.value2(), r.value3(), r.value4()))
                .map(ProgrammeRepository::lists);
        Mono<Map<String, List<ProgrammeInputs.Cohort>>> cohorts = Flux.from(dsl.select(PROGRAMME_COHORT.PROGRAMME_ID,
                                PROGRAMME_COHORT.FINANCIAL_YEAR, PROGRAMME_COHORT.PEOPLE)
                        .from(PROGRAMME_COHORT).where(PROGRAMME_COHORT.PROGRAMME_ID.in(ids))
                        .orderBy(PROGRAMME_COHORT.PROGRAMME_ID, PROGRAMME_COHORT.FINANCIAL_YEAR))
                .collectMultimap(r -> r.value1(), r -> new ProgrammeInputs.Cohort(r.value2(),
                        BigDecimal.valueOf(r.value3())))
                .map(ProgrammeRepository::lists);
        var o = PROGRAMME_OUTCOME;
        Mono<Map<String, List<ProgrammeInputs.ExpectedOutcome>>> outcomes = Flux.from(dsl.select(o.PROGRAMME_ID,
                                o.UNIT_COST_CODE, o.ENGAGEMENT, o.SUCCESS, o.DEADWEIGHT, o.LAG_YEARS,
                                o.DURATION_YEARS, o.DROP_OFF, o.CONFIDENCE_GRADE, o.OPTIMISM_BIAS, o.CASHABLE,
                                UNIT_COST.AGENCY, UNIT_COST.FISCAL_VALUE, UNIT_COST.FISCAL_PRICE_YEAR,
                                UNIT_COST.ECONOMIC_VALUE, UNIT_COST.ECONOMIC_PRICE_YEAR, UNIT_COST.SOCIAL_VALUE,
                                UNIT_COST.SOCIAL_PRICE_YEAR, UNIT_COST.UPRATED_TO, UNIT_COST.BATCH_ID)
                        .from(o)
                        .join(UNIT_COST).on(UNIT_COST.CODE.eq(o.UNIT_COST_CODE))
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(UNIT_COST.BATCH_ID))
                        .where(o.PROGRAMME_ID.in(ids), IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .orderBy(o.PROGRAMME_ID, o.POSITION))
                .collectMultimap(r -> r.get(o.PROGRAMME_ID), r -> new ProgrammeInputs.ExpectedOutcome(
                        r.get(o.UNIT_COST_CODE), r.get(o.ENGAGEMENT), r.get(o.SUCCESS), r.get(o.DEADWEIGHT),
                        r.get(o.LAG_YEARS), r.get(o.DURATION_YEARS), r.get(o.DROP_OFF), r.get(o.CONFIDENCE_GRADE),
                        r.get(o.OPTIMISM_BIAS), r.get(o.CASHABLE), r.get(UNIT_COST.AGENCY),
                        r.get(UNIT_COST.FISCAL_VALUE), r.get(UNIT_COST.FISCAL_PRICE_YEAR),
                        r.get(UNIT_COST.ECONOMIC_VALUE), r.get(UNIT_COST.ECONOMIC_PRICE_YEAR),
                        r.get(UNIT_COST.SOCIAL_VALUE), r.get(UNIT_COST.SOCIAL_PRICE_YEAR), r.get(UNIT_COST.UPRATED_TO),
                        r.get(UNIT_COST.BATCH_ID)))
                .map(ProgrammeRepository::lists);
        return Mono.zip(costs, cohorts, outcomes).map(t -> {
            Map<String, ProgrammeInputs> inputs = new HashMap<>();
            for (String id : ids) {
                inputs.put(id, new ProgrammeInputs(t.getT1().getOrDefault(id, List.of()),
                        t.getT2().getOrDefault(id, List.of()), t.getT3().getOrDefault(id, List.of())));
            }
            return inputs;
        });
    }

    private static <T> Map<String, List<T>> lists(Map<String, Collection<T>> multimap) {
        Map<String, List<T>> lists = new HashMap<>();
        multimap.forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
        return lists;
    }
}
