package org.wholeplace.outcome.ingest;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.OBSERVATION;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.db.generated.tables.Observation;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.outcome.ValueType;
import org.wholeplace.period.Period;
import org.wholeplace.place.Place;
import org.wholeplace.place.ingest.NewPlaces;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the outcome loaders (Fingertips, canonical) share: the catalogue they check against, and the writing. */
@Component
class ObservationWriter {

    /**
     * An indicator of the catalogue, as a loader matches rows to it and checks their values.
     *
     * @param valueType  what its values are; null when the catalogue is read without it (a file's own rows only)
     * @param multiplier the scale of a proportion or rate (100 for a percentage); null for none
     */
    record KnownIndicator(String id, String sourceName, String sourceMeasure, ValueType valueType, Integer multiplier) {

        KnownIndicator(String id, String sourceName, String sourceMeasure) {
            this(id, sourceName, sourceMeasure, null, null);
        }
    }

    private final DSLContext dsl;

    ObservationWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The indicator catalogue as it stands, by id; a loader parses against it. */
    Mono<Map<String, KnownIndicator>> catalogue() {
        return Flux.from(dsl.select(INDICATOR.ID, INDICATOR.SOURCE_NAME, INDICATOR.SOURCE_MEASURE,
                                INDICATOR.VALUE_TYPE, INDICATOR.MULTIPLIER).from(INDICATOR))
                .map(r -> new KnownIndicator(r.get(INDICATOR.ID), r.get(INDICATOR.SOURCE_NAME),
                        r.get(INDICATOR.SOURCE_MEASURE), ValueType.of(r.get(INDICATOR.VALUE_TYPE)).orElse(null),
                        r.get(INDICATOR.MULTIPLIER)))
                .collectMap(KnownIndicator::id, Function.identity());
    }

    /**
     * Writes a parsed outcome file inside the import's transaction: the places it names first, then its rows, then
     * the check against other sources, which can only run on written rows.
     */
    static Mono<Void> write(TransactionScope scope, long batchId, String sourceKey, String fileName,
                            List<Place> newPlaces, List<NewObservation> rows) {
        return NewPlaces.insert(scope, newPlaces)
                .then(BatchInsert.insert(scope.dsl(), OBSERVATION, List.of(OBSERVATION.BATCH_ID,
                                OBSERVATION.INDICATOR_ID, OBSERVATION.PLACE_CODE, OBSERVATION.PERIOD,
                                OBSERVATION.PERIOD_START, OBSERVATION.PERIOD_END, OBSERVATION.SEX, OBSERVATION.VALUE,
                                OBSERVATION.COUNT, OBSERVATION.DENOMINATOR, OBSERVATION.LOWER_95, OBSERVATION.UPPER_95,
                                OBSERVATION.LOWER_99_8, OBSERVATION.UPPER_99_8, OBSERVATION.SOURCE_SIGNIFICANCE,
                                OBSERVATION.NOTE, OBSERVATION.SOURCE_LINE, OBSERVATION.AGE, OBSERVATION.CATEGORY_TYPE,
                                OBSERVATION.CATEGORY), rows,
                        o -> Arrays.asList(batchId, o.indicatorId(), o.placeCode(), o.period().label(),
                                o.period().start(), o.period().end(), o.sex().code(), o.value(), o.count(),
                                o.denominator(), o.lower95(), o.upper95(), o.lower998(), o.upper998(),
                                o.sourceSignificance() == null ? null : o.sourceSignificance().code(), o.note(),
                                Math.toIntExact(o.sourceLine()), o.age(), o.categoryType(), o.category())))
                .then(refuseOverlaps(scope, batchId, sourceKey, fileName));
    }

    /**
     * Refuses the file when a current batch of another source already holds an observation it carries: two sources
     * for one figure would leave readers to guess which one counts. Batches of the same source key are about to be
     * replaced by this one, so they do not count.
     */
    private static Mono<Void> refuseOverlaps(TransactionScope scope, long batchId, String sourceKey, String fileName) {
        Observation mine = OBSERVATION.as("mine");
        Observation theirs = OBSERVATION.as("theirs");
        var overlaps = DSL.count().over().as("overlaps");
        var overlapping = scope.dsl().select(mine.SOURCE_LINE, mine.INDICATOR_ID, mine.PLACE_CODE, mine.PERIOD,
                        theirs.BATCH_ID, IMPORT_BATCH.FILE_NAME, overlaps)
                .from(mine)
                .join(theirs).on(theirs.INDICATOR_ID.eq(mine.INDICATOR_ID)
                        .and(theirs.PLACE_CODE.eq(mine.PLACE_CODE))
                        .and(theirs.SEX.eq(mine.SEX))
                        .and(theirs.AGE.isNotDistinctFrom(mine.AGE))
                        .and(theirs.CATEGORY_TYPE.isNotDistinctFrom(mine.CATEGORY_TYPE))
                        .and(theirs.CATEGORY.isNotDistinctFrom(mine.CATEGORY))
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
                        .map(r -> new ImportProblem(fileName, r.get(mine.SOURCE_LINE), "period", "indicator "
                                + r.get(mine.INDICATOR_ID) + " in " + r.get(mine.PLACE_CODE) + " for "
                                + r.get(mine.PERIOD) + " is already loaded from another source (batch "
                                + r.get(theirs.BATCH_ID) + ", " + r.get(IMPORT_BATCH.FILE_NAME) + "); load a corrected "
                                + "file of that source instead"))
                        .toList(), rows.getFirst().get(overlaps))));
    }

    /**
     * What a file is a version of: a later file of the same kind, from the same source, of the same indicators
     * replaces it. A file of other indicators, or from another source, stands beside it.
     */
    static String sourceKey(ImportKind kind, Provenance provenance, Collection<String> indicatorIds) {
        return kind.code() + ":" + provenance.source() + ":" + String.join(",", new TreeSet<>(indicatorIds));
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
