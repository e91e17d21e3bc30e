package org.wholeplace.programme;

import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.wholeplace.db.generated.Tables.DISCOUNT_RATE_BAND;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.OPTIMISM_BIAS_GRADE;
import static org.wholeplace.db.generated.Tables.PROGRAMME;
import static org.wholeplace.db.generated.Tables.PROGRAMME_COHORT;
import static org.wholeplace.db.generated.Tables.PROGRAMME_COST;
import static org.wholeplace.db.generated.Tables.PROGRAMME_INDICATOR;
import static org.wholeplace.db.generated.Tables.PROGRAMME_INDICATOR_COMPARATOR;
import static org.wholeplace.db.generated.Tables.PROGRAMME_OUTCOME;
import static org.wholeplace.db.generated.Tables.PROGRAMME_OUTCOME_CASHABLE;
import static org.wholeplace.db.generated.Tables.PROGRAMME_PLACE;
import static org.wholeplace.db.generated.Tables.REINVESTMENT_DEAL;
import static org.wholeplace.db.generated.Tables.REINVESTMENT_DEAL_TIER;
import static org.wholeplace.db.generated.Tables.UNIT_COST;
import static org.wholeplace.db.generated.Tables.UNIT_COST_DOUBLE_COUNTING;
import static org.wholeplace.db.generated.Tables.UNIT_COST_SAVING;
import static org.wholeplace.db.generated.Tables.UNIT_COST_TRANSFER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import org.wholeplace.period.FinancialYear;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Programmes, what their appraisals read, and the appraisal parameters: one statement per kind of row. */
@Repository
public class ProgrammeRepository {

    private final DSLContext dsl;

    public ProgrammeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Programmes of any of the themes, touching any of the places and running in any of the years given; by id. */
    public Flux<Programme> programmesMatching(ProgrammeFilter filter) {
        Condition years = filter.years().isEmpty() ? noCondition() : falseCondition();
        for (FinancialYear year : filter.years()) {
            years = years.or(PROGRAMME.START_YEAR.le(year.startYear()).and(PROGRAMME.END_YEAR.ge(year.startYear())));
        }
        return programmesWhere(filter.themes().isEmpty() ? years : years.and(PROGRAMME.THEME_CODE.in(filter.themes())),
                filter.places().isEmpty() ? noCondition()
                        : condition(boolOr(PROGRAMME_PLACE.PLACE_CODE.in(filter.places()))));
    }

    public Mono<Programme> programmeWithId(String id) {
        return programmesWhere(PROGRAMME.ID.eq(id), noCondition()).next();
    }

    private Flux<Programme> programmesWhere(Condition condition, Condition touching) {
        var places = arrayAgg(PROGRAMME_PLACE.PLACE_CODE).orderBy(PROGRAMME_PLACE.PLACE_CODE).as("places");
        return Flux.from(dsl.select(PROGRAMME.ID, PROGRAMME.NAME, PROGRAMME.THEME_CODE, places,
                                PROGRAMME.START_YEAR, PROGRAMME.END_YEAR, PROGRAMME.DESCRIPTION,
                                PROGRAMME.COST_PRICE_YEAR, PROGRAMME.BATCH_ID)
                        .from(PROGRAMME)
                        .join(PROGRAMME_PLACE).on(PROGRAMME_PLACE.PROGRAMME_ID.eq(PROGRAMME.ID))
                        .where(condition)
                        .groupBy(PROGRAMME.ID)
                        .having(touching)
                        .orderBy(PROGRAMME.ID))
                .map(r -> new Programme(r.get(PROGRAMME.ID), r.get(PROGRAMME.NAME), r.get(PROGRAMME.THEME_CODE),
                        List.of(r.get(places)), r.get(PROGRAMME.START_YEAR), r.get(PROGRAMME.END_YEAR),
                        r.get(PROGRAMME.DESCRIPTION), r.get(PROGRAMME.COST_PRICE_YEAR), r.get(PROGRAMME.BATCH_ID)));
    }

    /** The appraisal inputs of the given programmes, in three statements. */
    public Mono<Map<String, ProgrammeInputs>> inputsOf(Collection<String> ids) {
        return Mono.zip(costsOf(ids), cohortsOf(ids), expectedOutcomesOf(ids)).map(t -> {
            Map<String, ProgrammeInputs> inputs = new HashMap<>();
            for (String id : ids) {
                inputs.put(id, new ProgrammeInputs(t.getT1().getOrDefault(id, List.of()),
                        t.getT2().getOrDefault(id, List.of()), t.getT3().getOrDefault(id, List.of())));
            }
            return inputs;
        });
    }

    private Mono<Map<String, List<ProgrammeInputs.Cost>>> costsOf(Collection<String> ids) {
        var c = PROGRAMME_COST;
        return Flux.from(dsl.select(c.PROGRAMME_ID, c.AGENCY, c.FINANCIAL_YEAR, c.CAPITAL, c.REVENUE, c.IN_KIND,
                                c.CONFIDENCE_GRADE)
                        .from(c).where(c.PROGRAMME_ID.in(ids))
                        .orderBy(c.PROGRAMME_ID, c.FINANCIAL_YEAR, c.AGENCY))
                .collect(Collectors.groupingBy(r -> r.get(c.PROGRAMME_ID), Collectors.mapping(
                        r -> new ProgrammeInputs.Cost(r.get(c.AGENCY), r.get(c.FINANCIAL_YEAR), r.get(c.CAPITAL),
                                r.get(c.REVENUE), r.get(c.IN_KIND), r.get(c.CONFIDENCE_GRADE)), Collectors.toList())));
    }

    private Mono<Map<String, List<ProgrammeInputs.Cohort>>> cohortsOf(Collection<String> ids) {
        return Flux.from(dsl.select(PROGRAMME_COHORT.PROGRAMME_ID, PROGRAMME_COHORT.FINANCIAL_YEAR,
                                PROGRAMME_COHORT.PEOPLE)
                        .from(PROGRAMME_COHORT).where(PROGRAMME_COHORT.PROGRAMME_ID.in(ids))
                        .orderBy(PROGRAMME_COHORT.PROGRAMME_ID, PROGRAMME_COHORT.FINANCIAL_YEAR))
                .collect(Collectors.groupingBy(r -> r.get(PROGRAMME_COHORT.PROGRAMME_ID), Collectors.mapping(
                        r -> new ProgrammeInputs.Cohort(r.get(PROGRAMME_COHORT.FINANCIAL_YEAR),
                                BigDecimal.valueOf(r.get(PROGRAMME_COHORT.PEOPLE))), Collectors.toList())));
    }

    /**
     * Each expected outcome with its unit cost of the current edition, one row per agency sharing the saving (the
     * agency bearing the cost, whole, where the edition holds no split) and whether the programme counts that
     * agency's saving cashable; with the part of its fiscal value that is a transfer, and what the workbook says
     * against combining it with other costs.
     */
    private Mono<Map<String, List<ProgrammeInputs.ExpectedOutcome>>> expectedOutcomesOf(Collection<String> ids) {
        var o = PROGRAMME_OUTCOME;
        var s = UNIT_COST_SAVING;
        var savingAgency = coalesce(s.AGENCY, UNIT_COST.AGENCY, inline("Unattributed"));
        var agency = savingAgency.as("saving_agency");
        var share = coalesce(s.SHARE, inline(BigDecimal.ONE)).as("saving_share");
        var cashable = coalesce(PROGRAMME_OUTCOME_CASHABLE.CASHABLE, o.CASHABLE).as("saving_cashable");
        var t = UNIT_COST_TRANSFER;
        var d = UNIT_COST_DOUBLE_COUNTING;
        return Flux.from(dsl.select(o.PROGRAMME_ID, o.POSITION, o.UNIT_COST_CODE, o.ENGAGEMENT, o.SUCCESS,
                                o.DEADWEIGHT, o.LAG_YEARS, o.DURATION_YEARS, o.DROP_OFF, o.CONFIDENCE_GRADE,
                                agency, share, cashable, UNIT_COST.FISCAL_VALUE, UNIT_COST.FISCAL_PRICE_YEAR,
                                UNIT_COST.ECONOMIC_VALUE, UNIT_COST.ECONOMIC_PRICE_YEAR, UNIT_COST.SOCIAL_VALUE,
                                UNIT_COST.SOCIAL_PRICE_YEAR, UNIT_COST.UPRATED_TO, UNIT_COST.BATCH_ID, UNIT_COST.SHEET,
                                t.AGENCY,
                                t.AMOUNT, t.CELL, d.NOTE)
                        .from(o)
                        .join(UNIT_COST).on(UNIT_COST.CODE.eq(o.UNIT_COST_CODE))
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(UNIT_COST.BATCH_ID))
                        .leftJoin(s).on(s.BATCH_ID.eq(UNIT_COST.BATCH_ID), s.CODE.eq(UNIT_COST.CODE))
                        .leftJoin(t).on(t.BATCH_ID.eq(UNIT_COST.BATCH_ID), t.CODE.eq(UNIT_COST.CODE))
                        .leftJoin(d).on(d.BATCH_ID.eq(UNIT_COST.BATCH_ID), d.CODE.eq(UNIT_COST.CODE),
                                d.DO_NOT_COMBINE.isTrue())
                        .leftJoin(PROGRAMME_OUTCOME_CASHABLE).on(PROGRAMME_OUTCOME_CASHABLE.PROGRAMME_ID.eq(
                                o.PROGRAMME_ID), PROGRAMME_OUTCOME_CASHABLE.POSITION.eq(o.POSITION),
                                PROGRAMME_OUTCOME_CASHABLE.AGENCY.equalIgnoreCase(savingAgency))
                        .where(o.PROGRAMME_ID.in(ids), IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .orderBy(o.PROGRAMME_ID, o.POSITION, s.POSITION))
                .collectList()
                .map(rows -> {
                    Map<String, Map<Integer, List<Record>>> byOutcome = new LinkedHashMap<>();
                    rows.forEach(r -> byOutcome.computeIfAbsent(r.get(o.PROGRAMME_ID), id -> new LinkedHashMap<>())
                            .computeIfAbsent(r.get(o.POSITION), p -> new ArrayList<>()).add(r));
                    Map<String, List<ProgrammeInputs.ExpectedOutcome>> outcomes = new HashMap<>();
                    byOutcome.forEach((id, positions) -> outcomes.put(id, positions.values().stream().map(shares -> {
                        Record r = shares.getFirst();
                        return new ProgrammeInputs.ExpectedOutcome(r.get(o.UNIT_COST_CODE), r.get(o.ENGAGEMENT),
                                r.get(o.SUCCESS), r.get(o.DEADWEIGHT), r.get(o.LAG_YEARS), r.get(o.DURATION_YEARS),
                                r.get(o.DROP_OFF), r.get(o.CONFIDENCE_GRADE), shares.stream()
                                .map(a -> new ProgrammeInputs.AgencySaving(a.get(agency), a.get(share),
                                        a.get(cashable))).toList(),
                                new ProgrammeInputs.UnitCostValues(r.get(UNIT_COST.SHEET),
                                        r.get(UNIT_COST.FISCAL_VALUE),
                                        r.get(UNIT_COST.FISCAL_PRICE_YEAR), r.get(UNIT_COST.ECONOMIC_VALUE),
                                        r.get(UNIT_COST.ECONOMIC_PRICE_YEAR), r.get(UNIT_COST.SOCIAL_VALUE),
                                        r.get(UNIT_COST.SOCIAL_PRICE_YEAR), r.get(UNIT_COST.UPRATED_TO),
                                        r.get(UNIT_COST.BATCH_ID), r.get(t.CELL) == null ? null
                                        : new ProgrammeInputs.Transfer(r.get(t.AGENCY), r.get(t.AMOUNT),
                                                r.get(t.CELL)), r.get(d.NOTE)));
                    }).toList()));
                    return outcomes;
                });
    }

    /**
     * The indicators each programme is tracked against, with the comparator places listed for each, or the comparator
     * group named, and the share of the cost each bears as stated.
     */
    public Mono<Map<String, List<TrackedIndicator>>> trackedIndicatorsOf(Collection<String> ids) {
        var link = PROGRAMME_INDICATOR;
        var comparator = PROGRAMME_INDICATOR_COMPARATOR;
        var listed = arrayAgg(comparator.PLACE_CODE).orderBy(comparator.PLACE_CODE).as("listed");
        return Flux.from(dsl.select(link.PROGRAMME_ID, link.INDICATOR_ID, link.COMPARATOR_GROUP, link.COST_SHARE,
                                listed)
                        .from(link)
                        .leftJoin(comparator).on(comparator.PROGRAMME_ID.eq(link.PROGRAMME_ID),
                                comparator.INDICATOR_ID.eq(link.INDICATOR_ID))
                        .where(link.PROGRAMME_ID.in(ids))
                        .groupBy(link.PROGRAMME_ID, link.INDICATOR_ID, link.POSITION)
                        .orderBy(link.PROGRAMME_ID, link.POSITION))
                .collect(Collectors.groupingBy(r -> r.get(link.PROGRAMME_ID), Collectors.mapping(
                        r -> new TrackedIndicator(r.get(link.INDICATOR_ID), codes(r.get(listed)),
                                r.get(link.COMPARATOR_GROUP), r.get(link.COST_SHARE)),
                        Collectors.toList())));
    }

    /** An aggregate's codes, the null of an outer join that found none left out. */
    private static List<String> codes(String[] aggregated) {
        return Arrays.stream(aggregated).filter(Objects::nonNull).toList();
    }

    /** The parameters every appraisal needs; none loaded is a fault of the installation, logged as such. */
    public Mono<AppraisalParameters> appraisalParametersInForce() {
        return currentAppraisalParameters().switchIfEmpty(Mono.error(new IllegalStateException(
                "No appraisal parameters are loaded: import programmes/appraisal-parameters.yaml "
                        + "(kind appraisal-parameters)")));
    }

    /** The current optimism bias table and discount rates; empty when none are loaded. */
    public Mono<AppraisalParameters> currentAppraisalParameters() {
        Mono<List<Record>> grades = Flux.from(dsl.select(OPTIMISM_BIAS_GRADE.BATCH_ID, OPTIMISM_BIAS_GRADE.GRADE,
                                OPTIMISM_BIAS_GRADE.CORRECTION, OPTIMISM_BIAS_GRADE.DESCRIPTION)
                        .from(OPTIMISM_BIAS_GRADE)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(OPTIMISM_BIAS_GRADE.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .orderBy(OPTIMISM_BIAS_GRADE.GRADE))
                .map(r -> (Record) r).collectList();
        Mono<List<DiscountSchedule.Band>> bands = Flux.from(dsl.select(DISCOUNT_RATE_BAND.FROM_YEAR,
                                DISCOUNT_RATE_BAND.RATE)
                        .from(DISCOUNT_RATE_BAND)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(DISCOUNT_RATE_BAND.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .orderBy(DISCOUNT_RATE_BAND.FROM_YEAR))
                .map(r -> new DiscountSchedule.Band(r.get(DISCOUNT_RATE_BAND.FROM_YEAR),
                        r.get(DISCOUNT_RATE_BAND.RATE))).collectList();
        var tier = REINVESTMENT_DEAL_TIER;
        Mono<List<Record>> deal = Flux.from(dsl.select(REINVESTMENT_DEAL.PAYS_FROM, REINVESTMENT_DEAL.SOURCE,
                                tier.FROM_FALL, tier.TO_FALL, tier.SHARE)
                        .from(REINVESTMENT_DEAL)
                        .join(tier).on(tier.BATCH_ID.eq(REINVESTMENT_DEAL.BATCH_ID))
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(REINVESTMENT_DEAL.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .orderBy(tier.FROM_FALL))
                .map(r -> (Record) r).collectList();
        return Mono.zip(grades, bands, deal)
                .filter(t -> !t.getT1().isEmpty() && !t.getT2().isEmpty())
                .map(t -> new AppraisalParameters(t.getT1().stream()
                        .map(r -> new AppraisalParameters.OptimismBiasGrade(r.get(OPTIMISM_BIAS_GRADE.GRADE),
                                r.get(OPTIMISM_BIAS_GRADE.CORRECTION), r.get(OPTIMISM_BIAS_GRADE.DESCRIPTION)))
                        .toList(), new DiscountSchedule(t.getT2()), dealOf(t.getT3()),
                        t.getT1().getFirst().get(OPTIMISM_BIAS_GRADE.BATCH_ID)));
    }

    /** The deal's terms from its tiers' rows; null for parameters loaded before deals were (V16). */
    private static ReinvestmentDeal dealOf(List<Record> tiers) {
        if (tiers.isEmpty()) {
            return null;
        }
        var tier = REINVESTMENT_DEAL_TIER;
        return new ReinvestmentDeal(tiers.getFirst().get(REINVESTMENT_DEAL.PAYS_FROM), tiers.stream()
                .map(r -> new ReinvestmentDeal.Tier(r.get(tier.FROM_FALL), r.get(tier.TO_FALL), r.get(tier.SHARE)))
                .toList(), tiers.getFirst().get(REINVESTMENT_DEAL.SOURCE));
    }
}
