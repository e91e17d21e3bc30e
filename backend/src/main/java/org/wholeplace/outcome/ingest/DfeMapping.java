package org.wholeplace.outcome.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.ingest.YamlFields;
import org.wholeplace.outcome.Polarity;
import org.wholeplace.outcome.ValueType;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.period.Period;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.provenance.Provenance;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * How one DfE explore-education-statistics dataset is read, kept as data ({@code outcomes/dfe/*.yaml}, described in
 * {@code outcomes/README.md}): which release files it reads, where they are published, how a {@code time_period}
 * becomes a period, which geographic levels are loaded, every filter column with every value a release may hold, every
 * measure column, and the indicators: a measure, the filter values that select its rows, optionally a filter that
 * breaks it down, and what its values are.
 *
 * @param dataset  the dataset's name; a later release of it revises the years the earlier one holds
 * @param files    a glob on the file name of the releases the mapping reads ({@code b1_children_in_need_*.csv})
 * @param filters  each filter column and the values it may hold
 */
record DfeMapping(String name, String dataset, String files, Provenance provenance,
                  Map<String, TimePeriodStyle> timeIdentifiers, Set<GeographicLevel> levels,
                  Map<String, Set<String>> filters, Set<String> measures, List<DfeIndicator> indicators) {

    /** How a time identifier's {@code time_period} is written, and the period it is. */
    enum TimePeriodStyle {
        /** {@code 2025}: the year to 31 March 2025, the financial year 2024-25 (a reporting year of a DfE census). */
        YEAR_TO_31_MARCH("year-to-31-march", Pattern.compile("\\d{4}")),
        /** {@code 201314}: the financial year 2013-14. */
        FINANCIAL_YEAR("financial-year", Pattern.compile("\\d{6}")),
        /** {@code 2018}: the calendar year. */
        CALENDAR_YEAR("calendar-year", Pattern.compile("\\d{4}"));

        private final String code;
        private final Pattern written;

        TimePeriodStyle(String code, Pattern written) {
            this.code = code;
            this.written = written;
        }

        static Optional<TimePeriodStyle> of(String code) {
            return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
        }

        /** Empty when {@code timePeriod} is not written in this style (a six-digit span must be of consecutive years). */
        Optional<Period> period(String timePeriod) {
            if (!written.matcher(timePeriod).matches()) {
                return Optional.empty();
            }
            int year = Integer.parseInt(timePeriod.substring(0, 4));
            return switch (this) {
                case YEAR_TO_31_MARCH -> Period.parse(new FinancialYear(year - 1).label());
                case FINANCIAL_YEAR -> Integer.parseInt(timePeriod.substring(4)) == (year + 1) % 100
                        ? Period.parse(new FinancialYear(year).label()) : Optional.empty();
                case CALENDAR_YEAR -> Period.parse(timePeriod);
            };
        }

        String describe() {
            return code + " (" + switch (this) {
                case YEAR_TO_31_MARCH -> "2025 for 2024-25";
                case FINANCIAL_YEAR -> "201314 for 2013-14";
                case CALENDAR_YEAR -> "2018";
            } + ")";
        }

        static String codes() {
            return String.join(", ", Arrays.stream(values()).map(s -> s.code).toList());
        }
    }

    /** The geographic levels of the explore-education-statistics layout, and the column giving each one's area. */
    enum GeographicLevel {
        NATIONAL("National", "country_code", "country_name"),
        REGIONAL("Regional", "region_code", "region_name"),
        LOCAL_AUTHORITY("Local authority", "new_la_code", "la_name");

        final String label;
        final String codeColumn;
        final String nameColumn;

        GeographicLevel(String label, String codeColumn, String nameColumn) {
            this.label = label;
            this.codeColumn = codeColumn;
            this.nameColumn = nameColumn;
        }

        static Optional<GeographicLevel> of(String label) {
            return Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
        }

        static String labels() {
            return String.join(", ", Arrays.stream(values()).map(l -> l.label).toList());
        }
    }

    /** The layout's own columns: when and where; every other column is a filter or a measure the mapping names. */
    static final List<String> TIME_AND_PLACE = List.of("time_period", "time_identifier", "geographic_level",
            "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name");
    /** Of those, the ones a release must have. */
    static final List<String> REQUIRED = List.of("time_period", "time_identifier", "geographic_level", "country_code",
            "region_code", "region_name", "new_la_code", "la_name");

    /**
     * One indicator a measure becomes.
     *
     * @param where       filter values selecting its rows (filter column to value)
     * @param by          the filter whose values break it down (each its category), or null
     * @param count       the measure column holding its count, or null
     * @param denominator the measure column holding its denominator, or null
     */
    record DfeIndicator(String id, String name, String measure, Map<String, String> where, String by,
                        ValueType valueType, String unit, Integer multiplier, Polarity polarity, List<String> themes,
                        String count, String denominator) {

        /** How the indicator's source is named in the catalogue: unique, and saying where its values come from. */
        String sourceName(String dataset) {
            return "DfE " + dataset + ": " + measure + (where.isEmpty() ? "" : " where " + where);
        }
    }

    private static final Set<String> KEYS = Set.of("dataset", "files", "source", "publisher", "licence", "url",
            "time-identifiers", "geographic-levels", "filters", "measures", "indicators");
    private static final Set<String> INDICATOR_KEYS = Set.of("id", "name", "measure", "where", "by", "value-type",
            "unit", "multiplier", "polarity", "themes", "count", "denominator");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    boolean reads(String fileName) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + files);
        return matcher.matches(Path.of(fileName));
    }

    /** The mapping in {@code file}, every problem with it named by line and field. */
    static DfeMapping read(SourceFile file, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        var yaml = new YamlFields(problems);
        Node root = YamlFields.compose(file, problems);
        if (!(root instanceof MappingNode top)) {
            problems.add(0, null, "is not a mapping of the keys " + new TreeSet<>(KEYS));
            throw problems.rejection();
        }
        Map<String, Node> fields = yaml.entries(top, "", KEYS);
        String dataset = yaml.text(fields, "dataset", "", top, true);
        String files = yaml.text(fields, "files", "", top, true);
        String source = yaml.text(fields, "source", "", top, true);
        String publisher = yaml.text(fields, "publisher", "", top, true);
        String licence = yaml.text(fields, "licence", "", top, true);
        String url = yaml.text(fields, "url", "", top, false);

        Map<String, TimePeriodStyle> times = new LinkedHashMap<>();
        textMap(yaml, fields, "time-identifiers", top).forEach((identifier, node) -> {
            String code = yaml.scalar(node, YamlFields.field("time-identifiers", identifier));
            TimePeriodStyle style = code == null ? null : TimePeriodStyle.of(code).orElse(null);
            if (code != null && style == null) {
                problems.add(YamlFields.line(node), YamlFields.field("time-identifiers", identifier), "'" + code
                        + "' is not one of " + TimePeriodStyle.codes());
            }
            times.put(identifier, style);
        });
        Set<GeographicLevel> levels = new LinkedHashSet<>();
        for (Node node : yaml.list(fields, "geographic-levels", "", top)) {
            String label = yaml.scalar(node, "geographic-levels");
            GeographicLevel level = label == null ? null : GeographicLevel.of(label).orElse(null);
            if (label != null && level == null) {
                problems.add(YamlFields.line(node), "geographic-levels", "'" + label + "' is not one of "
                        + GeographicLevel.labels());
            }
            levels.add(level);
        }
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        if (fields.containsKey("filters")) {
            textMap(yaml, fields, "filters", top).forEach((column, node) -> {
                Set<String> values = new LinkedHashSet<>();
                String path = YamlFields.field("filters", column);
                for (Node value : yaml.list(Map.of(column, node), column, "filters", node)) {
                    values.add(yaml.scalar(value, path));
                }
                filters.put(column, values);
            });
        }
        Set<String> measures = new LinkedHashSet<>();
        for (Node node : yaml.list(fields, "measures", "", top)) {
            measures.add(yaml.scalar(node, "measures"));
        }
        List<DfeIndicator> indicators = new ArrayList<>();
        List<Node> listed = yaml.list(fields, "indicators", "", top);
        for (int i = 0; i < listed.size(); i++) {
            String path = "indicators[" + i + "]";
            if (!(listed.get(i) instanceof MappingNode entry)) {
                problems.add(YamlFields.line(listed.get(i)), path, "an indicator is a mapping of "
                        + new TreeSet<>(INDICATOR_KEYS));
                continue;
            }
            indicators.add(indicator(yaml, entry, path, filters, measures, known));
        }
        problems.throwIfAny();
        return new DfeMapping(file.name(), dataset, files, new Provenance(source, publisher, licence, url, false),
                Map.copyOf(times), Set.copyOf(levels), Map.copyOf(filters), Set.copyOf(measures),
                List.copyOf(indicators));
    }

    private static DfeIndicator indicator(YamlFields yaml, MappingNode entry, String path,
                                          Map<String, Set<String>> filters, Set<String> measures, ReferenceData known) {
        ProblemCollector problems = yaml.problems();
        Map<String, Node> fields = yaml.entries(entry, path, INDICATOR_KEYS);
        String id = yaml.text(fields, "id", path, entry, true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(YamlFields.line(fields.get("id")), YamlFields.field(path, "id"), "'" + id
                    + "' is not an indicator id (letters, digits and hyphens)");
        }
        String name = yaml.text(fields, "name", path, entry, true);
        String measure = measureColumn(yaml, fields, "measure", path, entry, measures, true);
        String count = measureColumn(yaml, fields, "count", path, entry, measures, false);
        String denominator = measureColumn(yaml, fields, "denominator", path, entry, measures, false);
        Map<String, String> where = new LinkedHashMap<>();
        if (fields.containsKey("where")) {
            textMap(yaml, fields, "where", entry).forEach((column, node) -> {
                String value = yaml.scalar(node, YamlFields.field(path + ".where", column));
                if (!filters.containsKey(column)) {
                    problems.add(YamlFields.line(node), YamlFields.field(path + ".where", column), "'" + column
                            + "' is not one of the mapping's filters " + filters.keySet());
                } else if (value != null && !filters.get(column).contains(value)) {
                    problems.add(YamlFields.line(node), YamlFields.field(path + ".where", column), "'" + value
                            + "' is not one of the values of filter " + column + " " + filters.get(column));
                }
                if (value != null) {
                    where.put(column, value);
                }
            });
        }
        String by = yaml.text(fields, "by", path, entry, false);
        if (by != null && (!filters.containsKey(by) || where.containsKey(by))) {
            problems.add(YamlFields.line(fields.get("by")), YamlFields.field(path, "by"), "'" + by
                    + "' is not one of the mapping's filters not already selected by where");
        }
        String typeCode = yaml.text(fields, "value-type", path, entry, true);
        ValueType valueType = typeCode == null ? null : ValueType.of(typeCode).orElse(null);
        if (typeCode != null && valueType == null) {
            problems.add(YamlFields.line(fields.get("value-type")), YamlFields.field(path, "value-type"), "'"
                    + typeCode + "' is not one of " + new TreeSet<>(ValueType.codes()));
        }
        String unit = yaml.text(fields, "unit", path, entry, true);
        Integer multiplier = fields.containsKey("multiplier")
                ? yaml.wholeOf(fields.get("multiplier"), YamlFields.field(path, "multiplier"), 1) : null;
        String polarityCode = yaml.text(fields, "polarity", path, entry, true);
        Polarity polarity = polarityCode == null ? null : Arrays.stream(Polarity.values())
                .filter(p -> p.code().equals(polarityCode)).findFirst().orElse(null);
        if (polarityCode != null && polarity == null) {
            problems.add(YamlFields.line(fields.get("polarity")), YamlFields.field(path, "polarity"), "'"
                    + polarityCode + "' is not one of " + Arrays.stream(Polarity.values()).map(Polarity::code)
                    .toList());
        }
        List<String> themes = new ArrayList<>();
        for (Node node : yaml.optionalList(fields, "themes", path)) {
            String theme = yaml.scalar(node, YamlFields.field(path, "themes"));
            if (theme != null) {
                CodeCheck.theme(known, theme).ifPresent(problem -> problems.add(YamlFields.line(node),
                        YamlFields.field(path, "themes"), problem));
                themes.add(theme);
            }
        }
        return new DfeIndicator(id, name, measure, Map.copyOf(where), by, valueType, unit, multiplier, polarity,
                List.copyOf(themes), count, denominator);
    }

    private static String measureColumn(YamlFields yaml, Map<String, Node> fields, String key, String path,
                                        Node entry, Set<String> measures, boolean required) {
        String column = yaml.text(fields, key, path, entry, required);
        if (column != null && !measures.contains(column)) {
            yaml.problems().add(YamlFields.line(fields.get(key)), YamlFields.field(path, key), "'" + column
                    + "' is not one of the mapping's measures");
        }
        return column;
    }

    /** A mapping of names to nodes under {@code key}, required. */
    private static Map<String, Node> textMap(YamlFields yaml, Map<String, Node> fields, String key, Node parent) {
        Node node = fields.get(key);
        if (!(node instanceof MappingNode mapping)) {
            yaml.problems().add(node == null ? YamlFields.line(parent) : YamlFields.line(node), key, key
                    + " must be a mapping");
            return Map.of();
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        mapping.getValue().forEach(t -> {
            String name = yaml.scalar(t.getKeyNode(), key);
            if (name != null && entries.put(name, t.getValueNode()) != null) {
                yaml.problems().add(YamlFields.line(t.getKeyNode()), YamlFields.field(key, name), "'" + name
                        + "' is given twice");
            }
        });
        return entries;
    }
}
