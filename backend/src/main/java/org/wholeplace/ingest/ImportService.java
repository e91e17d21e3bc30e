package org.wholeplace.ingest;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.wholeplace.db.Transactions;
import org.wholeplace.provenance.ImportBatchRepository;
import org.wholeplace.provenance.ImportCompleted;
import org.wholeplace.provenance.ImportEvents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.ImportNotifications;
import org.wholeplace.provenance.NewBatch;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs every import, whatever its format, the same way: the command line, the admin upload and the demo data all
 * come here. The file is hashed, and one already loaded and still current (same SHA-256) is a no-op that says so;
 * otherwise its {@link FileImporter} reads it, off the event loop, and in one transaction the batch is recorded, its
 * rows written, the current batches of the same source key superseded, and every instance notified (delivered on
 * commit only). After the commit the tables it added many rows to are analysed, and this instance's listeners are
 * told, before the import is reported done. A failure anywhere, or a process killed half-way, leaves the database as
 * it was.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Map<ImportKind, FileImporter<?>> importers = new EnumMap<>(ImportKind.class);
    private final Transactions transactions;
    private final ImportBatchRepository batches;
    private final ImportEvents events;
    private final ImportNotifications notifications;

    public ImportService(List<FileImporter<?>> importers, Transactions transactions, ImportBatchRepository batches,
                         ImportEvents events, ImportNotifications notifications) {
        for (FileImporter<?> importer : importers) {
            FileImporter<?> earlier = this.importers.putIfAbsent(importer.kind(), importer);
            if (earlier != null) {
                throw new IllegalStateException("Two importers of kind " + importer.kind().code() + ": "
                        + earlier.getClass().getName() + " and " + importer.getClass().getName());
            }
        }
        this.transactions = transactions;
        this.batches = batches;
        this.events = events;
        this.notifications = notifications;
    }

    /** As {@link #importFile(ImportKind, Path, Provenance, Path, String, LongConsumer)}, for a format without a mapping. */
    public Mono<ImportOutcome> importFile(ImportKind kind, Path file, Provenance stated, String loadedBy,
                                          LongConsumer progress) {
        return importFile(kind, file, stated, null, loadedBy, progress);
    }

    /**
     * @param stated   required for kinds whose format does not state its provenance ({@link ImportKind#needsProvenance()});
     *                 for the others, null or what replaces the format's own
     * @param mapping  the publisher's column mapping, for a {@link ImportKind#TRANSPARENCY} file
     * @param progress told the bytes read so far, for files read as a stream
     */
    public Mono<ImportOutcome> importFile(ImportKind kind, Path file, Provenance stated, Path mapping,
                                          String loadedBy, LongConsumer progress) {
        FileImporter<?> importer = importers.get(kind);
        if (importer == null) {
            return Mono.error(new IllegalStateException("No importer of kind " + kind.code()));
        }
        if (kind.needsProvenance() && stated == null) {
            return Mono.error(new IllegalArgumentException("a " + kind.code()
                    + " file needs its source, publisher and licence stated"));
        }
        return Mono.fromCallable(() -> StreamedFile.of(file))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(streamed -> importOnce(importer, new ImportSource(streamed, stated, mapping, loadedBy,
                        progress)));
    }

    private <T> Mono<ImportOutcome> importOnce(FileImporter<T> importer, ImportSource source) {
        OffsetDateTime started = OffsetDateTime.now();
        return batches.findCurrentBySha256(source.file().sha256())
                .map(existing -> new ImportOutcome(existing, true, List.of()))
                .switchIfEmpty(Mono.defer(() -> importer.parse(source))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMap(parsed -> transactions.inTransaction(scope -> batches.insert(scope,
                                        new NewBatch(importer.kind(), importer.provenance(source, parsed),
                                                source.name(), source.file().sha256(), started, source.loadedBy()))
                                .flatMap(batchId -> importer.write(scope, batchId, parsed, source)
                                        .flatMap(contents -> batches.finish(scope, batchId, contents)))
                                .flatMap(batch -> batches.supersedeEarlier(scope, batch)
                                        .flatMap(superseded -> notifications.announce(scope, batch.id())
                                                .thenReturn(new ImportOutcome(batch, false, superseded))))))
                        .flatMap(outcome -> analyse(importer).then(events.publish(new ImportCompleted(outcome.batch())))
                                .thenReturn(outcome)));
    }

    /** The batch is committed by now: statistics that could not be gathered are worth a warning, not a failure. */
    private Mono<Void> analyse(FileImporter<?> importer) {
        return Flux.fromIterable(importer.tablesToAnalyse())
                .concatMap(table -> transactions.inTransaction(scope -> Mono.from(scope.dsl().query("analyze {0}",
                                table)))
                        .onErrorResume(failure -> {
                            log.warn("Could not analyse {} after an import: {}", table.getName(),
                                    failure.getMessage());
                            return Mono.empty();
                        }))
                .then();
    }
}
