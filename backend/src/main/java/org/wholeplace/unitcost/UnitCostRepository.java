package org.wholeplace.unitcost;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.PRICE_INDEX;
import static org.wholeplace.db.generated.Tables.UNIT_COST;
import static org.wholeplace.db.generated.Tables.UNIT_COST_DOUBLE_COUNTING;
import static org.wholeplace.db.generated.Tables.UNIT_COST_SAVING;
import static org.wholeplace.db.generated.Tables.UNIT_COST_TRANSFER;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import org.wholeplace.db.generated.tables.records.UnitCostRecord;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The current edition of the Unit Cost Database and its GDP deflator. */
@Repository
public class UnitCostRepository {

    private final DSLContext dsl;

    public UnitCostRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Costs whose code, description, outcome or unit contains every word of the request's search (any case), of the
     * sheet and the agency bearing the cost, when given; in the workbook's order.
     */
    public Flux<UnitCost> currentUnitCostsMatching(UnitCostRequest request) {
        String search = request.search();
        String sheet = request.sheet();
        String agency = request.agency();
        Condition matches = noCondition();
        for (String word : search == null ? new String[0] : search.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                matches = matches.and(UNIT_COST.CODE.containsIgnoreCase(word)
                        .or(UNIT_COST.DESCRIPTION.containsIgnoreCase(word))
                        .or(UNIT_COST.OUTCOME_CATEGORY.containsIgnoreCase(word))
                        .or(UNIT_COST.OUTCOME_DETAIL.containsIgnoreCase(word))
                        .or(UNIT_COST.UNIT.containsIgnoreCase(word)));
            }
        }
        return Flux.from(dsl.select(UNIT_COST.fields()).from(UNIT_COST)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(UNIT_COST.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .and(matches)
                        .and(sheet == null ? noCondition() : UNIT_COST.SHEET.equalIgnoreCase(sheet))
                        .and(agency == null ? noCondition() : UNIT_COST.AGENCY.equalIgnoreCase(agency)
                                .or(UNIT_COST.AGENCY_DETAIL.equalIgnoreCase(agency)))
                        .orderBy(UNIT_COST.SHEET, UNIT_COST.SOURCE_LINE)
                        .limit(request.limit()))
                .map(r -> toUnitCost(r.into(UNIT_COST)));
    }

    /** As stored; the values' {@code uprated} is left for {@link UnitCost#upratedTo}. */
    private static UnitCost toUnitCost(UnitCostRecord r) {
        return new UnitCost(r.getCode(), r.getSheet(), r.getOutcomeCategory(), r.getOutcomeDetail(),
                r.getDescription(), r.getUnit(), r.getAgency(), r.getAgencyDetail(),
                value(r.getFiscalValue(), r.getFiscalPriceYear(), r.getFiscalValueUprated(), r.getUpratedTo()),
                value(r.getEconomicValue(), r.getEconomicPriceYear(), r.getEconomicValueUprated(), r.getUpratedTo()),
                value(r.getSocialValue(), r.getSocialPriceYear(), r.getSocialValueUprated(), r.getUpratedTo()),
                r.getOriginalSource(), r.getConfidence(), r.getComment(), r.getBatchId());
    }

    private static UnitValue value(BigDecimal value, String priceYear, BigDecimal upratedInWorkbook,
                                   String upratedTo) {
        return value == null && upratedInWorkbook == null ? null
                : new UnitValue(value, priceYear, upratedInWorkbook, upratedTo, null, false);
    }

    /**
     * Every cost code of the current edition, with the agencies making its fiscal saving (the agency bearing it where
     * the edition was loaded before splits were read).
     */
    public Mono<Map<String, Set<String>>> currentSavingAgencies() {
        Field<String> savingAgency = coalesce(UNIT_COST_SAVING.AGENCY, UNIT_COST.AGENCY, inline("Unattributed"));
        return Flux.from(dsl.select(UNIT_COST.CODE, savingAgency)
                        .from(UNIT_COST)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(UNIT_COST.BATCH_ID))
                        .leftJoin(UNIT_COST_SAVING).on(UNIT_COST_SAVING.BATCH_ID.eq(UNIT_COST.BATCH_ID),
                                UNIT_COST_SAVING.CODE.eq(UNIT_COST.CODE))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull(), UNIT_COST.CODE.isNotNull()))
                .collect(Collectors.groupingBy(r -> r.get(UNIT_COST.CODE),
                        Collectors.mapping(r -> r.get(savingAgency), Collectors.toSet())));
    }

    /**
     * The agencies sharing the fiscal saving of each cost of the current edition, by code, in the workbook's order. A
     * cost of an edition loaded before splits were read has none: its saving is the agency's bearing it.
     */
    public Mono<Map<String, List<FiscalSaving>>> currentSavingsOf(Collection<String> codes) {
        var s = UNIT_COST_SAVING;
        return Flux.from(dsl.select(s.CODE, s.AGENCY, s.AGENCY_DETAIL, s.SHARE, s.CONSTITUENT_CODE)
                        .from(s)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(s.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull(), s.CODE.in(codes))
                        .orderBy(s.CODE, s.POSITION))
                .collect(Collectors.groupingBy(r -> r.get(s.CODE), Collectors.mapping(r -> new FiscalSaving(
                        r.get(s.AGENCY), r.get(s.AGENCY_DETAIL), r.get(s.SHARE), r.get(s.CONSTITUENT_CODE), null),
                        Collectors.toList())));
    }

    /** The transfers among the fiscal values of the given costs of the current edition, by code. */
    public Mono<Map<String, TransferPayment>> currentTransfersOf(Collection<String> codes) {
        var t = UNIT_COST_TRANSFER;
        return Flux.from(dsl.select(t.CODE, t.AGENCY, t.AMOUNT, t.STATED_PUBLIC_VALUE, t.STATED_PRICE_YEAR, t.CELL,
                                t.NOTE)
                        .from(t)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(t.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull(), t.CODE.in(codes)))
                .collectMap(r -> r.get(t.CODE), r -> new TransferPayment(r.get(t.AGENCY), r.get(t.AMOUNT),
                        r.get(t.STATED_PUBLIC_VALUE), r.get(t.STATED_PRICE_YEAR), r.get(t.CELL), r.get(t.NOTE)));
    }

    /** What the current edition says of double counting the given costs, by code. */
    public Mono<Map<String, DoubleCountingNote>> currentDoubleCountingOf(Collection<String> codes) {
        var d = UNIT_COST_DOUBLE_COUNTING;
        return Flux.from(dsl.select(d.CODE, d.NOTE, d.DO_NOT_COMBINE, d.CELL)
                        .from(d)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(d.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull(), d.CODE.in(codes)))
                .collectMap(r -> r.get(d.CODE), r -> new DoubleCountingNote(r.get(d.NOTE), r.get(d.DO_NOT_COMBINE),
                        r.get(d.CELL)));
    }

    /** The current edition's GDP deflator, every year. */
    public Mono<GdpDeflator> currentGdpDeflator() {
        return Flux.from(dsl.select(PRICE_INDEX.FINANCIAL_YEAR, PRICE_INDEX.GDP_INDEX, PRICE_INDEX.FORECAST)
                        .from(PRICE_INDEX)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(PRICE_INDEX.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull()))
                .collectList()
                .map(rows -> GdpDeflator.of(rows.stream().collect(Collectors.toMap(
                                r -> r.get(PRICE_INDEX.FINANCIAL_YEAR), r -> r.get(PRICE_INDEX.GDP_INDEX))),
                        rows.stream().filter(r -> r.get(PRICE_INDEX.FORECAST))
                                .map(r -> r.get(PRICE_INDEX.FINANCIAL_YEAR)).collect(Collectors.toSet())));
    }
}
