package org.wholeplace.ingest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.wholeplace.ingest.ObservationWriter.KnownIndicator;
import org.wholeplace.outcome.Period;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads the canonical outcome CSV: {@code indicator_id, area_code, period, value} and, optionally, {@code sex,
 * count, denominator, lower_95, upper_95, lower_99_8, upper_99_8, note}. It carries what a Fingertips extract
 * lacks: the count and denominator behind a value, and its confidence limits. A row without a value must say why in
 * its note (suppressed, not yet published), so that nothing is silently missing.
 */
@Component
public class ObservationCsvImporter {

    static final String KIND = "outcomes";
    static final List<String> REQUIRED = List.of("indicator_id", "area_code", "period", "value");
    private static final Set<String> SEXES = Set.of("persons", "male", "female");

    private final ReferenceDataCache reference;
    private final ImportPipeline pipeline;
    private final ObservationWriter writer;

    public ObservationCsvImporter(ReferenceDataCache reference, ImportPipeline pipeline, ObservationWriter writer) {
        this.reference = reference;
        this.pipeline = pipeline;
        this.writer = writer;
    }

    public Mono<ImportOutcome> importFile(SourceFile file, Provenance provenance, String loadedBy) {
        OffsetDateTime started = OffsetDateTime.now();
        return pipeline.importOnce(file.sha256(), scope -> writer.catalogue(scope)
                .flatMap(catalogue -> Mono.fromCallable(() -> parse(file, catalogue, reference.get()))
                        .subscribeOn(Schedulers.boundedElastic()))
                .flatMap(rows -> {
                    String sourceKey = ObservationWriter.sourceKey(KIND, provenance, rows.stream()
                            .map(NewObservation::indicatorId).toList());
                    NewBatch batch = new NewBatch(KIND, provenance, ObservationWriter.periodCovered(rows),
                            file.name(), file.sha256(), rows.size(), rows.size(),
                            ObservationWriter.indicatorsNamed(rows), started, loadedBy, sourceKey);
                    return writer.load(scope, batch, List.of(), rows);
                }));
    }

    static List<NewObservation> parse(SourceFile file, Map<String, KnownIndicator> catalogue, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        List<NewObservation> observations = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        CsvRows.read(file, REQUIRED, problems, (row, line) -> {
            int before = problems.total();
            String indicator = row.get("indicator_id").strip();
            if (!catalogue.containsKey(indicator)) {
                problems.add(line, "indicator_id", "unknown indicator '" + indicator + "' (see outcomes/indicators.csv)");
            }
            String code = row.get("area_code").strip();
            if (known.place(code).isEmpty()) {
                problems.add(line, "area_code", "unknown place code '" + code + "'");
            }
            String label = row.get("period").strip();
            Optional<Period> period = Period.parse(label);
            if (period.isEmpty()) {
                problems.add(line, "period", "'" + label + "' is not a period (" + Period.STYLES + ")");
            }
            String sex = optional(row, "sex").isEmpty() ? "persons" : optional(row, "sex");
            if (!SEXES.contains(sex)) {
                problems.add(line, "sex", "'" + sex + "' is not one of persons, male, female");
            }
            BigDecimal value = Decimals.optional(row.get("value"), line, "value", problems);
            BigDecimal count = Decimals.optional(optional(row, "count"), line, "count", problems);
            BigDecimal denominator = Decimals.optional(optional(row, "denominator"), line, "denominator", problems);
            BigDecimal lower95 = Decimals.optional(optional(row, "lower_95"), line, "lower_95", problems);
            BigDecimal upper95 = Decimals.optional(optional(row, "upper_95"), line, "upper_95", problems);
            BigDecimal lower998 = Decimals.optional(optional(row, "lower_99_8"), line, "lower_99_8", problems);
            BigDecimal upper998 = Decimals.optional(optional(row, "upper_99_8"), line, "upper_99_8", problems);
            String note = optional(row, "note");
            if (problems.total() > before) {
                return;
            }
            if (value == null && note.isEmpty()) {
                problems.add(line, "note", "a row without a value must say why in its note");
            }
            if (count != null && count.signum() < 0) {
                problems.add(line, "count", "a count cannot be negative");
            }
            if (denominator != null && denominator.signum() <= 0) {
                problems.add(line, "denominator", "a denominator must be above 0");
            }
            checkLimits(lower95, upper95, value, "95", line, problems);
            checkLimits(lower998, upper998, value, "99_8", line, problems);
            if (problems.total() == before && lower95 != null && lower998 != null && (lower998.compareTo(lower95) > 0
                    || upper998.compareTo(upper95) < 0)) {
                problems.add(line, "lower_99_8", "the 99.8% limits must enclose the 95% limits");
            }
            if (problems.total() > before) {
                return;
            }
            var observation = new NewObservation(indicator, code, period.orElseThrow(), sex, value, count,
                    denominator, lower95, upper95, lower998, upper998, null, note.isEmpty() ? null : note, line);
            Long earlier = firstLine.putIfAbsent(observation.key(), line);
            if (earlier != null) {
                problems.add(line, "period", "a second value of indicator " + indicator + " for " + code + " in "
                        + label + " (first on line " + earlier + ")");
            } else {
                observations.add(observation);
            }
        });
        if (observations.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "has no observations");
        }
        problems.throwIfAny();
        return observations;
    }

    private static String optional(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column).strip() : "";
    }

    /** Both limits or neither; the lower not above the upper; the value, where there is one, between them. */
    private static void checkLimits(BigDecimal lower, BigDecimal upper, BigDecimal value, String level, long line,
                                    ProblemCollector problems) {
        if ((lower == null) != (upper == null)) {
            problems.add(line, lower == null ? "lower_" + level : "upper_" + level, "give both limits or neither");
        } else if (lower != null && lower.compareTo(upper) > 0) {
            problems.add(line, "lower_" + level, "the lower limit " + lower + " is above the upper " + upper);
        } else if (lower != null && value != null && (value.compareTo(lower) < 0 || value.compareTo(upper) > 0)) {
            problems.add(line, "value", "the value " + value + " lies outside its limits " + lower + " to " + upper);
        }
    }
}
