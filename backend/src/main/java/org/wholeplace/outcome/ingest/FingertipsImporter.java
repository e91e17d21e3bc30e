package org.wholeplace.outcome.ingest;

import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.OBSERVATION;
import static org.wholeplace.db.generated.Tables.PLACE_REGION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.CsvRows;
import org.wholeplace.ingest.Decimals;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.outcome.Sex;
import org.wholeplace.outcome.Significance;
import org.wholeplace.outcome.ingest.ObservationWriter.KnownIndicator;
import org.wholeplace.period.Period;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.place.ingest.NewPlaces;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads an outcome indicator extract in the Fingertips shape: columns {@code area_code, area_name, period, value,
 * indicator} and, optionally, {@code measure}, the significance ({@code significance} or {@code compared_to_England}),
 * and columns whose role their values tell ({@link ExtractColumns}): the sex, a deprivation band, a unit. Each row's
 * indicator is the catalogue entry whose {@code source_name} is the row's {@code indicator} (and whose
 * {@code source_measure}, if stated, its {@code measure}); one the catalogue lacks is registered from the file
 * ({@link NewIndicator}). The significance is Fingertips' own comparison with England. A value of {@code NA} is kept
 * as an observation without a value, never dropped. Areas the database does not know are registered from their code
 * and name.
 */
@Component
public class FingertipsImporter implements FileImporter<FingertipsImporter.Parsed> {

    static final Provenance FINGERTIPS = new Provenance("Fingertips public health profiles",
            "Office for Health Improvement and Disparities", "Open Government Licence v3.0",
            "https://fingertips.phe.org.uk/", false);
    static final List<String> REQUIRED = List.of("area_code", "area_name", "period", "value", "indicator");
    private static final Pattern ONS_CODE = Pattern.compile("[EWSNK]\\d{8}");
    private static final String NOT_PUBLISHED = "NA";
    /** Where they put Fingertips' own judgement against England. */
    static final List<String> SIGNIFICANCE_COLUMNS = List.of("significance", "compared_to_England");

    private final ReferenceDataCache reference;
    private final ObservationWriter writer;

    public FingertipsImporter(ReferenceDataCache reference, ObservationWriter writer) {
        this.reference = reference;
        this.writer = writer;
    }

    /**
     * @param newIndicators the indicators the file names that the catalogue has not, registered from the file
     * @param regions       the English region of each area whose row names one as its parent (place to region)
     * @param repeated      rows that repeat an earlier row's figures word for word, read once
     */
    record Parsed(List<NewObservation> observations, List<Place> newPlaces, List<NewIndicator> newIndicators,
                  int rowsRead, int withoutValue, Map<String, String> regions, int repeated) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.FINGERTIPS;
    }

    @Override
    public List<Table<?>> tablesToAnalyse() {
        return List.of(OBSERVATION);
    }

    @Override
    public Mono<Parsed> parse(ImportSource source) {
        return writer.catalogue()
                .publishOn(Schedulers.boundedElastic())
                .map(catalogue -> {
                    SourceFile file = source.read();
                    return FingertipsDownload.isDownload(file) ? FingertipsDownload.parse(file, catalogue,
                            reference.get()) : parse(file, catalogue, reference.get());
                });
    }

    /** As stated by the administrator, or Fingertips itself. */
    @Override
    public Provenance provenance(ImportSource source, Parsed parsed) {
        return source.statedOr(FINGERTIPS);
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, Parsed parsed, ImportSource source) {
        List<NewObservation> rows = parsed.observations();
        String sourceKey = ObservationWriter.sourceKey(kind(), provenance(source, parsed), rows.stream()
                .map(NewObservation::indicatorId).toList());
        String notes = ObservationWriter.indicatorsNamed(rows)
                + (parsed.withoutValue() > 0 ? "; " + rows(parsed.withoutValue()) + " without a value ("
                + NOT_PUBLISHED + "), kept as observations without a value" : "")
                + (parsed.newPlaces().isEmpty() ? "" : "; " + parsed.newPlaces().size()
                + " areas registered as new places")
                + parsed.newIndicators().stream().map(i -> "; " + i.describe()).collect(Collectors.joining())
                + (parsed.regions().isEmpty() ? "" : "; the regions of " + parsed.regions().size() + " areas, "
                + "from their Parent Code")
                + (parsed.repeated() == 0 ? "" : "; " + rows(parsed.repeated()) + " repeating an earlier row's "
                + "figures (the parent area listed again), read once");
        return insertIndicators(scope, batchId, parsed.newIndicators(), provenance(source, parsed))
                .then(ObservationWriter.write(scope, batchId, sourceKey, source.name(), parsed.newPlaces(), rows))
                .then(insertRegions(scope, batchId, parsed.regions()))
                .thenReturn(new BatchContents(ObservationWriter.periodCovered(rows), parsed.rowsRead(), rows.size(),
                        notes, sourceKey));
    }

    /** A later file's region of a place is taken over the earlier's: regions are re-stated, not versioned. */
    private static Mono<Void> insertRegions(TransactionScope scope, long batchId, Map<String, String> regions) {
        return BatchInsert.insert(scope.dsl(), PLACE_REGION, List.of(PLACE_REGION.PLACE_CODE, PLACE_REGION.REGION_CODE,
                        PLACE_REGION.BATCH_ID), List.copyOf(regions.entrySet()),
                e -> Arrays.asList(e.getKey(), e.getValue(), batchId),
                insert -> insert.onConflict(PLACE_REGION.PLACE_CODE).doUpdate()
                        .set(PLACE_REGION.REGION_CODE, DSL.excluded(PLACE_REGION.REGION_CODE))
                        .set(PLACE_REGION.BATCH_ID, DSL.excluded(PLACE_REGION.BATCH_ID)));
    }

    /** The indicators a file registers, as the catalogue would list them; one the catalogue has meanwhile stays. */
    private static Mono<Void> insertIndicators(TransactionScope scope, long batchId, List<NewIndicator> indicators,
                                               Provenance provenance) {
        return BatchInsert.insert(scope.dsl(), INDICATOR, List.of(INDICATOR.ID, INDICATOR.NAME, INDICATOR.SOURCE_NAME,
                        INDICATOR.SOURCE_MEASURE, INDICATOR.VALUE_TYPE, INDICATOR.UNIT, INDICATOR.MULTIPLIER,
                        INDICATOR.POLARITY, INDICATOR.SOURCE, INDICATOR.PUBLISHER, INDICATOR.LICENCE, INDICATOR.URL,
                        INDICATOR.BATCH_ID), indicators,
                i -> Arrays.asList(i.id(), i.name(), i.name(), i.sourceMeasure(), i.valueType().code(), i.unit(),
                        i.multiplier(), i.polarity().code(), provenance.source(), provenance.publisher(),
                        provenance.licence(), provenance.url(), batchId),
                insert -> insert.onConflictDoNothing());
    }

    static Parsed parse(SourceFile file, Map<String, KnownIndicator> catalogue, ReferenceData known) {
        Map<String, KnownIndicator> bySourceName = catalogue.values().stream()
                .collect(Collectors.toMap(KnownIndicator::sourceName, Function.identity()));
        Map<String, NewIndicator> registered = new LinkedHashMap<>();
        var problems = new ProblemCollector(file.name());
        List<NewObservation> observations = new ArrayList<>();
        Map<String, Place> newPlaces = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        int[] counts = new int[2];   // rows read, rows without a value
        ExtractColumns columns = ExtractColumns.read(file);
        CsvRows.read(file, REQUIRED, problems, (row, line) -> {
            counts[0]++;
            int before = problems.total();
            String code = row.get("area_code").strip();
            takeArea(code, row.get("area_name").strip(), "area_code", "area_name", known, newPlaces, line,
                    problems);
            String indicatorName = row.get("indicator").strip();
            KnownIndicator indicator = bySourceName.get(indicatorName);
            if (indicator == null) {
                indicator = register(indicatorName, row.isMapped("measure") ? row.get("measure") : null,
                        columns.unitOf(row), catalogue, registered, line, problems);
            } else if (row.isMapped("measure") && indicator.sourceMeasure() != null
                    && !indicator.sourceMeasure().equals(row.get("measure").strip())) {
                problems.add(line, "measure", "'" + row.get("measure").strip() + "' is not the measure of indicator "
                        + indicator.id() + " ('" + indicator.sourceMeasure() + "')");
            }
            String label = row.get("period").strip();
            Optional<Period> period = Period.parse(label);
            if (period.isEmpty()) {
                problems.add(line, "period", "'" + label + "' is not a period (" + Period.STYLES + ")");
            }
            String rawValue = row.get("value").strip();
            boolean published = !rawValue.equals(NOT_PUBLISHED) && !rawValue.isEmpty();
            var value = published ? Decimals.optional(rawValue, line, "value", problems) : null;
            Sex sex = columns.sexOf(row, line, problems);
            String significanceColumn = firstMapped(row, SIGNIFICANCE_COLUMNS);
            String stated = significanceColumn == null ? "" : row.get(significanceColumn).strip();
            // NA states no judgement, as it states no sex or category
            String judged = stated.equals(ExtractColumns.NONE_STATED) ? "" : stated;
            Significance significance = judged.isEmpty() ? null : Significance.ofLabel(judged).orElse(null);
            if (!judged.isEmpty() && significance == null) {
                problems.add(line, significanceColumn, Significance.notASignificance(judged));
            }
            if (problems.total() > before) {
                return;
            }
            var observation = new NewObservation(indicator.id(), code, period.orElseThrow(), sex, value, null, null,
                    null, null, null, null, significance,
                    published ? null : "no value published (" + (rawValue.isEmpty() ? "empty" : rawValue) + ")",
                    line, null, columns.categoryTypeOf(row), columns.categoryOf(row));
            Long earlier = firstLine.putIfAbsent(observation.key(), line);
            if (earlier != null) {
                problems.add(line, "period", "a second value of indicator " + indicator.id() + " for " + code
                        + " in " + label + " (first on line " + earlier + ")");
                return;
            }
            if (!published) {
                counts[1]++;
            }
            observations.add(observation);
        });
        columns.unreadable().forEach(u -> problems.add(1, u.field(), u.reason()));
        if (observations.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "has no observations");
        }
        problems.throwIfAny();
        List<NewIndicator> newIndicators = registered.values().stream()
                .map(i -> i.withPolarityFrom(observations.stream().filter(o -> o.indicatorId().equals(i.id()))
                        .toList()))
                .toList();
        return new Parsed(observations, List.copyOf(newPlaces.values()), newIndicators, counts[0], counts[1],
                Map.of(), 0);
    }

    /**
     * An indicator not in the catalogue, registered from the file: known by a slug of its name, its value type and
     * unit read from its measure. A measure that does not say what the values are, or a slug the catalogue gives to
     * another indicator, is a problem: the catalogue must say.
     */
    private static KnownIndicator register(String name, String measure, String unit,
                                           Map<String, KnownIndicator> catalogue,
                                           Map<String, NewIndicator> registered, long line,
                                           ProblemCollector problems) {
        NewIndicator earlier = registered.get(name);
        if (earlier != null) {
            return earlier.known();
        }
        Optional<NewIndicator> read = NewIndicator.fromMeasure(name, measure, unit);
        if (read.isEmpty()) {
            problems.add(line, "indicator", "'" + name + "' is not in the indicator catalogue, and neither its "
                    + "measure '" + (measure == null ? "" : measure.strip()) + "' nor its name says what its values "
                    + "are (a percentage, a rate per so many, a count, a life expectancy in years); add it to "
                    + "outcomes/indicators.csv with this source_name");
            return null;
        }
        if (catalogue.containsKey(read.get().id())) {
            problems.add(line, "indicator", "'" + name + "' would be registered as " + read.get().id()
                    + ", an id the catalogue gives another indicator; add it to outcomes/indicators.csv");
            return null;
        }
        registered.put(name, read.get());
        return read.get().known();
    }

    /**
     * A row's area: an ONS code, of a known place or of one the file introduces with its name, registered as a new
     * place under England (its kind read from the code's prefix).
     */
    static void takeArea(String code, String name, String codeField, String nameField, ReferenceData known,
                         Map<String, Place> newPlaces, long line, ProblemCollector problems) {
        if (!ONS_CODE.matcher(code).matches()) {
            problems.add(line, codeField, "'" + code + "' is not an ONS area code");
        } else if (known.place(code).isEmpty() && !newPlaces.containsKey(code)) {
            if (name.isEmpty()) {
                problems.add(line, nameField, "area " + code + " is not known and the row does not name it");
            } else {
                String parent = known.places().containsKey(Place.ENGLAND) ? Place.ENGLAND : null;
                newPlaces.put(code, new Place(code, name, NewPlaces.kindOf(code), null,
                        code.startsWith("E") && !code.equals(Place.ENGLAND) ? parent : null));
            }
        }
    }

    private static String firstMapped(CSVRecord row, List<String> columns) {
        return columns.stream().filter(row::isMapped).findFirst().orElse(null);
    }

    private static String rows(int n) {
        return n == 1 ? "1 row" : n + " rows";
    }
}
