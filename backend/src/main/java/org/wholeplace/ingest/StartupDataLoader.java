package org.wholeplace.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.wholeplace.place.ReferenceDataCache;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Before the server accepts requests: loads the reference snapshot; on a first start with an empty database, the
 * demo data (population, then the revenue outturn years); and at every start the service classification kept in the
 * repository (a no-op when unchanged). Blocking is fine here; no request is being served yet.
 */
@Component
class StartupDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupDataLoader.class);
    static final String LOADED_BY = "demo-data loader";
    static final List<String> RSX_FILES = List.of("revenue-outturn/RSX_2021-22.csv", "revenue-outturn/RSX_2022-23.csv");
    static final String POPULATION_FILE = "population/gm_population_mid_year_2010_2024.csv";

    private final DemoDataProperties properties;
    private final ImportBatchRepository batches;
    private final ReferenceDataCache reference;
    private final PopulationImporter population;
    private final RsxImporter rsx;
    private final ClassificationImporter classification;

    StartupDataLoader(DemoDataProperties properties, ImportBatchRepository batches, ReferenceDataCache reference,
                      PopulationImporter population, RsxImporter rsx, ClassificationImporter classification) {
        this.properties = properties;
        this.batches = batches;
        this.reference = reference;
        this.population = population;
        this.rsx = rsx;
        this.classification = classification;
    }

    @Override
    public void afterSingletonsInstantiated() {
        reference.refresh().then(loadIfEmpty()).then(loadClassification()).block();
    }

    private Mono<Void> loadClassification() {
        if (!properties.loadClassification()) {
            return Mono.empty();
        }
        Path file = properties.classification().toAbsolutePath().normalize();
        if (!Files.isReadable(file)) {
            log.warn("No service classification: {} cannot be read (set wholeplace.demo-data.classification)", file);
            return Mono.empty();
        }
        return classification.importFile(SourceFile.read(file), null, LOADED_BY)
                .filter(outcome -> !outcome.alreadyLoaded())
                .doOnNext(StartupDataLoader::logLoaded)
                .then();
    }

    private Mono<Void> loadIfEmpty() {
        if (!properties.loadOnEmpty()) {
            return Mono.empty();
        }
        Path root = properties.directory().toAbsolutePath().normalize();
        return batches.anyLoaded().flatMap(loaded -> {
            if (loaded) {
                return Mono.empty();
            }
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
                    .then();
        });
    }

    private static void logLoaded(ImportOutcome outcome) {
        ImportBatch batch = outcome.batch();
        log.info("Loaded {} ({} rows) as batch {}", batch.fileName(), batch.rowsLoaded(), batch.id());
    }
}
