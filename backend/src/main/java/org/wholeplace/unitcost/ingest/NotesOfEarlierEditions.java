package org.wholeplace.unitcost.ingest;

import static org.jooq.impl.DSL.selectOne;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.PRICE_INDEX;
import static org.wholeplace.db.generated.Tables.UNIT_COST_DOUBLE_COUNTING;
import static org.wholeplace.db.generated.Tables.UNIT_COST_TRANSFER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions;
import org.wholeplace.ingest.DemoDataProperties;
import org.wholeplace.ingest.LoadedDataUpgrade;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.provenance.ImportKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What the workbook says of its own values (transfers, double counting, forecast deflator years: migration V16), for
 * a current edition loaded before they were read. They are in the workbook's comments and marks, not in its stored
 * rows, so the workbook is read again: the file in the data folder with the edition's SHA-256, the one it was loaded
 * from. Without it, the edition cannot be brought up to date, and the log says to load the workbook again.
 */
@Component
class NotesOfEarlierEditions implements LoadedDataUpgrade {

    private static final Logger log = LoggerFactory.getLogger(NotesOfEarlierEditions.class);

    private final DSLContext dsl;
    private final Transactions transactions;
    private final DemoDataProperties demoData;

    NotesOfEarlierEditions(DSLContext dsl, Transactions transactions, DemoDataProperties demoData) {
        this.dsl = dsl;
        this.transactions = transactions;
        this.demoData = demoData;
    }

    @Override
    public String describe() {
        return "the transfers, double-counting notes and forecast deflator years of unit cost editions loaded before "
                + "they were read";
    }

    /** An edition with none of the notes any v1.4-like workbook has: loaded before V16. */
    @Override
    public Mono<Integer> upgrade() {
        return Flux.from(dsl.select(IMPORT_BATCH.ID, IMPORT_BATCH.SHA256).from(IMPORT_BATCH)
                        .where(IMPORT_BATCH.KIND.eq(ImportKind.UNIT_COSTS.code()), IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .andNotExists(selectOne().from(UNIT_COST_TRANSFER)
                                .where(UNIT_COST_TRANSFER.BATCH_ID.eq(IMPORT_BATCH.ID)))
                        .andNotExists(selectOne().from(UNIT_COST_DOUBLE_COUNTING)
                                .where(UNIT_COST_DOUBLE_COUNTING.BATCH_ID.eq(IMPORT_BATCH.ID)))
                        .andNotExists(selectOne().from(PRICE_INDEX)
                                .where(PRICE_INDEX.BATCH_ID.eq(IMPORT_BATCH.ID), PRICE_INDEX.FORECAST.isTrue())))
                .concatMap(r -> Mono.fromCallable(() -> workbookWithHash(r.get(IMPORT_BATCH.SHA256)))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMap(found -> found.map(file -> addNotes(r.get(IMPORT_BATCH.ID), file))
                                .orElseGet(() -> {
                                    log.warn("Unit cost batch {}: its workbook is not in {}, so its transfers, "
                                            + "double-counting notes and forecast years are not read; load the "
                                            + "workbook again (import unit-costs FILE)", r.get(IMPORT_BATCH.ID),
                                            demoData.directory());
                                    return Mono.just(0);
                                })))
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> addNotes(long batchId, SourceFile file) {
        UnitCostWorkbook.Contents contents = UnitCostWorkbook.read(file);
        List<String> forecast = contents.priceIndex().stream().filter(UnitCostWorkbook.PriceIndex::forecast)
                .map(UnitCostWorkbook.PriceIndex::financialYear).toList();
        return transactions.inTransaction(scope -> UnitCostImporter.insertTransfers(scope, batchId, contents)
                .then(UnitCostImporter.insertDoubleCounting(scope, batchId, contents))
                .then(Mono.from(scope.dsl().update(PRICE_INDEX).set(PRICE_INDEX.FORECAST, true)
                        .where(PRICE_INDEX.BATCH_ID.eq(batchId), PRICE_INDEX.FINANCIAL_YEAR.in(forecast))))
                .thenReturn(contents.transfers().size() + contents.doubleCounting().size() + forecast.size()));
    }

    /** The workbook in the data folder whose SHA-256 is the edition's. */
    private Optional<SourceFile> workbookWithHash(String sha256) {
        Path folder = demoData.directory();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).map(SourceFile::read)
                    .filter(f -> f.sha256().equals(sha256)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
