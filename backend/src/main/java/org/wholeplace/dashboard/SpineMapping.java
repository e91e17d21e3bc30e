package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.wholeplace.period.Period;

/**
 * Fingertips' spine chart: a row of the result an indicator ({@code label}), its observations ({@code values},
 * within the row), each with a place {@code code}, {@code value}, interval ({@code lower}, {@code upper}) and
 * {@code period}. The place shown is the value of the filter {@code subject}; {@code benchmarks} are the places it is
 * compared with, by label ({England: E92000001}).
 */
record SpineMapping(String rows, String label, String values, String code, String value, String lower,
                    String upper, String period, String subject, Map<String, String> benchmarks)
        implements PanelMapping {

    SpineMapping {
        benchmarks = Collections.unmodifiableMap(new LinkedHashMap<>(benchmarks));
    }

    static SpineMapping read(MappingFields m) {
        return new SpineMapping(m.text("rows"), m.text("label"), m.text("values"), m.text("code"), m.text("value"),
                m.text("lower"), m.text("upper"), m.text("period"), m.text("subject"), m.strings("benchmarks"));
    }

    @Override
    public PanelKind kind() {
        return PanelKind.SPINE;
    }

    @Override
    public Map<String, String> filtersNamed() {
        return Map.of("subject", subject);
    }

    @Override
    public void check(PanelDocument.Selected top, MappingCheck check) {
        PanelDocument.Selected row = check.list(top, rows, "mapping.rows");
        check.field(row, label, "mapping.label");
        PanelDocument.Selected observation = check.list(row, values, "mapping.values");
        check.field(observation, code, "mapping.code");
        check.field(observation, value, "mapping.value");
        check.field(observation, lower, "mapping.lower");
        check.field(observation, upper, "mapping.upper");
        check.field(observation, period, "mapping.period");
    }

    /**
     * A row an indicator: the subject place's latest value with its interval, the benchmarks' values in the same
     * period, and the lowest and highest value among the other places the document asked for.
     */
    @Override
    public Map<String, Object> shape(Map<String, Object> result, Map<String, String> filters, String units) {
        String place = filters.get(subject);
        List<Map<String, Object>> shapedRows = new ArrayList<>();
        List<List<Object>> tableRows = new ArrayList<>();
        for (Object row : Paths.listAt(result, rows)) {
            List<?> observations = Paths.listAt(row, values);
            Object latest = observations.stream()
                    .filter(v -> Objects.equals(Paths.valueAt(v, code), place))
                    .filter(v -> Paths.valueAt(v, value) != null)
                    .max(Comparator.comparing(v -> period(Paths.valueAt(v, period))))
                    .orElse(null);
            Map<String, Object> shaped = new LinkedHashMap<>();
            shaped.put("label", Paths.valueAt(row, label));
            List<Object> tableRow = new ArrayList<>();
            tableRow.add(shaped.get("label"));
            if (latest == null) {
                shaped.put("period", null);
                tableRow.addAll(Collections.nCopies(4 + benchmarks.size() + 2, null));
            } else {
                Object at = Paths.valueAt(latest, period);
                shaped.put("period", at);
                shaped.put("value", Paths.valueAt(latest, value));
                shaped.put("lower", lower == null ? null : Paths.valueAt(latest, lower));
                shaped.put("upper", upper == null ? null : Paths.valueAt(latest, upper));
                Map<String, Object> compared = new LinkedHashMap<>();
                benchmarks.forEach((name, benchmark) -> compared.put(name, observations.stream()
                        .filter(v -> Objects.equals(Paths.valueAt(v, code), benchmark)
                                && Objects.equals(Paths.valueAt(v, period), at))
                        .map(v -> Paths.valueAt(v, value)).filter(Objects::nonNull).findFirst().orElse(null)));
                shaped.put("benchmarks", compared);
                TreeSet<Double> others = new TreeSet<>();
                observations.stream().filter(v -> Objects.equals(Paths.valueAt(v, period), at))
                        .filter(v -> !benchmarks.containsValue(String.valueOf(Paths.valueAt(v, code))))
                        .map(v -> Paths.valueAt(v, value)).filter(v -> v instanceof Number)
                        .forEach(v -> others.add(((Number) v).doubleValue()));
                shaped.put("min", others.isEmpty() ? null : others.first());
                shaped.put("max", others.isEmpty() ? null : others.last());
                tableRow.addAll(Arrays.asList(at, shaped.get("value"), shaped.get("lower"), shaped.get("upper")));
                tableRow.addAll(compared.values());
                tableRow.add(shaped.get("min"));
                tableRow.add(shaped.get("max"));
            }
            shapedRows.add(shaped);
            tableRows.add(tableRow);
        }
        List<Map<String, String>> columns = new ArrayList<>(List.of(PanelTable.column("label", "Indicator"),
                PanelTable.column("period", "Period"), PanelTable.column("value", "Value"),
                PanelTable.column("lower", "Lower 95%"), PanelTable.column("upper", "Upper 95%")));
        benchmarks.keySet().forEach(name -> columns.add(PanelTable.column(name, name)));
        columns.add(PanelTable.column("min", "Lowest of the places"));
        columns.add(PanelTable.column("max", "Highest of the places"));
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("subject", place);
        shaped.put("benchmarks", List.copyOf(benchmarks.keySet()));
        shaped.put("rows", shapedRows);
        shaped.put("table", PanelTable.of(columns, tableRows));
        return shaped;
    }

    /** Where a label that does not read as a period sorts: before every other. */
    private static final Period BEFORE_ALL = Period.parse("1900").orElseThrow();

    /** An observation's period; one that does not read as a period comes before every other. */
    private static Period period(Object label) {
        return Period.parse(String.valueOf(label)).orElse(BEFORE_ALL);
    }
}
