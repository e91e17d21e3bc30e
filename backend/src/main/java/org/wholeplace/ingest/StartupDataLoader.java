package org.wholeplace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.wholeplace.place.FinancialYear;
import org.wholeplace.place.Place;
import org.wholeplace.place.PopulationEstimate;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.place.ReferenceDataRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Before the server accepts requests: loads the reference snapshot; at every start the catalogues kept in the
 * repository, the service classification and the indicator catalogue (a no-op when unchanged); and on a first start
 * with an empty database, the demo data (population, the revenue outturn years, the Fingertips extracts, the unit
 * costs, and, unless turned off, the generated multi-agency spend). Blocking is fine here; no request is being served yet.
 */
@Component
class StartupDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupDataLoader.class);
    static final String LOADED_BY = "demo-data loader";
    static final List<String> RSX_FILES = List.of("revenue-outturn/RSX_2021-22.csv", "revenue-outturn/RSX_2022-23.csv");
    static final String POPULATION_FILE = "population/gm_population_mid_year_2010_2024.csv";
    static final String FINGERTIPS_FOLDER = "fingertips";
    static final String UNIT_COST_FILE = "unit-costs/gmca-unit-cost-database-v1.4.xlsx";
    static final String SYNTHETIC_FILE = "synthetic-multi-agency-spend.csv";

    private final DemoDataProperties properties;
    private final ImportBatchRepository batches;
    private final ReferenceDataCache reference;
    private final PopulationImporter population;
    private final RsxImporter rsx;
    private final ClassificationImporter classification;
    private final IndicatorCatalogueImporter indicators;
    private final FingertipsImporter fingertips;
    private final UnitCostImporter unitCosts;
    private final SpendCsvImporter spend;
    private final ReferenceDataRepository places;

    StartupDataLoader(DemoDataProperties properties, ImportBatchRepository batches, ReferenceDataCache reference,
                      PopulationImporter population, RsxImporter rsx, ClassificationImporter classification,
                      IndicatorCatalogueImporter indicators, FingertipsImporter fingertips,
                      UnitCostImporter unitCosts, SpendCsvImporter spend, ReferenceDataRepository places) {
        this.properties = properties;
        this.batches = batches;
        this.reference = reference;
        this.population = population;
        this.rsx = rsx;
        this.classification = classification;
        this.indicators = indicators;
        this.fingertips = fingertips;
        this.unitCosts = unitCosts;
        this.spend = spend;
        this.places = places;
    }

    @Override
    public void afterSingletonsInstantiated() {
        log.info("Shipped data in {}; service classification {}; indicator catalogue {}",
                properties.directory().toAbsolutePath().normalize(),
                properties.classification().toAbsolutePath().normalize(),
                properties.indicators().toAbsolutePath().normalize());
        // Emptiness is judged before the catalogues load; the catalogues load before the demo data, whose Fingertips
        // files name the catalogue's indicators.
        reference.refresh()
                .then(batches.anyLoaded())
                .flatMap(loaded -> loadCatalogues().then(loaded ? Mono.empty() : loadDemoData()))
                .block();
    }

    private Mono<Void> loadCatalogues() {
        if (!properties.loadCatalogues()) {
            return Mono.empty();
        }
        return loadCatalogue(properties.classification(), "service classification", "classification",
                file -> classification.importFile(file, null, LOADED_BY))
                .then(loadCatalogue(properties.indicators(), "indicator catalogue", "indicators",
                        file -> indicators.importFile(file, null, LOADED_BY)));
    }

    private static Mono<Void> loadCatalogue(Path path, String what, String setting,
                                            Function<SourceFile, Mono<ImportOutcome>> importer) {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.isReadable(file)) {
            log.warn("No {}: {} cannot be read (set wholeplace.demo-data.{})", what, file, setting);
            return Mono.empty();
        }
        return importer.apply(SourceFile.read(file))
                .filter(outcome -> !outcome.alreadyLoaded())
                .doOnNext(StartupDataLoader::logLoaded)
                .then();
    }

    private Mono<Void> loadDemoData() {
        if (!properties.loadOnEmpty()) {
            return Mono.empty();
        }
        Path root = properties.directory().toAbsolutePath().normalize();
        return Mono.defer(() -> {
            if (!Files.isDirectory(root)) {
                log.warn("No demo data: {} is not a folder (set wholeplace.demo-data.directory)", root);
                return Mono.empty();
            }
            log.info("Empty database: loading the demo data from {}", root);
            return population.importFile(SourceFile.read(root.resolve(POPULATION_FILE)), LOADED_BY)
                    .doOnNext(StartupDataLoader::logLoaded)
                    .thenMany(Flux.fromIterable(RSX_FILES)
                            .concatMap(file -> rsx.importFile(SourceFile.read(root.resolve(file)), LOADED_BY))
                            .doOnNext(StartupDataLoader::logLoaded))
                    .thenMany(Flux.fromIterable(fingertipsFiles(root.resolve(FINGERTIPS_FOLDER)))
                            .concatMap(file -> fingertips.importFile(SourceFile.read(file), null, LOADED_BY))
                            .doOnNext(StartupDataLoader::logLoaded))
                    .then(unitCosts.importFile(SourceFile.read(root.resolve(UNIT_COST_FILE)), null, LOADED_BY)
                            .doOnNext(StartupDataLoader::logLoaded))
                    .then(properties.synthetic() ? loadSyntheticSpend().doOnNext(StartupDataLoader::logLoaded)
                            : Mono.empty())
                    .then();
        });
    }

    /**
     * The generated multi-agency spend (see {@link SyntheticMultiAgencySpend}) for the Greater Manchester boroughs
     * and the revenue outturn years, scaled by the boroughs' population; loaded like any spend file, as synthetic.
     */
    Mono<ImportOutcome> loadSyntheticSpend() {
        return reference.refresh().flatMap(known -> {
            List<String> boroughs = known.children(Place.GREATER_MANCHESTER).stream()
                    .map(Place::code).toList();
            List<Integer> years = known.spendYears().stream().map(FinancialYear::startYear).sorted().toList();
            return places.populationOf(boroughs)
                    .collect(Collectors.groupingBy(PopulationEstimate::placeCode, TreeMap::new,
                            Collectors.toMap(PopulationEstimate::midYear, PopulationEstimate::population)))
                    .flatMap(population -> Mono.fromCallable(() -> {
                        Path file = Files.createTempDirectory("wholeplace").resolve(SYNTHETIC_FILE);
                        Files.writeString(file, SyntheticMultiAgencySpend.csv(population, years));
                        return file;
                    }).flatMap(file -> spend.importFile(StreamedFile.of(file), SyntheticMultiAgencySpend.PROVENANCE,
                                    LOADED_BY, read -> { })
                            .doFinally(signal -> {
                                file.toFile().delete();
                                file.getParent().toFile().delete();
                            })));
        });
    }

    static List<Path> fingertipsFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void logLoaded(ImportOutcome outcome) {
        ImportBatch batch = outcome.batch();
        log.info("Loaded {} ({} rows) as batch {}", batch.fileName(), batch.rowsLoaded(), batch.id());
    }
}
