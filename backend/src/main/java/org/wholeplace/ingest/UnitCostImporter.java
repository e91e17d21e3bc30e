package org.wholeplace.ingest;

import static org.wholeplace.db.generated.Tables.PRICE_INDEX;
import static org.wholeplace.db.generated.Tables.UNIT_COST;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.UnitCostWorkbook.Contents;
import org.wholeplace.ingest.UnitCostWorkbook.UnitCost;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads the GMCA Unit Cost Database workbook as shipped ({@link UnitCostWorkbook} reads it). A new edition replaces
 * the earlier one (source key {@value #SOURCE_KEY}), which stays as history.
 */
@Component
public class UnitCostImporter {

    static final String KIND = "unit-costs";
    static final String SOURCE_KEY = "unit-costs";
    static final Provenance GMCA = new Provenance("Unit Cost Database", "GMCA Research (New Economy)",
            "Creative Commons Attribution 4.0",
            "https://www.greatermanchester-ca.gov.uk/what-we-do/research/research-cost-benefit-analysis/", false);
    private static final int ROWS_PER_INSERT = 1_000;

    private final ImportBatchRepository batches;
    private final ImportPipeline pipeline;

    public UnitCostImporter(ImportBatchRepository batches, ImportPipeline pipeline) {
        this.batches = batches;
        this.pipeline = pipeline;
    }

    /** @param provenance as stated by the administrator, or null for the GMCA's own */
    public Mono<ImportOutcome> importFile(SourceFile file, Provenance provenance, String loadedBy) {
        Provenance stated = provenance == null ? GMCA : provenance;
        OffsetDateTime started = OffsetDateTime.now();
        return pipeline.importOnce(file.sha256(), scope -> Mono.fromCallable(() -> UnitCostWorkbook.read(file))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(contents -> {
                    int rows = contents.costs().size();
                    List<String> notes = new ArrayList<>(contents.notes());
                    notes.addFirst(contents.priceIndex().size() + " years of GDP deflator; values uprated to "
                            + contents.upratedTo());
                    NewBatch batch = new NewBatch(KIND, stated, "prices of " + contents.upratedTo(), file.name(),
                            file.sha256(), rows, rows, String.join("; ", notes), started, loadedBy, SOURCE_KEY);
                    return batches.insert(scope, batch)
                            .flatMap(batchId -> insertCosts(scope, batchId, contents)
                                    .then(insertPriceIndex(scope, batchId, contents))
                                    .then(batches.finish(scope, batchId, rows, rows)));
                }));
    }

    private static Mono<Void> insertCosts(TransactionScope scope, long batchId, Contents contents) {
        return Flux.fromIterable(contents.costs()).buffer(ROWS_PER_INSERT).concatMap(chunk -> {
            var insert = scope.dsl().insertInto(UNIT_COST, UNIT_COST.BATCH_ID, UNIT_COST.CODE, UNIT_COST.SHEET,
                    UNIT_COST.OUTCOME_CATEGORY, UNIT_COST.OUTCOME_DETAIL, UNIT_COST.DESCRIPTION, UNIT_COST.UNIT,
                    UNIT_COST.AGENCY, UNIT_COST.AGENCY_DETAIL, UNIT_COST.FISCAL_VALUE, UNIT_COST.FISCAL_PRICE_YEAR,
                    UNIT_COST.FISCAL_VALUE_UPRATED, UNIT_COST.ECONOMIC_VALUE, UNIT_COST.ECONOMIC_PRICE_YEAR,
                    UNIT_COST.ECONOMIC_VALUE_UPRATED, UNIT_COST.SOCIAL_VALUE, UNIT_COST.SOCIAL_PRICE_YEAR,
                    UNIT_COST.SOCIAL_VALUE_UPRATED, UNIT_COST.UPRATED_TO, UNIT_COST.ORIGINAL_SOURCE,
                    UNIT_COST.CONFIDENCE, UNIT_COST.COMMENT, UNIT_COST.SOURCE_LINE);
            for (UnitCost c : chunk) {
                insert = insert.values(Arrays.asList(batchId, c.code(), c.sheet(), c.outcomeCategory(),
                        c.outcomeDetail(), c.description(), c.unit(), c.agency(), c.agencyDetail(),
                        c.fiscal().estimated(), c.fiscal().priceYear(), c.fiscal().uprated(),
                        c.economic().estimated(), c.economic().priceYear(), c.economic().uprated(),
                        c.social().estimated(), c.social().priceYear(), c.social().uprated(), contents.upratedTo(),
                        c.originalSource(), c.confidence(), c.comment(), c.row()));
            }
            return Mono.from(insert);
        }).then();
    }

    private static Mono<Void> insertPriceIndex(TransactionScope scope, long batchId, Contents contents) {
        var insert = scope.dsl().insertInto(PRICE_INDEX, PRICE_INDEX.BATCH_ID, PRICE_INDEX.FINANCIAL_YEAR,
                PRICE_INDEX.GDP_INDEX);
        for (UnitCostWorkbook.PriceIndex year : contents.priceIndex()) {
            insert = insert.values(batchId, year.financialYear(), year.gdpIndex());
        }
        return Mono.from(insert).then();
    }
}
