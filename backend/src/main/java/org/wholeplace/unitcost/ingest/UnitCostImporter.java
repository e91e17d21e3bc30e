package org.wholeplace.unitcost.ingest;

import static org.wholeplace.db.generated.Tables.PRICE_INDEX;
import static org.wholeplace.db.generated.Tables.UNIT_COST;
import static org.wholeplace.db.generated.Tables.UNIT_COST_DOUBLE_COUNTING;
import static org.wholeplace.db.generated.Tables.UNIT_COST_SAVING;
import static org.wholeplace.db.generated.Tables.UNIT_COST_TRANSFER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import org.wholeplace.unitcost.ingest.UnitCostWorkbook.Contents;
import reactor.core.publisher.Mono;

/**
 * Loads the GMCA Unit Cost Database workbook as shipped ({@link UnitCostWorkbook} reads it). A new edition replaces
 * the earlier one (source key {@value #SOURCE_KEY}), which stays as history.
 */
@Component
public class UnitCostImporter implements FileImporter<Contents> {

    static final String SOURCE_KEY = "unit-costs";
    static final Provenance GMCA = new Provenance("Unit Cost Database", "GMCA Research (New Economy)",
            "Creative Commons Attribution 4.0",
            "https://www.greatermanchester-ca.gov.uk/what-we-do/research/research-cost-benefit-analysis/", false);

    @Override
    public ImportKind kind() {
        return ImportKind.UNIT_COSTS;
    }

    @Override
    public Mono<Contents> parse(ImportSource source) {
        return Mono.fromCallable(() -> UnitCostWorkbook.read(source.read()));
    }

    /** As stated by the administrator, or the GMCA's own. */
    @Override
    public Provenance provenance(ImportSource source, Contents contents) {
        return source.statedOr(GMCA);
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, Contents contents, ImportSource source) {
        int rows = contents.costs().size();
        List<String> notes = new ArrayList<>(contents.notes());
        notes.addFirst(contents.priceIndex().size() + " years of GDP deflator; values uprated to "
                + contents.upratedTo());
        return insertCosts(scope, batchId, contents)
                .then(insertSavings(scope, batchId, contents))
                .then(insertPriceIndex(scope, batchId, contents))
                .then(insertTransfers(scope, batchId, contents))
                .then(insertDoubleCounting(scope, batchId, contents))
                .thenReturn(new BatchContents("prices of " + contents.upratedTo(), rows, rows,
                        String.join("; ", notes), SOURCE_KEY));
    }

    private static Mono<Void> insertCosts(TransactionScope scope, long batchId, Contents contents) {
        return BatchInsert.insert(scope.dsl(), UNIT_COST, List.of(UNIT_COST.BATCH_ID, UNIT_COST.CODE, UNIT_COST.SHEET,
                        UNIT_COST.OUTCOME_CATEGORY, UNIT_COST.OUTCOME_DETAIL, UNIT_COST.DESCRIPTION, UNIT_COST.UNIT,
                        UNIT_COST.AGENCY, UNIT_COST.AGENCY_DETAIL, UNIT_COST.FISCAL_VALUE, UNIT_COST.FISCAL_PRICE_YEAR,
                        UNIT_COST.FISCAL_VALUE_UPRATED, UNIT_COST.ECONOMIC_VALUE, UNIT_COST.ECONOMIC_PRICE_YEAR,
                        UNIT_COST.ECONOMIC_VALUE_UPRATED, UNIT_COST.SOCIAL_VALUE, UNIT_COST.SOCIAL_PRICE_YEAR,
                        UNIT_COST.SOCIAL_VALUE_UPRATED, UNIT_COST.UPRATED_TO, UNIT_COST.ORIGINAL_SOURCE,
                        UNIT_COST.CONFIDENCE, UNIT_COST.COMMENT, UNIT_COST.SOURCE_LINE), contents.costs(),
                c -> Arrays.asList(batchId, c.code(), c.sheet(), c.outcomeCategory(),
                        c.outcomeDetail(), c.description(), c.unit(), c.agency(), c.agencyDetail(),
                        c.fiscal().estimated(), c.fiscal().priceYear(), c.fiscal().uprated(),
                        c.economic().estimated(), c.economic().priceYear(), c.economic().uprated(),
                        c.social().estimated(), c.social().priceYear(), c.social().uprated(), contents.upratedTo(),
                        c.originalSource(), c.confidence(), c.comment(), c.row()));
    }

    static Mono<Void> insertSavings(TransactionScope scope, long batchId, Contents contents) {
        return BatchInsert.insert(scope.dsl(), UNIT_COST_SAVING, List.of(UNIT_COST_SAVING.BATCH_ID,
                        UNIT_COST_SAVING.CODE, UNIT_COST_SAVING.POSITION, UNIT_COST_SAVING.AGENCY,
                        UNIT_COST_SAVING.AGENCY_DETAIL, UNIT_COST_SAVING.SHARE, UNIT_COST_SAVING.CONSTITUENT_CODE),
                contents.savings(), s -> Arrays.asList(batchId, s.code(), s.position(), s.agency(), s.agencyDetail(),
                        s.share(), s.constituentCode()));
    }

    private static Mono<Void> insertPriceIndex(TransactionScope scope, long batchId, Contents contents) {
        return BatchInsert.insert(scope.dsl(), PRICE_INDEX, List.of(PRICE_INDEX.BATCH_ID, PRICE_INDEX.FINANCIAL_YEAR,
                PRICE_INDEX.GDP_INDEX, PRICE_INDEX.FORECAST), contents.priceIndex(),
                year -> List.of(batchId, year.financialYear(), year.gdpIndex(), year.forecast()));
    }

    static Mono<Void> insertTransfers(TransactionScope scope, long batchId, Contents contents) {
        var t = UNIT_COST_TRANSFER;
        return BatchInsert.insert(scope.dsl(), t, List.of(t.BATCH_ID, t.CODE, t.AGENCY, t.AMOUNT,
                        t.STATED_PUBLIC_VALUE, t.STATED_PRICE_YEAR, t.CELL, t.NOTE), contents.transfers(),
                at -> Arrays.asList(batchId, at.code(), at.transfer().agency(), at.transfer().amount(),
                        at.transfer().statedPublicValue(), at.transfer().statedPriceYear(), at.cell(), at.note()));
    }

    static Mono<Void> insertDoubleCounting(TransactionScope scope, long batchId, Contents contents) {
        var d = UNIT_COST_DOUBLE_COUNTING;
        return BatchInsert.insert(scope.dsl(), d, List.of(d.BATCH_ID, d.CODE, d.NOTE, d.DO_NOT_COMBINE, d.CELL),
                contents.doubleCounting(), at -> List.of(batchId, at.code(), at.doubleCounting().note(),
                        at.doubleCounting().doNotCombine(), at.cell()));
    }
}
