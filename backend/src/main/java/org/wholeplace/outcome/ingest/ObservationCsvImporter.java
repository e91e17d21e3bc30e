package org.wholeplace.outcome.ingest;

import static org.wholeplace.db.generated.Tables.OBSERVATION;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;
import org.jooq.Table;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.CsvRows;
import org.wholeplace.ingest.Decimals;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.outcome.Sex;
import org.wholeplace.outcome.ValueType;
import org.wholeplace.outcome.ingest.ObservationWriter.KnownIndicator;
import org.wholeplace.period.Period;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads the canonical outcome CSV: {@code indicator_id, area_code, period, value} and, optionally, {@code sex,
 * count, denominator, lower_95, upper_95, lower_99_8, upper_99_8, note}. It carries what a Fingertips extract
 * lacks: the count and denominator behind a value, and its confidence limits. A row without a value must say why in
 * its note (suppressed, not yet published), so that nothing is silently missing.
 */
@Component
public class ObservationCsvImporter implements FileImporter<List<NewObservation>> {

    static final List<String> REQUIRED = List.of("indicator_id", "area_code", "period", "value");

    private final ReferenceDataCache reference;
    private final ObservationWriter writer;

    public ObservationCsvImporter(ReferenceDataCache reference, ObservationWriter writer) {
        this.reference = reference;
        this.writer = writer;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.OUTCOMES;
    }

    @Override
    public List<Table<?>> tablesToAnalyse() {
        return List.of(OBSERVATION);
    }

    @Override
    public Mono<List<NewObservation>> parse(ImportSource source) {
        return writer.catalogue()
                .publishOn(Schedulers.boundedElastic())
                .map(catalogue -> parse(source.read(), catalogue, reference.get()));
    }

    @Override
    public Provenance provenance(ImportSource source, List<NewObservation> rows) {
        return source.stated();
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, List<NewObservation> rows,
                                     ImportSource source) {
        String sourceKey = ObservationWriter.sourceKey(kind(), source.stated(), rows.stream()
                .map(NewObservation::indicatorId).toList());
        return ObservationWriter.write(scope, batchId, sourceKey, source.name(), List.of(), rows)
                .thenReturn(BatchContents.of(rows.size()).withPeriod(ObservationWriter.periodCovered(rows))
                        .withNotes(ObservationWriter.indicatorsNamed(rows)).withSourceKey(sourceKey));
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
            CodeCheck.place(known, code).ifPresent(problem -> problems.add(line, "area_code", problem));
            String label = row.get("period").strip();
            Optional<Period> period = Period.parse(label);
            if (period.isEmpty()) {
                problems.add(line, "period", "'" + label + "' is not a period (" + Period.STYLES + ")");
            }
            String stated = optional(row, "sex");
            Sex sex = stated.isEmpty() ? Sex.PERSONS : Sex.of(stated).filter(s -> s.code().equals(stated)).orElse(null);
            if (sex == null) {
                problems.add(line, "sex", Sex.notASex(stated));
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
            if (problems.total() == before) {
                checkAgainstCount(catalogue.get(indicator), value, count, denominator, line, problems);
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

    /**
     * A proportion counts part of its denominator, so its count cannot be above it; and a proportion's or a crude
     * rate's value is its count over its denominator, scaled: a value that is not, to the precision it is published
     * in (or within 0.1% of it), contradicts its own count. Unchecked, either would give impossible limits.
     */
    static void checkAgainstCount(KnownIndicator indicator, BigDecimal value, BigDecimal count, BigDecimal denominator,
                                  long line, ProblemCollector problems) {
        ValueType type = indicator.valueType();
        if (count == null || denominator == null || (type != ValueType.PROPORTION && type != ValueType.RATE)) {
            return;
        }
        if (type == ValueType.PROPORTION && count.compareTo(denominator) > 0) {
            problems.add(line, "count", "a count of " + count.toPlainString() + " is above its denominator "
                    + denominator.toPlainString() + ": a proportion cannot be more than the whole");
            return;
        }
        if (value == null) {
            return;
        }
        BigDecimal scale = BigDecimal.valueOf(indicator.multiplier() == null ? 1 : indicator.multiplier());
        BigDecimal expected = count.multiply(scale).divide(denominator, MathContext.DECIMAL64);
        BigDecimal published = BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).divide(BigDecimal.TWO);
        BigDecimal tolerance = published.max(expected.abs().multiply(new BigDecimal("0.001")));
        if (value.subtract(expected).abs().compareTo(tolerance) > 0) {
            problems.add(line, "value", value.toPlainString() + " is not " + count.toPlainString() + " / "
                    + denominator.toPlainString() + (scale.intValue() == 1 ? "" : " × " + scale) + " = "
                    + expected.round(new MathContext(6)).stripTrailingZeros().toPlainString()
                    + ", as its count and denominator give");
        }
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
