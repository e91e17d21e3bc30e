package org.wholeplace.outcome.ingest;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.OBSERVATION;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.CsvRows;
import org.wholeplace.ingest.Decimals;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.outcome.Sex;
import org.wholeplace.outcome.ingest.DfeMapping.DfeIndicator;
import org.wholeplace.outcome.ingest.DfeMapping.GeographicLevel;
import org.wholeplace.outcome.ingest.DfeMapping.TimePeriodStyle;
import org.wholeplace.period.Period;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads a DfE explore-education-statistics CSV ({@code time_period, time_identifier, geographic_level, …,
 * new_la_code, la_name}, filter columns, measure columns) through its dataset's mapping ({@link DfeMapping}): the
 * one named, or else the one in the mappings folder whose {@code files} pattern matches the file's name. A release
 * whose columns, time identifiers, geographic levels or filter values differ from its mapping is refused, each
 * difference named by line and field. The explore-education-statistics symbols for a figure not published
 * ({@code c}, {@code x}, {@code z}, {@code u}, {@code low}) are kept as observations without a value, with the
 * symbol's meaning. A later release of the same dataset replaces the earlier one for the years both hold; the years
 * only the earlier one holds are carried into the new batch, so that a release of fewer years revises, not erases.
 */
@Component
public class DfeImporter implements FileImporter<DfeImporter.Parsed> {

    /** The explore-education-statistics symbols for a figure not given, and what each means. */
    static final Map<String, String> NOT_PUBLISHED = Map.of(
            "c", "confidential",
            "x", "not available",
            "z", "not applicable",
            "u", "low reliability",
            "low", "rounds to 0 but is not 0",
            ":", "not available");

    private final ReferenceDataCache reference;
    private final Path mappings;

    public DfeImporter(ReferenceDataCache reference,
                       @Value("${wholeplace.dfe.mappings:outcomes/dfe}") Path mappings) {
        this.reference = reference;
        this.mappings = mappings;
    }

    record Parsed(DfeMapping mapping, List<NewObservation> observations, List<Place> newPlaces, int rowsRead,
                  int withoutValue) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DFE;
    }

    @Override
    public List<Table<?>> tablesToAnalyse() {
        return List.of(OBSERVATION);
    }

    @Override
    public Mono<Parsed> parse(ImportSource source) {
        return Mono.fromCallable(() -> {
            SourceFile file = source.read();
            ReferenceData known = reference.get();
            DfeMapping mapping = source.mapping() != null ? DfeMapping.read(SourceFile.read(source.mapping()), known)
                    : mappingFor(file.name(), known);
            return parse(file, mapping, known);
        });
    }

    /** The mapping's own provenance unless the administrator stated another. */
    @Override
    public Provenance provenance(ImportSource source, Parsed parsed) {
        return source.statedOr(parsed.mapping().provenance());
    }

    /** The one mapping in the mappings folder that reads a file of this name. */
    DfeMapping mappingFor(String fileName, ReferenceData known) {
        List<DfeMapping> all;
        try (Stream<Path> files = Files.list(mappings)) {
            all = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(f -> DfeMapping.read(SourceFile.read(f), known)).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ImportRejectedException(new ImportProblem(fileName, 0, null, "no DfE mapping can be read in "
                    + mappings + ": " + e.getMessage()));
        }
        List<DfeMapping> reading = all.stream().filter(m -> m.reads(fileName)).toList();
        if (reading.size() != 1) {
            throw new ImportRejectedException(new ImportProblem(fileName, 0, null, (reading.isEmpty()
                    ? "no DfE mapping in " + mappings + " reads a file of this name"
                    : "more than one DfE mapping reads a file of this name: " + reading.stream()
                    .map(DfeMapping::name).toList()) + " (their files: " + all.stream()
                    .map(m -> m.name() + " " + m.files()).collect(Collectors.joining(", "))
                    + "); name one with --mapping"));
        }
        return reading.getFirst();
    }

    static Parsed parse(SourceFile file, DfeMapping mapping, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        List<String> required = new ArrayList<>(DfeMapping.REQUIRED);
        required.addAll(mapping.filters().keySet());
        required.addAll(mapping.measures());
        List<NewObservation> observations = new ArrayList<>();
        Map<String, Place> newPlaces = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        int[] counts = new int[2];   // rows read, observations without a value
        boolean[] headerChecked = {false};
        CsvRows.read(file, required, problems, (row, line) -> {
            if (!headerChecked[0]) {
                headerChecked[0] = true;
                checkNoOtherColumns(row, mapping, problems);
            }
            counts[0]++;
            int before = problems.total();
            String identifier = row.get("time_identifier").strip();
            TimePeriodStyle style = mapping.timeIdentifiers().get(identifier);
            if (style == null) {
                problems.add(line, "time_identifier", "'" + identifier + "' is not one of the mapping's time "
                        + "identifiers " + new TreeSet<>(mapping.timeIdentifiers().keySet()));
            }
            String timePeriod = row.get("time_period").strip();
            Optional<Period> period = style == null ? Optional.empty() : style.period(timePeriod);
            if (style != null && period.isEmpty()) {
                problems.add(line, "time_period", "'" + timePeriod + "' is not a " + identifier + " written "
                        + style.describe());
            }
            String levelLabel = row.get("geographic_level").strip();
            GeographicLevel level = GeographicLevel.of(levelLabel).filter(mapping.levels()::contains).orElse(null);
            if (level == null) {
                problems.add(line, "geographic_level", "'" + levelLabel + "' is not one of the mapping's geographic "
                        + "levels " + mapping.levels().stream().map(l -> l.label).sorted().toList());
                return;
            }
            String code = row.get(level.codeColumn).strip();
            String name = row.isMapped(level.nameColumn) ? row.get(level.nameColumn).strip() : "";
            FingertipsImporter.takeArea(code, name, level.codeColumn, level.nameColumn, known, newPlaces, line,
                    problems);
            for (var filter : mapping.filters().entrySet()) {
                String value = row.get(filter.getKey()).strip();
                if (!filter.getValue().contains(value)) {
                    problems.add(line, filter.getKey(), "'" + value + "' is not one of the values the mapping "
                            + "gives filter " + filter.getKey() + " " + filter.getValue());
                }
            }
            if (problems.total() > before) {
                return;
            }
            for (DfeIndicator indicator : mapping.indicators()) {
                if (!indicator.where().entrySet().stream()
                        .allMatch(w -> row.get(w.getKey()).strip().equals(w.getValue()))) {
                    continue;
                }
                String raw = row.get(indicator.measure()).strip();
                String symbol = NOT_PUBLISHED.get(raw);
                BigDecimal value = symbol != null || raw.isEmpty() ? null
                        : Decimals.optional(raw, line, indicator.measure(), problems);
                BigDecimal count = figure(row, indicator.count(), line, problems);
                BigDecimal denominator = figure(row, indicator.denominator(), line, problems);
                String category = indicator.by() == null ? null : row.get(indicator.by()).strip();
                var observation = new NewObservation(indicator.id(), code, period.orElseThrow(), Sex.PERSONS, value,
                        count, denominator, null, null, null, null, null,
                        value != null ? null : "no value published (" + (raw.isEmpty() ? "empty"
                                : raw + ": " + symbol) + ")",
                        line, null, indicator.by(), category);
                Long earlier = firstLine.putIfAbsent(observation.key(), line);
                if (earlier != null) {
                    problems.add(line, "time_period", "a second value of indicator " + indicator.id() + " for "
                            + code + " in " + timePeriod + " (first on line " + earlier + ")");
                    continue;
                }
                if (value == null) {
                    counts[1]++;
                }
                observations.add(observation);
            }
        });
        if (observations.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "has no observations of the mapping's indicators");
        }
        problems.throwIfAny();
        return new Parsed(mapping, observations, List.copyOf(newPlaces.values()), counts[0], counts[1]);
    }

    /** A column the mapping does not name is a release that differs from it. */
    private static void checkNoOtherColumns(CSVRecord row, DfeMapping mapping, ProblemCollector problems) {
        for (String column : row.getParser().getHeaderNames()) {
            if (!DfeMapping.TIME_AND_PLACE.contains(column) && !mapping.filters().containsKey(column)
                    && !mapping.measures().contains(column)) {
                problems.add(1, column, "column '" + column + "' is neither a filter nor a measure of mapping "
                        + mapping.name());
            }
        }
    }

    /** A count or denominator: a number, or none when the release gives a symbol or nothing. */
    private static BigDecimal figure(CSVRecord row, String column, long line, ProblemCollector problems) {
        if (column == null) {
            return null;
        }
        String raw = row.get(column).strip();
        return raw.isEmpty() || NOT_PUBLISHED.containsKey(raw) ? null
                : Decimals.optional(raw, line, column, problems);
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, Parsed parsed, ImportSource source) {
        DfeMapping mapping = parsed.mapping();
        String sourceKey = kind().code() + ":" + mapping.dataset();
        List<NewObservation> rows = parsed.observations();
        Set<LocalDate> releaseYears = rows.stream().map(o -> o.period().start())
                .collect(Collectors.toSet());
        Provenance provenance = provenance(source, parsed);
        return insertIndicators(scope, batchId, mapping, provenance)
                .then(ObservationWriter.write(scope, batchId, sourceKey, source.name(), parsed.newPlaces(), rows))
                .then(carryOver(scope, batchId, sourceKey, releaseYears, mapping))
                .map(carried -> new BatchContents(ObservationWriter.periodCovered(rows), parsed.rowsRead(),
                        rows.size(), ObservationWriter.indicatorsNamed(rows) + "; mapping " + mapping.name()
                        + (parsed.withoutValue() > 0 ? "; " + parsed.withoutValue() + " observations without a "
                        + "value (a symbol or an empty cell), kept without a value" : "")
                        + (parsed.newPlaces().isEmpty() ? "" : "; " + parsed.newPlaces().size()
                        + " areas registered as new places") + carried, sourceKey));
    }

    /**
     * The mapping's indicators, as the catalogue would list them, with their themes; updated in place by a later
     * release, the batch that first registered one still named as its origin.
     */
    private static Mono<Void> insertIndicators(TransactionScope scope, long batchId, DfeMapping mapping,
                                               Provenance provenance) {
        return IndicatorCatalogueImporter.upsert(scope, batchId, mapping.indicators().stream()
                .map(i -> new IndicatorCatalogueImporter.Entry(i.id(), i.name(), i.sourceName(mapping.dataset()),
                        i.measure(), i.valueType(), i.unit(), i.multiplier(), i.polarity().code(), i.themes(),
                        provenance.source(), provenance.publisher(), provenance.licence(), provenance.url()))
                .toList(), false);
    }

    /**
     * The years the current release of the dataset holds that this one does not, copied into this batch (of the
     * mapping's indicators only), so that superseding the earlier batch keeps them; what was carried, for the notes.
     */
    private static Mono<String> carryOver(TransactionScope scope, long batchId, String sourceKey,
                                          Set<LocalDate> releaseYears, DfeMapping mapping) {
        var earlier = OBSERVATION.as("earlier");
        List<String> ids = mapping.indicators().stream().map(DfeIndicator::id).toList();
        var carried = earlier.BATCH_ID.eq(DSL.any(DSL.select(IMPORT_BATCH.ID).from(IMPORT_BATCH)
                        .where(IMPORT_BATCH.SOURCE_KEY.eq(sourceKey))
                        .and(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .and(IMPORT_BATCH.ID.ne(batchId))))
                .and(earlier.INDICATOR_ID.in(ids))
                .and(earlier.PERIOD_START.notIn(releaseYears));
        var observations = DSL.count().as("observations");
        var what = scope.dsl().select(earlier.BATCH_ID, earlier.PERIOD, observations).from(earlier).where(carried)
                .groupBy(earlier.BATCH_ID, earlier.PERIOD_START, earlier.PERIOD)
                .orderBy(earlier.PERIOD_START);
        return Flux.from(what).collectList().flatMap(years -> years.isEmpty() ? Mono.just("")
                : Mono.from(scope.dsl().insertInto(OBSERVATION, OBSERVATION.BATCH_ID, OBSERVATION.INDICATOR_ID,
                                OBSERVATION.PLACE_CODE, OBSERVATION.PERIOD, OBSERVATION.PERIOD_START,
                                OBSERVATION.PERIOD_END, OBSERVATION.SEX, OBSERVATION.VALUE, OBSERVATION.COUNT,
                                OBSERVATION.DENOMINATOR, OBSERVATION.LOWER_95, OBSERVATION.UPPER_95,
                                OBSERVATION.LOWER_99_8, OBSERVATION.UPPER_99_8, OBSERVATION.SOURCE_SIGNIFICANCE,
                                OBSERVATION.NOTE, OBSERVATION.SOURCE_LINE, OBSERVATION.AGE, OBSERVATION.CATEGORY_TYPE,
                                OBSERVATION.CATEGORY)
                        .select(DSL.select(DSL.val(batchId), earlier.INDICATOR_ID, earlier.PLACE_CODE,
                                        earlier.PERIOD, earlier.PERIOD_START, earlier.PERIOD_END, earlier.SEX,
                                        earlier.VALUE, earlier.COUNT, earlier.DENOMINATOR, earlier.LOWER_95,
                                        earlier.UPPER_95, earlier.LOWER_99_8, earlier.UPPER_99_8,
                                        earlier.SOURCE_SIGNIFICANCE,
                                        DSL.concat(DSL.coalesce(earlier.NOTE.concat("; "), DSL.val("")),
                                                DSL.val("carried over from batch "),
                                                earlier.BATCH_ID.cast(String.class), DSL.val(", line "),
                                                earlier.SOURCE_LINE.cast(String.class)),
                                        earlier.SOURCE_LINE, earlier.AGE, earlier.CATEGORY_TYPE, earlier.CATEGORY)
                                .from(earlier).where(carried)))
                .thenReturn("; kept from the earlier release (batch " + years.getFirst().get(earlier.BATCH_ID)
                        + "), the years this one does not hold: " + years.stream().map(r -> r.get(earlier.PERIOD)
                        + " (" + r.get(observations) + " observations)").collect(Collectors.joining(", "))));
    }
}
