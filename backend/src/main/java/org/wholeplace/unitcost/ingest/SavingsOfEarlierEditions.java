package org.wholeplace.unitcost.ingest;

import static org.jooq.impl.DSL.selectOne;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.UNIT_COST;
import static org.wholeplace.db.generated.Tables.UNIT_COST_SAVING;

import java.math.BigDecimal;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions;
import org.wholeplace.db.generated.tables.records.UnitCostRecord;
import org.wholeplace.ingest.LoadedDataUpgrade;
import org.wholeplace.unitcost.ingest.UnitCostWorkbook.UnitCost;
import org.wholeplace.unitcost.ingest.UnitCostWorkbook.Value;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The agencies sharing each fiscal saving, for a current edition of the Unit Cost Database loaded before they were
 * read (before migration V15): derived from its stored rows as the importer derives them from the workbook
 * ({@link FiscalSplits}), in one transaction per edition, so that the edition need not be loaded again.
 */
@Component
class SavingsOfEarlierEditions implements LoadedDataUpgrade {

    private final DSLContext dsl;
    private final Transactions transactions;

    SavingsOfEarlierEditions(DSLContext dsl, Transactions transactions) {
        this.dsl = dsl;
        this.transactions = transactions;
    }

    @Override
    public String describe() {
        return "the agencies sharing the fiscal savings of unit costs loaded before they were read";
    }

    @Override
    public Mono<Integer> upgrade() {
        return Flux.from(dsl.selectDistinct(UNIT_COST.BATCH_ID).from(UNIT_COST)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(UNIT_COST.BATCH_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .andNotExists(selectOne().from(UNIT_COST_SAVING)
                                .where(UNIT_COST_SAVING.BATCH_ID.eq(UNIT_COST.BATCH_ID))))
                .map(r -> r.get(UNIT_COST.BATCH_ID))
                .concatMap(this::deriveSavings)
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> deriveSavings(long batchId) {
        return Flux.from(dsl.selectFrom(UNIT_COST).where(UNIT_COST.BATCH_ID.eq(batchId))
                        .orderBy(UNIT_COST.SHEET, UNIT_COST.SOURCE_LINE))
                .map(SavingsOfEarlierEditions::asRead)
                .collectList()
                .flatMap(costs -> {
                    var contents = new UnitCostWorkbook.Contents(costs, FiscalSplits.of(costs).savings(), List.of(),
                            null, List.of(), List.of(), List.of());
                    return transactions.inTransaction(scope -> UnitCostImporter.insertSavings(scope, batchId,
                            contents).thenReturn(contents.savings().size()));
                });
    }

    /** A stored row as the workbook reader gave it. */
    private static UnitCost asRead(UnitCostRecord r) {
        return new UnitCost(r.getCode(), r.getSheet(), r.getOutcomeCategory(), r.getOutcomeDetail(),
                r.getDescription(), r.getUnit(), r.getAgency(), r.getAgencyDetail(),
                value(r.getFiscalValue(), r.getFiscalPriceYear(), r.getFiscalValueUprated()),
                value(r.getEconomicValue(), r.getEconomicPriceYear(), r.getEconomicValueUprated()),
                value(r.getSocialValue(), r.getSocialPriceYear(), r.getSocialValueUprated()),
                r.getOriginalSource(), r.getConfidence(), r.getComment(), r.getSourceLine());
    }

    private static Value value(BigDecimal estimated, String priceYear, BigDecimal uprated) {
        return estimated == null && uprated == null ? Value.NONE : new Value(estimated, priceYear, uprated);
    }
}
