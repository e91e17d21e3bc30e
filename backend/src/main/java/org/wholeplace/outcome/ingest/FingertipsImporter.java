package org.wholeplace.outcome.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
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
 * indicator} and, optionally, {@code measure, unit, significance}. Each row's indicator is the catalogue entry whose
 * {@code source_name} is the row's {@code indicator} (and whose {@code source_measure}, if stated, its
 * {@code measure}). {@code unit} is Fingertips' sex breakdown (Persons, Male, Female); {@code significance} is
 * Fingertips' own comparison with England. A value of {@code NA} is kept as an observation without a value, never
 * dropped. Areas the database does not know are registered from their code and name.
 */
@Component
public class FingertipsImporter implements FileImporter<FingertipsImporter.Parsed> {

    static final Provenance FINGERTIPS = new Provenance("Fingertips public health profiles",
            "Office for Health Improvement and Disparities", "Open Government Licence v3.0",
            "https://fingertips.phe.org.uk/", false);
    static final List<String> REQUIRED = List.of("area_code", "area_name", "period", "value", "indicator");
    private static final Pattern ONS_CODE = Pattern.compile("[EWSNK]\\d{8}");
    private static final String NOT_PUBLISHED = "NA";

    private final ReferenceDataCache reference;
    private final ObservationWriter writer;

    public FingertipsImporter(ReferenceDataCache reference, ObservationWriter writer) {
        this.reference = reference;
        this.writer = writer;
    }

    record Parsed(List<NewObservation> observations, List<Place> newPlaces, int rowsRead, int withoutValue) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.FINGERTIPS;
    }

    @Override
    public Mono<Parsed> parse(ImportSource source) {
        return writer.catalogue()
                .publishOn(Schedulers.boundedElastic())
                .map(catalogue -> parse(source.read(), catalogue, reference.get()));
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
                + " areas registered as new places");
        return ObservationWriter.write(scope, batchId, sourceKey, source.name(), parsed.newPlaces(), rows)
                .thenReturn(new BatchContents(ObservationWriter.periodCovered(rows), parsed.rowsRead(), rows.size(),
                        notes, sourceKey));
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
            String unit = row.isMapped("unit") ? row.get("unit").strip() : "";
            Sex sex = unit.isEmpty() ? Sex.PERSONS : Sex.of(unit).orElse(null);
            if (sex == null) {
                problems.add(line, "unit", Sex.notASex(unit));
            }
            String judged = row.isMapped("significance") ? row.get("significance").strip() : "";
            Significance significance = judged.isEmpty() ? null : Significance.ofLabel(judged).orElse(null);
            if (!judged.isEmpty() && significance == null) {
                problems.add(line, "significance", Significance.notASignificance(judged));
            }
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
}
