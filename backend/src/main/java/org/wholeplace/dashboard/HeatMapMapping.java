package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A heat map: a row of the result a cell, at its {@code x} and {@code y} categories, coloured by its {@code value}.
 * Shaped as {@code {x, y, cells}}, a cell being [index along x, index along y, value].
 */
record HeatMapMapping(String rows, String x, String y, String value, FieldLabels labels) implements PanelMapping {

    static HeatMapMapping read(MappingFields m) {
        return new HeatMapMapping(m.text("rows"), m.text("x"), m.text("y"), m.text("value"), m.labels());
    }

    @Override
    public PanelKind kind() {
        return PanelKind.HEAT_MAP;
    }

    @Override
    public void check(PanelDocument.Selected top, MappingCheck check) {
        PanelDocument.Selected row = check.list(top, rows, "mapping.rows");
        check.field(row, x, "mapping.x");
        check.field(row, value, "mapping.value");
        check.field(row, y, "mapping.y");
    }

    @Override
    public Map<String, Object> shape(Map<String, Object> result, Map<String, String> filters, String units) {
        List<?> items = Paths.listAt(result, rows);
        List<Object> xs = new ArrayList<>(items.stream().map(r -> Paths.valueAt(r, x)).distinct().toList());
        List<Object> ys = new ArrayList<>(items.stream().map(r -> Paths.valueAt(r, y)).distinct().toList());
        List<List<Object>> cells = new ArrayList<>();
        List<List<Object>> tableRows = new ArrayList<>();
        for (Object row : items) {
            Object xValue = Paths.valueAt(row, x);
            Object yValue = Paths.valueAt(row, y);
            Object cell = Paths.valueAt(row, value);
            cells.add(Arrays.asList(xs.indexOf(xValue), ys.indexOf(yValue), cell));
            tableRows.add(Arrays.asList(xValue, yValue, cell));
        }
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("x", xs);
        shaped.put("y", ys);
        shaped.put("cells", cells);
        shaped.put("table", PanelTable.of(List.of(PanelTable.column("x", labels.of(x)),
                PanelTable.column("y", labels.of(y)), PanelTable.column("value", labels.of(value))), tableRows));
        return shaped;
    }
}
