package org.wholeplace.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.wholeplace.period.Period;

/**
 * A panel's result shaped for its kind (dashboard-config/README.md gives each shape), always with {@code table}: the
 * same figures as columns and rows, for the table view of a chart and for its CSV. Figures are passed on as the API
 * gives them (money as its exact decimal string); only a KPI's percentage change is computed here.
 */
final class PanelShapes {

    private PanelShapes() {
    }

    static Map<String, Object> shape(Panel panel, Map<String, Object> result, Map<String, String> filters) {
        PanelMapping m = panel.mapping();
        return switch (panel.kind()) {
            case KPI -> kpi(m, result, panel.units());
            case BAR -> categories(m, result, false);
            case LINE -> categories(m, result, true);
            case TABLE -> table(m, result);
            case HEAT_MAP -> heatMap(m, result);
            case MAP -> map(m, result);
            case SANKEY -> sankey(m, result);
            case SPINE -> spine(m, result, filters);
        };
    }

    private static Map<String, Object> kpi(PanelMapping m, Map<String, Object> result, String units) {
        Object value = Paths.valueAt(result, m.value());
        Object change = m.change() == null ? null : Paths.valueAt(result, m.change());
        BigDecimal percent = percentChange(value, change);
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("value", value);
        shaped.put("change", change);
        shaped.put("changePercent", percent);
        List<Map<String, String>> columns = new ArrayList<>(List.of(column("value", "Figure (" + units + ")")));
        List<Object> row = new ArrayList<>();
        row.add(value);
        if (m.change() != null) {
            columns.add(column("change", "Change from the year before"));
            columns.add(column("changePercent", "Change (%)"));
            row.add(change);
            row.add(percent);
        }
        shaped.put("table", table(columns, List.of(row)));
        return shaped;
    }

    /** change ÷ (value − change) × 100, to two places; null without both figures or from nothing. */
    private static BigDecimal percentChange(Object value, Object change) {
        BigDecimal now = number(value);
        BigDecimal by = number(change);
        if (now == null || by == null || now.subtract(by).signum() == 0) {
            return null;
        }
        return by.multiply(BigDecimal.valueOf(100)).divide(now.subtract(by), MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Bar and line: categories along x, a series per y (or per value of series). A line's categories that are all
     * periods run in time order, whatever order the rows came in.
     */
    private static Map<String, Object> categories(PanelMapping m, Map<String, Object> result, boolean inTime) {
        List<?> rows = Paths.listAt(result, m.rows());
        List<Object> found = new ArrayList<>(rows.stream().map(r -> Paths.valueAt(r, m.x())).distinct().toList());
        if (inTime && found.stream().allMatch(c -> c != null && Period.parse(String.valueOf(c)).isPresent())) {
            found.sort(Comparator.comparing(c -> Period.parse(String.valueOf(c)).orElseThrow()));
        }
        Set<Object> along = new LinkedHashSet<>(found);
        Map<String, Map<Object, Object>> series = new LinkedHashMap<>();
        for (Object row : rows) {
            Object x = Paths.valueAt(row, m.x());
            if (m.series() != null) {
                String name = String.valueOf(Paths.valueAt(row, m.series()));
                series.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(x, Paths.valueAt(row, m.y().getFirst()));
            } else {
                for (String y : m.y()) {
                    series.computeIfAbsent(m.labelOf(y), k -> new LinkedHashMap<>()).put(x, Paths.valueAt(row, y));
                }
            }
        }
        List<Map<String, Object>> seriesList = new ArrayList<>();
        series.forEach((name, values) -> seriesList.add(Map.of("name", name,
                "values", along.stream().map(values::get).toList())));
        List<Map<String, String>> columns = new ArrayList<>(List.of(column("category", m.labelOf(m.x()))));
        series.keySet().forEach(name -> columns.add(column(name, name)));
        List<List<Object>> tableRows = new ArrayList<>();
        for (Object category : along) {
            List<Object> row = new ArrayList<>();
            row.add(category);
            series.values().forEach(values -> row.add(values.get(category)));
            tableRows.add(row);
        }
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("categories", along.stream().map(c -> c == null ? "" : c).toList());
        shaped.put("series", seriesList);
        shaped.put("table", table(columns, tableRows));
        return shaped;
    }

    private static Map<String, Object> table(PanelMapping m, Map<String, Object> result) {
        List<Map<String, String>> columns = m.columns().stream().map(c -> column(c.field(), c.label())).toList();
        List<List<Object>> rows = Paths.listAt(result, m.rows()).stream()
                .map(r -> m.columns().stream().map(c -> Paths.valueAt(r, c.field())).toList()).toList();
        return Map.of("table", table(columns, rows));
    }

    private static Map<String, Object> heatMap(PanelMapping m, Map<String, Object> result) {
        List<?> rows = Paths.listAt(result, m.rows());
        List<Object> xs = new ArrayList<>(rows.stream().map(r -> Paths.valueAt(r, m.x())).distinct().toList());
        String y = m.y().getFirst();
        List<Object> ys = new ArrayList<>(rows.stream().map(r -> Paths.valueAt(r, y)).distinct().toList());
        List<List<Object>> cells = new ArrayList<>();
        List<List<Object>> tableRows = new ArrayList<>();
        for (Object row : rows) {
            Object x = Paths.valueAt(row, m.x());
            Object yValue = Paths.valueAt(row, y);
            Object value = Paths.valueAt(row, m.value());
            cells.add(Arrays.asList(xs.indexOf(x), ys.indexOf(yValue), value));
            tableRows.add(Arrays.asList(x, yValue, value));
        }
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("x", xs);
        shaped.put("y", ys);
        shaped.put("cells", cells);
        shaped.put("table", table(List.of(column("x", m.labelOf(m.x())), column("y", m.labelOf(y)),
                column("value", m.labelOf(m.value()))), tableRows));
        return shaped;
    }

    private static Map<String, Object> map(PanelMapping m, Map<String, Object> result) {
        List<Map<String, Object>> areas = new ArrayList<>();
        List<List<Object>> tableRows = new ArrayList<>();
        for (Object row : Paths.listAt(result, m.rows())) {
            Map<String, Object> area = new LinkedHashMap<>();
            area.put("code", Paths.valueAt(row, m.code()));
            area.put("name", Paths.valueAt(row, m.label()));
            area.put("value", Paths.valueAt(row, m.value()));
            areas.add(area);
            tableRows.add(new ArrayList<>(area.values()));
        }
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("areas", areas);
        shaped.put("table", table(List.of(column("code", "ONS code"), column("name", m.labelOf(m.label())),
                column("value", m.labelOf(m.value()))), tableRows));
        return shaped;
    }

    private static Map<String, Object> sankey(PanelMapping m, Map<String, Object> result) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        Map<Object, Object> names = new LinkedHashMap<>();
        for (Object node : Paths.listAt(result, m.nodes())) {
            names.put(Paths.valueAt(node, "id"), Paths.valueAt(node, "name"));
            nodes.add(Map.of("id", String.valueOf(Paths.valueAt(node, "id")),
                    "name", String.valueOf(Paths.valueAt(node, "name"))));
        }
        List<Map<String, Object>> links = new ArrayList<>();
        List<List<Object>> tableRows = new ArrayList<>();
        for (Object link : Paths.listAt(result, m.links())) {
            Object source = Paths.valueAt(link, "source");
            Object target = Paths.valueAt(link, "target");
            Object value = Paths.valueAt(link, "value");
            links.add(Map.of("source", String.valueOf(source), "target", String.valueOf(target),
                    "value", String.valueOf(value)));
            tableRows.add(Arrays.asList(names.get(source), names.get(target), value));
        }
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("nodes", nodes);
        shaped.put("links", links);
        shaped.put("table", table(List.of(column("source", "From"), column("target", "To"),
                column("value", m.labelOf("value"))), tableRows));
        return shaped;
    }

    /**
     * A spine row an indicator: the subject place's latest value with its interval, the benchmarks' values in the
     * same period, and the lowest and highest value among the other places the document asked for.
     */
    private static Map<String, Object> spine(PanelMapping m, Map<String, Object> result, Map<String, String> filters) {
        String subject = filters.get(m.subject());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<List<Object>> tableRows = new ArrayList<>();
        for (Object row : Paths.listAt(result, m.rows())) {
            List<?> values = Paths.listAt(row, m.values());
            Object latest = values.stream()
                    .filter(v -> Objects.equals(Paths.valueAt(v, m.code()), subject))
                    .filter(v -> Paths.valueAt(v, m.value()) != null)
                    .max(Comparator.comparing(v -> period(Paths.valueAt(v, m.period()))))
                    .orElse(null);
            Map<String, Object> shaped = new LinkedHashMap<>();
            shaped.put("label", Paths.valueAt(row, m.label()));
            List<Object> tableRow = new ArrayList<>();
            tableRow.add(shaped.get("label"));
            if (latest == null) {
                shaped.put("period", null);
                tableRow.addAll(Collections.nCopies(4 + m.benchmarks().size() + 2, null));
            } else {
                Object at = Paths.valueAt(latest, m.period());
                shaped.put("period", at);
                shaped.put("value", Paths.valueAt(latest, m.value()));
                shaped.put("lower", m.lower() == null ? null : Paths.valueAt(latest, m.lower()));
                shaped.put("upper", m.upper() == null ? null : Paths.valueAt(latest, m.upper()));
                Map<String, Object> benchmarks = new LinkedHashMap<>();
                m.benchmarks().forEach((label, code) -> benchmarks.put(label, values.stream()
                        .filter(v -> Objects.equals(Paths.valueAt(v, m.code()), code)
                                && Objects.equals(Paths.valueAt(v, m.period()), at))
                        .map(v -> Paths.valueAt(v, m.value())).filter(Objects::nonNull).findFirst().orElse(null)));
                shaped.put("benchmarks", benchmarks);
                TreeSet<Double> others = new TreeSet<>();
                values.stream().filter(v -> Objects.equals(Paths.valueAt(v, m.period()), at))
                        .filter(v -> !m.benchmarks().containsValue(String.valueOf(Paths.valueAt(v, m.code()))))
                        .map(v -> Paths.valueAt(v, m.value())).filter(v -> v instanceof Number)
                        .forEach(v -> others.add(((Number) v).doubleValue()));
                shaped.put("min", others.isEmpty() ? null : others.first());
                shaped.put("max", others.isEmpty() ? null : others.last());
                tableRow.addAll(Arrays.asList(at, shaped.get("value"), shaped.get("lower"),
                        shaped.get("upper")));
                tableRow.addAll(benchmarks.values());
                tableRow.add(shaped.get("min"));
                tableRow.add(shaped.get("max"));
            }
            rows.add(shaped);
            tableRows.add(tableRow);
        }
        List<Map<String, String>> columns = new ArrayList<>(List.of(column("label", "Indicator"),
                column("period", "Period"), column("value", "Value"), column("lower", "Lower 95%"),
                column("upper", "Upper 95%")));
        m.benchmarks().keySet().forEach(label -> columns.add(column(label, label)));
        columns.add(column("min", "Lowest of the places"));
        columns.add(column("max", "Highest of the places"));
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("subject", subject);
        shaped.put("benchmarks", List.copyOf(m.benchmarks().keySet()));
        shaped.put("rows", rows);
        shaped.put("table", table(columns, tableRows));
        return shaped;
    }

    private static Period period(Object label) {
        return Period.parse(String.valueOf(label)).orElse(Period.parse("1900").orElseThrow());
    }

    private static Map<String, String> column(String key, String label) {
        return Map.of("key", key, "label", label);
    }

    /** Columns and rows; a cell that is a list or an object (a programme's places) reads as its values joined. */
    private static Map<String, Object> table(List<Map<String, String>> columns, List<? extends List<Object>> rows) {
        List<List<Object>> cells = rows.stream().map(row -> row.stream().map(PanelShapes::cell).toList()).toList();
        return Map.of("columns", columns, "rows", cells);
    }

    private static Object cell(Object value) {
        return switch (value) {
            case List<?> list -> list.stream().map(PanelShapes::cell).map(String::valueOf)
                    .collect(Collectors.joining("; "));
            case Map<?, ?> map -> map.values().stream().map(PanelShapes::cell).map(String::valueOf)
                    .collect(Collectors.joining(" "));
            case null, default -> value;
        };
    }

    static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
