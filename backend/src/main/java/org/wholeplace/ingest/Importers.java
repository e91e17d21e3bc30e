package org.wholeplace.ingest;

import java.nio.file.Path;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The one way into the database for a file, whatever its kind: the command line and the admin upload both use it. */
@Component
public class Importers {

    private final RsxImporter rsx;
    private final PopulationImporter population;
    private final SpendCsvImporter spend;
    private final DriverImporter driver;
    private final ClassificationImporter classification;
    private final TransparencyImporter transparency;
    private final IndicatorCatalogueImporter indicators;
    private final FingertipsImporter fingertips;
    private final ObservationCsvImporter outcomes;
    private final UnitCostImporter unitCosts;

    public Importers(RsxImporter rsx, PopulationImporter population, SpendCsvImporter spend, DriverImporter driver,
                     ClassificationImporter classification, TransparencyImporter transparency,
                     IndicatorCatalogueImporter indicators, FingertipsImporter fingertips,
                     ObservationCsvImporter outcomes, UnitCostImporter unitCosts) {
        this.rsx = rsx;
        this.population = population;
        this.spend = spend;
        this.driver = driver;
        this.classification = classification;
        this.transparency = transparency;
        this.indicators = indicators;
        this.fingertips = fingertips;
        this.outcomes = outcomes;
        this.unitCosts = unitCosts;
    }

    /**
     * @param provenance required for kinds whose format does not state it ({@link ImportKind#needsProvenance()});
     *                   for the others, null or what replaces the format's own
     * @param progress   told the bytes read so far, for files read as a stream
     */
    public Mono<ImportOutcome> importFile(ImportKind kind, Path file, Provenance provenance, String loadedBy,
                                          LongConsumer progress) {
        return importFile(kind, file, provenance, null, loadedBy, progress);
    }

    /** @param mapping the publisher's column mapping, for a {@link ImportKind#TRANSPARENCY} file */
    public Mono<ImportOutcome> importFile(ImportKind kind, Path file, Provenance provenance, Path mapping,
                                          String loadedBy, LongConsumer progress) {
        if (kind == ImportKind.TRANSPARENCY && mapping == null) {
            return Mono.error(new IllegalArgumentException("a transparency file needs its publisher's mapping"));
        }
        if (kind.needsProvenance() && provenance == null) {
            return Mono.error(new IllegalArgumentException("a " + kind.code()
                    + " file needs its source, publisher and licence stated"));
        }
        return switch (kind) {
            case RSX -> Mono.fromCallable(() -> SourceFile.read(file)).flatMap(f -> rsx.importFile(f, loadedBy));
            case POPULATION -> Mono.fromCallable(() -> SourceFile.read(file))
                    .flatMap(f -> population.importFile(f, loadedBy));
            case SPEND -> Mono.fromCallable(() -> StreamedFile.of(file))
                    .flatMap(f -> spend.importFile(f, provenance, loadedBy, progress));
            case DRIVER -> Mono.fromCallable(() -> SourceFile.read(file))
                    .flatMap(f -> driver.importFile(f, provenance, loadedBy));
            case CLASSIFICATION -> Mono.fromCallable(() -> SourceFile.read(file))
                    .flatMap(f -> classification.importFile(f, provenance, loadedBy));
            case TRANSPARENCY -> Mono.fromCallable(() -> TransparencyMapping.read(mapping))
                    .zipWith(Mono.fromCallable(() -> StreamedFile.of(file)))
                    .flatMap(t -> transparency.importFile(t.getT2(), t.getT1(), loadedBy, progress));
            case INDICATORS -> Mono.fromCallable(() -> SourceFile.read(file))
                    .flatMap(f -> indicators.importFile(f, provenance, loadedBy));
            case FINGERTIPS -> Mono.fromCallable(() -> SourceFile.read(file))
                    .flatMap(f -> fingertips.importFile(f, provenance, loadedBy));
            case OUTCOMES -> Mono.fromCallable(() -> SourceFile.read(file))
                    .flatMap(f -> outcomes.importFile(f, provenance, loadedBy));
            case UNIT_COSTS -> Mono.fromCallable(() -> SourceFile.read(file))
                    .flatMap(f -> unitCosts.importFile(f, provenance, loadedBy));
        };
    }
}
