package org.wholeplace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.provenance.ImportBatch;
import org.wholeplace.provenance.ImportBatchRepository;
import org.wholeplace.provenance.ImportKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Before the server accepts requests: loads the reference snapshot; at every start the catalogues kept in the
 * repository, the service classification, the indicator catalogue and the appraisal parameters (a no-op when
 * unchanged); and on a first start with an empty database, the demo data (population, the revenue outturn years, the
 * Fingertips extracts and download, the unit costs, the DfE statistics, and, unless turned off, the generated data
 * sets), each through the {@link ImportService} like any file; with a database already loaded, what an earlier version loaded is brought up
 * to date ({@link LoadedDataUpgrade}). This is the one place outside the command line that waits for its work
 * ({@code block}): no request may be served before the reference data is in.
 */
@Component
class StartupDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupDataLoader.class);
    static final String LOADED_BY = "demo-data loader";
    /**
     * The shipped files a first start loads, in order: each kind's files, within the shipped data folder. The synthetic
     * programmes follow them from their own setting, since they name the unit costs and indicators loaded here.
     */
    static final List<ShippedFile> SHIPPED = List.of(
            new ShippedFile(ImportKind.POPULATION, "population/gm_population_mid_year_2010_2024.csv"),
            new ShippedFile(ImportKind.RSX, "revenue-outturn/RSX_2021-22.csv"),
            new ShippedFile(ImportKind.RSX, "revenue-outturn/RSX_2022-23.csv"),
            new ShippedFile(ImportKind.RA, "revenue-account/RA_2021-22.csv"),
            // the RS years after the returns that state E-codes beside ONS codes: 2017-18 states both, the earlier
            // years name authorities by E-code only
            new ShippedFile(ImportKind.RS, "revenue-outturn/rs-historic/RS_2017-18_data_by_LA.xlsx"),
            new ShippedFile(ImportKind.RS, "revenue-outturn/rs-historic/"
                    + "Revenue_Outturn_Summary__RS__data_2010-11_by_LA_-_27-Nov-2012-v2.xls"),
            new ShippedFile(ImportKind.RS, "revenue-outturn/rs-historic/"
                    + "Revenue_Outturn_Summary__RS__data_2011-12_by_LA_-_Revised_28-Nov-2013.xls"),
            new ShippedFile(ImportKind.RS, "revenue-outturn/rs-historic/"
                    + "Revenue_Outturn_Summary__RS__data_2012-13_by_LA__Revised__-_18-Feb-2014.xls"),
            new ShippedFile(ImportKind.RS, "revenue-outturn/rs-historic/"
                    + "Revenue_Outturn_Summary__RS__data_2013-14_by_LA_-_Revised_28-Jan-2015.xls"),
            new ShippedFile(ImportKind.FINGERTIPS, "fingertips/*.csv"),
            new ShippedFile(ImportKind.UNIT_COSTS, "unit-costs/gmca-unit-cost-database-v1.4.xlsx"),
            new ShippedFile(ImportKind.FINGERTIPS, "fingertips/official/la_hospital_admissions_2324.csv"),
            new ShippedFile(ImportKind.DFE, "dfe/*.csv"),
            new ShippedFile(ImportKind.ONS_GDP_DEFLATOR, "deflator/ons_ybgb_ukea_release_2025-06-30.csv"));

    /** @param path relative to the data folder; {@code folder/*.csv} stands for every CSV file in the folder */
    record ShippedFile(ImportKind kind, String path) {
        List<Path> in(Path root) {
            if (!path.endsWith("/*.csv")) {
                return List.of(root.resolve(path));
            }
            try (Stream<Path> files = Files.list(root.resolve(path.substring(0, path.length() - "/*.csv".length())))) {
                return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final DemoDataProperties properties;
    private final ImportBatchRepository batches;
    private final ReferenceDataCache reference;
    private final ImportService imports;
    private final List<DemoDataGenerator> generators;
    private final List<LoadedDataUpgrade> upgrades;

    StartupDataLoader(DemoDataProperties properties, ImportBatchRepository batches, ReferenceDataCache reference,
                      ImportService imports, List<DemoDataGenerator> generators, List<LoadedDataUpgrade> upgrades) {
        this.properties = properties;
        this.batches = batches;
        this.reference = reference;
        this.imports = imports;
        this.generators = generators;
        this.upgrades = upgrades;
    }

    @Override
    public void afterSingletonsInstantiated() {
        log.info("Shipped data in {}; service classification {}; indicator catalogue {}; appraisal parameters {}; "
                        + "synthetic programmes {}",
                properties.directory().toAbsolutePath().normalize(),
                properties.classification().toAbsolutePath().normalize(),
                properties.indicators().toAbsolutePath().normalize(),
                properties.appraisalParameters().toAbsolutePath().normalize(),
                properties.programmes().toAbsolutePath().normalize());
        // Emptiness is judged before the catalogues load; the catalogues load before the demo data, whose Fingertips
        // files name the catalogue's indicators.
        reference.refresh()
                .then(batches.anyLoaded())
                .flatMap(loaded -> loadCatalogues().then(loaded ? upgradeLoadedData() : loadDemoData()))
                .block();
    }

    private Mono<Void> loadCatalogues() {
        if (!properties.loadCatalogues()) {
            return Mono.empty();
        }
        return loadOwnFile(ImportKind.CLASSIFICATION, properties.classification(), "service classification",
                "classification")
                .then(loadOwnFile(ImportKind.INDICATORS, properties.indicators(), "indicator catalogue",
                        "indicators"))
                .then(loadOwnFile(ImportKind.APPRAISAL_PARAMETERS, properties.appraisalParameters(),
                        "appraisal parameters", "appraisal-parameters"));
    }

    /** A file with a setting of its own: loaded if it can be read (a no-op when unchanged), else a warning naming it. */
    private Mono<Void> loadOwnFile(ImportKind kind, Path path, String what, String setting) {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.isReadable(file)) {
            log.warn("No {}: {} cannot be read (set wholeplace.demo-data.{})", what, file, setting);
            return Mono.empty();
        }
        return imports.importFile(kind, file, null, null, LOADED_BY, read -> { })
                .filter(outcome -> !outcome.alreadyLoaded())
                .doOnNext(StartupDataLoader::logLoaded)
                .then();
    }

    /** What earlier versions loaded, brought up to date (see {@link LoadedDataUpgrade}). */
    private Mono<Void> upgradeLoadedData() {
        return Flux.fromIterable(upgrades)
                .concatMap(upgrade -> upgrade.upgrade().filter(rows -> rows > 0)
                        .doOnNext(rows -> log.info("Brought up to date: {} ({} rows)", upgrade.describe(), rows)))
                .then();
    }

    private Mono<Void> loadDemoData() {
        if (!properties.loadOnEmpty()) {
            return Mono.empty();
        }
        Path root = properties.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            log.warn("No demo data: {} is not a folder (set wholeplace.demo-data.directory)", root);
            return Mono.empty();
        }
        log.info("Empty database: loading the demo data from {}", root);
        return Flux.fromIterable(SHIPPED)
                .concatMap(shipped -> Flux.fromIterable(shipped.in(root))
                        .concatMap(file -> imports.importFile(shipped.kind(), file, null, null, LOADED_BY,
                                read -> { })))
                .doOnNext(StartupDataLoader::logLoaded)
                .then(loadOwnFile(ImportKind.PROGRAMME, properties.programmes(), "synthetic programmes", "programmes"))
                .thenMany(Flux.fromIterable(properties.synthetic() ? generators : List.of())
                        .doOnNext(generator -> log.info("Loading the {}", generator.describe()))
                        .concatMap(generator -> generator.load(imports, LOADED_BY))
                        .doOnNext(StartupDataLoader::logLoaded))
                .then();
    }

    private static void logLoaded(ImportOutcome outcome) {
        ImportBatch batch = outcome.batch();
        log.info("Loaded {} ({} rows) as batch {}", batch.fileName(), batch.rowsLoaded(), batch.id());
    }
}
