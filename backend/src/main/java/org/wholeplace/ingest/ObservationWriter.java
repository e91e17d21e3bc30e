package org.wholeplace.ingest;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.OBSERVATION;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.db.generated.tables.Observation;
import org.wholeplace.outcome.Period;
import org.wholeplace.place.Place;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the outcome loaders (Fingertips, canonical) share: the catalogue they check against, and the writing. */
@Component
class ObservationWriter {

    /** Rows per INSERT: 16 parameters each stays well under PostgreSQL's 65,535 per statement. */
    private static final int ROWS_PER_INSERT = 2_000;

    private final ImportBatchRepository batches;

    ObservationWriter(ImportBatchRepository batches) {
        this.batches = batches;
    }

    /** An indicator of the catalogue, as a loader matches rows to it. */
    record KnownIndicator(String id, String sourceName, String sourceMeasure) {
    }

    /** The indicator catalogue as it stands inside the import's transaction, by id. */
    Mono<Map<String, KnownIndicator>> catalogue(TransactionScope scope) {
        return Flux.from(scope.dsl().select(INDICATOR.ID, INDICATOR.SOURCE_NAME, INDICATOR.SOURCE_MEASURE)
                        .from(INDICATOR))
                .map(r -> new KnownIndicator(r.value1(), r.value2(), r.value3()))
                .collectMap(KnownIndicator::id, Function.identity());
    }

    /**
     * Writes a parsed outcome file inside the import's transaction: the places it names first, then its batch and
     * rows, then the check against other sources, which can only run on written rows.
     */
    Mono<ImportBatch> load(TransactionScope scope, NewBatch batch, List<Place> newPlaces, List<NewObservation> rows) {
        return NewPlaces.insert(scope, newPlaces)
                .then(batches.insert(scope, batch))
                .flatMap(batchId -> write(scope, batchId, rows)
                        .then(refuseOverlaps(scope, batchId, batch.sourceKey(), batch.fileName()))
                        .then(batches.finish(scope, batchId, batch.rowsRead(), rows.size())));
    }

    private Mono<Void> write(TransactionScope scope, long batchId, List<NewObservation> rows) {
        return Flux.fromIterable(rows).buffer(ROWS_PER_INSERT).concatMap(chunk -> {
            var insert = scope.dsl().insertInto(OBSERVATION, OBSERVATION.BATCH_ID, OBSERVATION.INDICATOR_ID,
                    OBSERVATION.PLACE_CODE, OBSERVATION.PERIOD, OBSERVATION.PERIOD_START, OBSERVATION.PERIOD_END,
                    OBSERVATION.SEX, OBSERVATION.VALUE, OBSERVATION.COUNT, OBSERVATION.DENOMINATOR,
                    OBSERVATION.LOWER_95, OBSERVATION.UPPER_95, OBSERVATION.LOWER_99_8, OBSERVATION.UPPER_99_8,
                    OBSERVATION.SOURCE_SIGNIFICANCE, OBSERVATION.NOTE, OBSERVATION.SOURCE_LINE);
            for (NewObservation o : chunk) {
                insert = insert.values(batchId, o.indicatorId(), o.placeCode(), o.period().label(),
                        o.period().start(), o.period().end(), o.sex(), o.value(), o.count(), o.denominator(),
                        o.lower95(), o.upper95(), o.lower998(), o.upper998(), o.sourceSignificance(), o.note(),
                        Math.toIntExact(o.sourceLine()));
            }
            return Mono.from(insert);
        }).then();
    }

    /**
     * Refuses the file when a current batch of another source already holds an observation it carries: two sources
     * for one figure would leave readers to guess which one counts. Batches of the same source key are about to be
     * replaced by this one, so they do not count.
     */
    private Mono<Void> refuseOverlaps(TransactionScope scope, long batchId, String sourceKey, String fileName) {
        Observation mine = OBSERVATION.as("mine");
        Observation theirs = OBSERVATION.as("theirs");
        var overlapping = scope.dsl().select(mine.SOURCE_LINE, mine.INDICATOR_ID, mine.PLACE_CODE, mine.PERIOD,
                        theirs.BATCH_ID, IMPORT_BATCH.FILE_NAME, DSL.count().over())
                .from(mine)
                .join(theirs).on(theirs.INDICATOR_ID.eq(mine.INDICATOR_ID)
                        .and(theirs.PLACE_CODE.eq(mine.PLACE_CODE))
                        .and(theirs.SEX.eq(mine.SEX))
                        .and(theirs.PERIOD_START.eq(mine.PERIOD_START))
                        .and(theirs.PERIOD_END.eq(mine.PERIOD_END))
                        .and(theirs.BATCH_ID.ne(mine.BATCH_ID)))
                .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(theirs.BATCH_ID)
                        .and(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .and(IMPORT_BATCH.SOURCE_KEY.isDistinctFrom(sourceKey)))
                .where(mine.BATCH_ID.eq(batchId))
                .orderBy(mine.SOURCE_LINE)
                .limit(ImportRejectedException.PROBLEMS_REPORTED);
        return Flux.from(overlapping).collectList().flatMap(rows -> rows.isEmpty() ? Mono.empty()
                : Mono.error(new ImportRejectedException(rows.stream()
                        .map(r -> new ImportProblem(fileName, r.value1(), "period", "indicator " + r.value2() + " in "
                                + r.value3() + " for " + r.value4() + " is already loaded from another source (batch "
                                + r.value5() + ", " + r.value6() + "); load a corrected file of that source instead"))
                        .toList(), rows.getFirst().value7())));
    }

    /**
     * What a file is a version of: a later file of the same kind, from the same source, of the same indicators
     * replaces it. A file of other indicators, or from another source, stands beside it.
     */
    static String sourceKey(String kind, Provenance provenance, Collection<String> indicatorIds) {
        return kind + ":" + provenance.source() + ":" + String.join(",", new TreeSet<>(indicatorIds));
    }

    /** The periods a file covers, as the batch's period: "2010/11 to 2017/18". */
    static String periodCovered(List<NewObservation> rows) {
        Period first = rows.stream().map(NewObservation::period).min(Comparator.naturalOrder()).orElseThrow();
        Period last = rows.stream().map(NewObservation::period).max(Comparator.naturalOrder()).orElseThrow();
        return first.sameSpanAs(last) ? first.label() : first.label() + " to " + last.label();
    }

    static String indicatorsNamed(List<NewObservation> rows) {
        return "indicators: " + rows.stream().map(NewObservation::indicatorId).distinct().sorted()
                .collect(Collectors.joining(", "));
    }
}
