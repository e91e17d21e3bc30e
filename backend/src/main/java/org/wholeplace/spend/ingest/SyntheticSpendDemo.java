package org.wholeplace.spend.ingest;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.wholeplace.ingest.DemoDataGenerator;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportService;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Place;
import org.wholeplace.place.PopulationEstimate;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.place.ReferenceDataRepository;
import org.wholeplace.provenance.ImportKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The generated multi-agency spend (see {@link SyntheticMultiAgencySpend}) for the Greater Manchester boroughs and the
 * years the RSX revenue outturn files cover, scaled by the boroughs' population; loaded like any spend file, as
 * synthetic. The years the Revenue Outturn Summaries add (2010-11 onwards) get none: generated figures are kept to the
 * years they were designed beside, so that the earlier years show published spend only.
 */
@Component
class SyntheticSpendDemo implements DemoDataGenerator {

    static final String FILE_NAME = "synthetic-multi-agency-spend.csv";

    private final ReferenceDataCache reference;
    private final ReferenceDataRepository places;
    private final DSLContext dsl;

    SyntheticSpendDemo(ReferenceDataCache reference, ReferenceDataRepository places, DSLContext dsl) {
        this.reference = reference;
        this.places = places;
        this.dsl = dsl;
    }

    /** The years of the current RSX batches. */
    private Mono<List<Integer>> rsxYears() {
        return Flux.from(dsl.selectDistinct(IMPORT_BATCH.PERIOD).from(IMPORT_BATCH)
                        .where(IMPORT_BATCH.KIND.eq(ImportKind.RSX.code()), IMPORT_BATCH.SUPERSEDED_BY.isNull()))
                .map(r -> FinancialYear.parse(r.get(IMPORT_BATCH.PERIOD)).startYear()).sort().collectList();
    }

    @Override
    public String describe() {
        return "generated multi-agency spend, marked synthetic";
    }

    /** The reference data is read afresh: the years it generates are those the RSX files just loaded. */
    @Override
    public Mono<ImportOutcome> load(ImportService imports, String loadedBy) {
        return reference.refresh().zipWith(rsxYears()).flatMap(loaded -> {
            ReferenceData known = loaded.getT1();
            List<Integer> years = loaded.getT2();
            List<String> boroughs = known.children(Place.GREATER_MANCHESTER).stream().map(Place::code).toList();
            return places.populationOf(boroughs)
                    .collect(Collectors.groupingBy(PopulationEstimate::placeCode, TreeMap::new,
                            Collectors.toMap(PopulationEstimate::midYear, PopulationEstimate::population)))
                    .flatMap(population -> Mono.usingWhen(
                            Mono.fromCallable(() -> {
                                Path file = Files.createTempDirectory("wholeplace").resolve(FILE_NAME);
                                Files.writeString(file, SyntheticMultiAgencySpend.csv(population, years));
                                return file;
                            }).subscribeOn(Schedulers.boundedElastic()),
                            file -> imports.importFile(ImportKind.SPEND, file, SyntheticMultiAgencySpend.PROVENANCE,
                                    null, loadedBy, read -> { }),
                            file -> Mono.fromRunnable(() -> {
                                file.toFile().delete();
                                file.getParent().toFile().delete();
                            }).subscribeOn(Schedulers.boundedElastic())));
        });
    }
}
