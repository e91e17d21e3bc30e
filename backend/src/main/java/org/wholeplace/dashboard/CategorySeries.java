package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.wholeplace.period.Period;

/**
 * What bar and line panels have in common: categories along x, a series per y (or per value of series), shaped as
 * {@code {categories, series}}.
 *
 * @param inTime whether categories that are all periods run in time order, whatever order the rows came in
 */
record CategorySeries(String rows, String x, List<String> y, String series, FieldLabels labels, boolean inTime) {

    void check(PanelDocument.Selected top, MappingCheck check) {
        PanelDocument.Selected row = check.list(top, rows, "mapping.rows");
        check.field(row, x, "mapping.x");
        check.field(row, series, "mapping.series");
        y.forEach(path -> check.field(row, path, "mapping.y"));
    }

    Map<String, Object> shape(Map<String, Object> result) {
        List<?> items = Paths.listAt(result, rows);
        List<Object> found = new ArrayList<>(items.stream().map(r -> Paths.valueAt(r, x)).distinct().toList());
        if (inTime) {
            // each category parsed once, and sorted by its period when every one is a period
            Map<Object, Period> periods = new HashMap<>();
            found.stream().filter(Objects::nonNull).forEach(c -> Period.parse(String.valueOf(c))
                    .ifPresent(period -> periods.put(c, period)));
            if (periods.size() == found.size()) {
                found.sort(Comparator.comparing(periods::get));
            }
        }
        Set<Object> along = new LinkedHashSet<>(found);
        Map<String, Map<Object, Object>> named = new LinkedHashMap<>();
        for (Object row : items) {
            Object category = Paths.valueAt(row, x);
            if (series != null) {
                String name = String.valueOf(Paths.valueAt(row, series));
                named.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(category, Paths.valueAt(row,
                        y.getFirst()));
            } else {
                for (String path : y) {
                    named.computeIfAbsent(labels.of(path), k -> new LinkedHashMap<>()).put(category,
                            Paths.valueAt(row, path));
                }
            }
        }
        List<Map<String, Object>> seriesList = new ArrayList<>();
        named.forEach((name, values) -> seriesList.add(Map.of("name", name,
                "values", along.stream().map(values::get).toList())));
        List<Map<String, String>> columns = new ArrayList<>(List.of(PanelTable.column("category", labels.of(x))));
        named.keySet().forEach(name -> columns.add(PanelTable.column(name, name)));
        List<List<Object>> tableRows = new ArrayList<>();
        for (Object category : along) {
            List<Object> row = new ArrayList<>();
            row.add(category);
            named.values().forEach(values -> row.add(values.get(category)));
            tableRows.add(row);
        }
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("categories", along.stream().map(c -> c == null ? "" : c).toList());
        shaped.put("series", seriesList);
        shaped.put("table", PanelTable.of(columns, tableRows));
        return shaped;
    }
}
