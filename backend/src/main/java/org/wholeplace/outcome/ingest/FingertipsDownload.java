package org.wholeplace.outcome.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.wholeplace.ingest.CsvRows;
import org.wholeplace.ingest.Decimals;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.outcome.Sex;
import org.wholeplace.outcome.Significance;
import org.wholeplace.outcome.ingest.FingertipsImporter.Parsed;
import org.wholeplace.outcome.ingest.ObservationWriter.KnownIndicator;
import org.wholeplace.period.Period;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;

/**
 * Fingertips' own data download (and API CSV): one row per indicator, area, sex, age, category and period, with its
 * confidence limits, count, denominator, value note and Fingertips' comparisons. Columns are found by name, so that
 * versions that add or rename some (Time period range, Compared to percentiles) are read too; the indicator is the
 * catalogue's entry with the row's Indicator ID. One the catalogue lacks is registered under that id; the download has
 * no measure column, so its value type and unit are inferred from its counts and denominators
 * ({@link NewIndicator#fromCounts}), and an indicator whose values cannot be told that way is refused, with the
 * advice to list it. A row whose Parent Code is an English region's (E12...) says which region its area lies in:
 * kept, it makes the comparator group {@code region:<code>}.
 */
final class FingertipsDownload {

    static final String INDICATOR_ID = "Indicator ID";
    /** An English region's ONS code: a row's Parent Code of this form is the area's region. */
    private static final Pattern REGION = Pattern.compile("E12\\d{6}");
    static final List<String> REQUIRED = List.of(INDICATOR_ID, "Indicator Name", "Area Code", "Time period", "Value");
    /** Where the comparison with England stands in the versions seen. */
    static final List<String> COMPARED_TO_ENGLAND = List.of("Compared to England value or percentiles",
            "Compared to percentiles");

    private FingertipsDownload() {
    }

    /** Whether a file is a download: its header names the Indicator ID column. */
    static boolean isDownload(SourceFile file) {
        byte[] content = file.content();
        int end = 0;
        while (end < content.length && content[end] != '\n') {
            end++;
        }
        return new String(content, 0, end, StandardCharsets.UTF_8).contains(INDICATOR_ID);
    }

    static Parsed parse(SourceFile file, Map<String, KnownIndicator> catalogue, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        List<NewObservation> observations = new ArrayList<>();
        Map<String, Place> newPlaces = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, NewObservation> firstStated = new HashMap<>();
        int[] repeated = new int[1];
        Map<String, String> regions = new LinkedHashMap<>();
        Map<String, String> unknownNames = new LinkedHashMap<>();   // id to name, of indicators to register
        Map<String, Long> unknownFirstLine = new HashMap<>();
        int[] counts = new int[2];   // rows read, rows without a value
        CsvRows.read(file, REQUIRED, problems, (row, line) -> {
            counts[0]++;
            int before = problems.total();
            String id = text(row, INDICATOR_ID);
            KnownIndicator indicator = catalogue.get(id);
            if (indicator == null && id.isEmpty()) {
                problems.add(line, INDICATOR_ID, "no indicator id");
            } else if (indicator == null) {
                // registered once the whole file has been read, from all its rows
                unknownNames.putIfAbsent(id, text(row, "Indicator Name"));
                unknownFirstLine.putIfAbsent(id, line);
                indicator = new KnownIndicator(id, text(row, "Indicator Name"), null, null, null);
            }
            String code = text(row, "Area Code");
            FingertipsImporter.takeArea(code, text(row, "Area Name"), "Area Code", "Area Name", known, newPlaces, line,
                    problems);
            String parent = text(row, "Parent Code");
            if (REGION.matcher(parent).matches()) {
                FingertipsImporter.takeArea(parent, text(row, "Parent Name"), "Parent Code", "Parent Name", known,
                        newPlaces, line, problems);
                String earlierRegion = regions.putIfAbsent(code, parent);
                if (earlierRegion != null && !earlierRegion.equals(parent)) {
                    problems.add(line, "Parent Code", code + " is in region " + earlierRegion + " on an earlier line, "
                            + "not " + parent);
                }
            }
            String label = text(row, "Time period");
            Optional<Period> period = Period.parse(label);
            if (period.isEmpty()) {
                problems.add(line, "Time period", "'" + label + "' is not a period (" + Period.STYLES + ")");
            }
            String stated = text(row, "Sex");
            Sex sex = stated.isEmpty() ? Sex.PERSONS : Sex.of(stated).orElse(null);
            if (sex == null) {
                problems.add(line, "Sex", Sex.notASex(stated));
            }
            String judged = COMPARED_TO_ENGLAND.stream().filter(row::isMapped).findFirst()
                    .map(column -> row.get(column).strip()).orElse("");
            Significance significance = judged.isEmpty() ? null : Significance.ofLabel(judged).orElse(null);
            if (!judged.isEmpty() && significance == null) {
                problems.add(line, COMPARED_TO_ENGLAND.getFirst(), Significance.notASignificance(judged));
            }
            BigDecimal value = Decimals.optional(text(row, "Value"), line, "Value", problems);
            BigDecimal lower95 = Decimals.optional(text(row, "Lower CI 95.0 limit"), line, "Lower CI 95.0 limit",
                    problems);
            BigDecimal upper95 = Decimals.optional(text(row, "Upper CI 95.0 limit"), line, "Upper CI 95.0 limit",
                    problems);
            BigDecimal lower998 = Decimals.optional(text(row, "Lower CI 99.8 limit"), line, "Lower CI 99.8 limit",
                    problems);
            BigDecimal upper998 = Decimals.optional(text(row, "Upper CI 99.8 limit"), line, "Upper CI 99.8 limit",
                    problems);
            BigDecimal count = Decimals.optional(text(row, "Count"), line, "Count", problems);
            BigDecimal denominator = Decimals.optional(text(row, "Denominator"), line, "Denominator", problems);
            if (problems.total() > before) {
                return;
            }
            // an indicator to register is checked once its value type is inferred
            ObservationCsvImporter.checkAgainstCount(indicator, value, count, denominator, line, problems);
            if (problems.total() > before) {
                return;
            }
            String valueNote = text(row, "Value note");
            String note = value != null ? (valueNote.isEmpty() ? null : valueNote)
                    : "no value published" + (valueNote.isEmpty() ? "" : " (" + valueNote + ")");
            String categoryType = text(row, "Category Type");
            String category = text(row, "Category");
            String age = text(row, "Age");
            var observation = new NewObservation(indicator.id(), code, period.orElseThrow(), sex, value, count,
                    denominator, lower95, upper95, lower998, upper998, significance, note, line,
                    age.isEmpty() ? null : age, categoryType.isEmpty() ? null : categoryType,
                    category.isEmpty() ? null : category);
            Long earlier = firstLine.putIfAbsent(observation.key(), line);
            if (earlier != null && sameFigures(firstStated.get(observation.key()), observation)) {
                // Fingertips lists the parent area (England) again among its children: the same figures, repeated
                repeated[0]++;
                return;
            }
            if (earlier != null) {
                problems.add(line, "Time period", "a second value of indicator " + indicator.id() + " for " + code
                        + " in " + label + " for the same sex, age and category (first on line " + earlier + ")");
                return;
            }
            firstStated.put(observation.key(), observation);
            if (value == null) {
                counts[1]++;
            }
            observations.add(observation);
        });
        List<NewIndicator> registered = new ArrayList<>();
        unknownNames.forEach((id, name) -> {
            List<NewObservation> rows = observations.stream().filter(o -> o.indicatorId().equals(id)).toList();
            NewIndicator.fromCounts(id, name, rows).ifPresentOrElse(i -> {
                        registered.add(i.withPolarityFrom(rows));
                        rows.forEach(o -> ObservationCsvImporter.checkAgainstCount(i.known(), o.value(), o.count(),
                                o.denominator(), o.sourceLine(), problems));
                    },
                    () -> problems.add(unknownFirstLine.get(id), INDICATOR_ID, "indicator " + id + " ('" + name
                            + "') is not in the indicator catalogue, and its values are not their count over their "
                            + "denominator at one scale (a percentage, a rate per 1,000 to 100,000) nor counts, so "
                            + "what they are cannot be told; add it to outcomes/indicators.csv"));
        });
        if (observations.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "has no observations");
        }
        problems.throwIfAny();
        return new Parsed(observations, List.copyOf(newPlaces.values()), List.copyOf(registered), counts[0],
                counts[1], Map.copyOf(regions), repeated[0]);
    }

    /** Whether a repeated row states the same value, limits, count and denominator as the first. */
    private static boolean sameFigures(NewObservation first, NewObservation again) {
        return equal(first.value(), again.value()) && equal(first.count(), again.count())
                && equal(first.denominator(), again.denominator()) && equal(first.lower95(), again.lower95())
                && equal(first.upper95(), again.upper95()) && equal(first.lower998(), again.lower998())
                && equal(first.upper998(), again.upper998());
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(CSVRecord row, String column) {
        return row.isMapped(column) ? row.get(column).strip() : "";
    }
}
