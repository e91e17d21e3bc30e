package org.wholeplace.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.wholeplace.ingest.ObservationWriter.KnownIndicator;
import org.wholeplace.outcome.Period;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads an outcome indicator extract in the Fingertips shape: columns {@code area_code, area_name, period, value,
 * indicator} and, optionally, {@code measure, unit, significance}. Each row's indicator is the catalogue entry whose
 * {@code source_name} is the row's {@code indicator} (and whose {@code source_measure}, if stated, its
 * {@code measure}). {@code unit} is Fingertips' sex breakdown (Persons, Male, Female); {@code significance} is
 * Fingertips' own comparison with England. A value of {@code NA} is kept as an observation without a value, never
 * dropped. Areas the database does not know are registered from their code and name.
 */
@Component
public class FingertipsImporter {

    static final String KIND = "fingertips";
    static final Provenance FINGERTIPS = new Provenance("Fingertips public health profiles",
            "Office for Health Improvement and Disparities", "Open Government Licence v3.0",
            "https://fingertips.phe.org.uk/", false);
    static final List<String> REQUIRED = List.of("area_code", "area_name", "period", "value", "indicator");
    private static final Pattern ONS_CODE = Pattern.compile("[EWSNK]\\d{8}");
    private static final Map<String, String> SIGNIFICANCE = Map.of("better", "better", "similar", "similar",
            "worse", "worse", "not compared", "not-compared");
    private static final Map<String, String> SEX = Map.of("persons", "persons", "male", "male", "female", "female");
    private static final String NOT_PUBLISHED = "NA";

    private final ReferenceDataCache reference;
    private final ImportPipeline pipeline;
    private final ObservationWriter writer;

    public FingertipsImporter(ReferenceDataCache reference, ImportPipeline pipeline, ObservationWriter writer) {
        this.reference = reference;
        this.pipeline = pipeline;
        this.writer = writer;
    }

    record Parsed(List<NewObservation> observations, List<Place> newPlaces, int rowsRead, int withoutValue) {
    }

    /** @param provenance as stated by the administrator, or null for Fingertips itself */
    public Mono<ImportOutcome> importFile(SourceFile file, Provenance provenance, String loadedBy) {
        Provenance stated = provenance == null ? FINGERTIPS : provenance;
        OffsetDateTime started = OffsetDateTime.now();
        return pipeline.importOnce(file.sha256(), scope -> writer.catalogue(scope)
                .flatMap(catalogue -> Mono.fromCallable(() -> parse(file, catalogue, reference.get()))
                        .subscribeOn(Schedulers.boundedElastic()))
                .flatMap(parsed -> {
                    List<NewObservation> rows = parsed.observations();
                    String sourceKey = ObservationWriter.sourceKey(KIND, stated, rows.stream()
                            .map(NewObservation::indicatorId).toList());
                    String notes = ObservationWriter.indicatorsNamed(rows)
                            + (parsed.withoutValue() > 0 ? "; " + rows(parsed.withoutValue()) + " without a value ("
                            + NOT_PUBLISHED + "), kept as observations without a value" : "")
                            + (parsed.newPlaces().isEmpty() ? "" : "; " + parsed.newPlaces().size()
                            + " areas registered as new places");
                    NewBatch batch = new NewBatch(KIND, stated, ObservationWriter.periodCovered(rows), file.name(),
                            file.sha256(), parsed.rowsRead(), rows.size(), notes, started, loadedBy, sourceKey);
                    return writer.load(scope, batch, parsed.newPlaces(), rows);
                }));
    }

    static Parsed parse(SourceFile file, Map<String, KnownIndicator> catalogue, ReferenceData known) {
        Map<String, KnownIndicator> bySourceName = catalogue.values().stream()
                .collect(Collectors.toMap(KnownIndicator::sourceName, Function.identity()));
        var problems = new ProblemCollector(file.name());
        List<NewObservation> observations = new ArrayList<>();
        Map<String, Place> newPlaces = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        int[] counts = new int[2];   // rows read, rows without a value
        String parent = known.places().containsKey(Place.ENGLAND) ? Place.ENGLAND : null;
        CsvRows.read(file, REQUIRED, problems, (row, line) -> {
            counts[0]++;
            int before = problems.total();
            String code = row.get("area_code").strip();
            String name = row.get("area_name").strip();
            if (!ONS_CODE.matcher(code).matches()) {
                problems.add(line, "area_code", "'" + code + "' is not an ONS area code");
            } else if (known.place(code).isEmpty() && !newPlaces.containsKey(code)) {
                if (name.isEmpty()) {
                    problems.add(line, "area_name", "area " + code + " is not known and the row does not name it");
                } else {
                    newPlaces.put(code, new Place(code, name, NewPlaces.kindOf(code), null,
                            code.startsWith("E") && !code.equals(Place.ENGLAND) ? parent : null));
                }
            }
            String indicatorName = row.get("indicator").strip();
            KnownIndicator indicator = bySourceName.get(indicatorName);
            if (indicator == null) {
                problems.add(line, "indicator", "'" + indicatorName + "' is not in the indicator catalogue; add it "
                        + "to outcomes/indicators.csv with this source_name");
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
            String sex = optionalTerm(row.isMapped("unit") ? row.get("unit") : "", SEX, "persons", line, "unit",
                    problems);
            String significance = optionalTerm(row.isMapped("significance") ? row.get("significance") : "",
                    SIGNIFICANCE, null, line, "significance", problems);
            if (problems.total() > before) {
                return;
            }
            var observation = new NewObservation(indicator.id(), code, period.orElseThrow(), sex, value, null, null,
                    null, null, null, null, significance,
                    published ? null : "no value published (" + (rawValue.isEmpty() ? "empty" : rawValue) + ")",
                    line);
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
        if (observations.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "has no observations");
        }
        problems.throwIfAny();
        return new Parsed(observations, List.copyOf(newPlaces.values()), counts[0], counts[1]);
    }

    private static String rows(int n) {
        return n == 1 ? "1 row" : n + " rows";
    }

    /** A term from a fixed vocabulary, read case-insensitively; an empty cell is {@code whenEmpty}. */
    private static String optionalTerm(String raw, Map<String, String> vocabulary, String whenEmpty, long line,
                                       String field, ProblemCollector problems) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return whenEmpty;
        }
        String term = vocabulary.get(value.toLowerCase(Locale.ROOT));
        if (term == null) {
            problems.add(line, field, "'" + value + "' is not one of " + vocabulary.keySet().stream().sorted()
                    .collect(Collectors.joining(", ")));
        }
        return term;
    }
}
