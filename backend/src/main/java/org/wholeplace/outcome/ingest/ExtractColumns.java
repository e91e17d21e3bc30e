package org.wholeplace.outcome.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.wholeplace.ingest.CsvRows;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.outcome.Sex;

/**
 * What a republished Fingertips extract's other columns hold, read from their values, not their names: republishers
 * put the sex in {@code sex}, {@code inequality} or {@code unit}, and deprivation quintiles or deciles in
 * {@code inequality}. The column holding Persons, Male or Female is the sex; the one holding quintiles or deciles is
 * the category; {@code NA} or an empty cell states none. A column named {@code sex} is the sex whatever it holds; a
 * column holding a sex or a deprivation band beside other values, or two columns holding the sex, cannot be read and
 * is refused in one line.
 *
 * @param sex          the column holding the sex, or null (every row persons)
 * @param category     the column holding deprivation quintiles or deciles, or null (no category); may be the sex's
 * @param categoryType what its bands are, as observations name them: "Deprivation quintiles" or "Deprivation deciles"
 * @param unit         a column holding neither (Trafford's {@code unit} of "Years"), whose values tell an indicator's
 *                     value type beside its measure; null when there is none
 * @param unreadable   the columns whose role cannot be told, and why
 */
record ExtractColumns(String sex, String category, String categoryType, String unit, List<Unreadable> unreadable) {

    /** Why a column cannot be read: reported once the rows are read, beside their own problems. */
    record Unreadable(String field, String reason) {
    }

    static final String NONE_STATED = "NA";
    /** The columns whose role their name gives. */
    private static final Set<String> NAMED = Set.of("area_code", "area_name", "period", "value", "indicator",
            "measure", "significance", "compared_to_England");
    private static final Pattern QUINTILE = Pattern.compile("(?i).*\\bquintiles?\\b.*");
    private static final Pattern DECILE = Pattern.compile("(?i).*\\bdeciles?\\b.*");
    private static final int VALUES_KEPT = 100;

    static ExtractColumns read(SourceFile file) {
        List<Unreadable> unreadable = new ArrayList<>();
        Map<String, Set<String>> values = new LinkedHashMap<>();
        // a first reading for the values only: the second, row by row, reports the file's own problems
        CsvRows.read(file, List.of(), new ProblemCollector(file.name()), (row, line) -> {
            for (String column : row.getParser().getHeaderNames()) {
                if (NAMED.contains(column)) {
                    continue;
                }
                String value = row.get(column).strip();
                Set<String> seen = values.computeIfAbsent(column, c -> new LinkedHashSet<>());
                if (!stated(value) || seen.size() >= VALUES_KEPT) {
                    continue;
                }
                seen.add(value);
            }
        });
        List<String> sexColumns = new ArrayList<>();
        String category = null;
        String categoryType = null;
        String unit = null;
        for (var column : values.entrySet()) {
            String name = column.getKey();
            Set<String> held = column.getValue();
            boolean anySex = held.stream().anyMatch(v -> Sex.of(v).isPresent());
            boolean anyBand = held.stream().anyMatch(ExtractColumns::isBand);
            List<String> other = held.stream().filter(v -> Sex.of(v).isEmpty() && !isBand(v)).limit(3).toList();
            if (name.equals("sex")) {
                sexColumns.add(name);
            } else if ((anySex || anyBand) && !other.isEmpty()) {
                unreadable.add(new Unreadable(name, "holds " + (anySex ? "a sex (Persons, Male, Female)" : "deprivation bands")
                        + " beside values that are neither " + other.stream().map(v -> "'" + v + "'").toList()
                        + ", so what it holds cannot be told"));
            } else {
                if (anySex) {
                    sexColumns.add(name);
                }
                if (anyBand) {
                    category = name;
                    categoryType = held.stream().anyMatch(v -> DECILE.matcher(v).matches())
                            ? "Deprivation deciles" : "Deprivation quintiles";
                }
                if (!anySex && !anyBand && !held.isEmpty() && unit == null) {
                    unit = name;
                }
            }
        }
        if (sexColumns.size() > 1) {
            unreadable.add(new Unreadable(String.join(", ", sexColumns), "columns " + sexColumns + " all hold the "
                    + "sex (Persons, Male, Female); keep one"));
        }
        return new ExtractColumns(sexColumns.isEmpty() ? null : sexColumns.getFirst(), category, categoryType, unit,
                List.copyOf(unreadable));
    }

    /** The row's sex: persons when none is stated; null, with a problem, when it is not one. */
    Sex sexOf(CSVRecord row, long line, ProblemCollector problems) {
        String stated = sex == null ? "" : row.get(sex).strip();
        if (!stated(stated) || (category != null && category.equals(sex) && isBand(stated))) {
            return Sex.PERSONS;
        }
        Sex read = Sex.of(stated).orElse(null);
        if (read == null) {
            problems.add(line, sex, Sex.notASex(stated));
        }
        return read;
    }

    /** The row's deprivation band, or null when it states none. */
    String categoryOf(CSVRecord row) {
        String stated = category == null ? "" : row.get(category).strip();
        return stated(stated) && isBand(stated) ? stated : null;
    }

    String categoryTypeOf(CSVRecord row) {
        return categoryOf(row) == null ? null : categoryType;
    }

    /** The row's value in the unit column, or null. */
    String unitOf(CSVRecord row) {
        String stated = unit == null ? "" : row.get(unit).strip();
        return stated(stated) ? stated : null;
    }

    private static boolean stated(String value) {
        return !value.isEmpty() && !value.equalsIgnoreCase(NONE_STATED);
    }

    private static boolean isBand(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return QUINTILE.matcher(lower).matches() || DECILE.matcher(lower).matches();
    }
}
