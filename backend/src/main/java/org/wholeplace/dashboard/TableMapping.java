package org.wholeplace.dashboard;

import java.util.List;
import java.util.Map;

/** A table: a row of the result a row, its columns paths within a row, each with its heading. */
record TableMapping(String rows, List<Column> columns) implements PanelMapping {

    /** A column: a path within a row, and its heading. */
    record Column(String field, String label) {
    }

    static TableMapping read(MappingFields m) {
        return new TableMapping(m.text("rows"), m.items("columns").stream()
                .map(c -> new Column(c.text("field"), c.text("label"))).toList());
    }

    @Override
    public PanelKind kind() {
        return PanelKind.TABLE;
    }

    @Override
    public void check(PanelDocument.Selected top, MappingCheck check) {
        PanelDocument.Selected row = check.list(top, rows, "mapping.rows");
        columns.forEach(c -> check.field(row, c.field(), "mapping.columns"));
    }

    @Override
    public Map<String, Object> shape(Map<String, Object> result, Map<String, String> filters, String units) {
        List<Map<String, String>> headings = columns.stream().map(c -> PanelTable.column(c.field(), c.label()))
                .toList();
        List<List<Object>> cells = Paths.listAt(result, rows).stream()
                .map(r -> columns.stream().map(c -> Paths.valueAt(r, c.field())).toList()).toList();
        return Map.of("table", PanelTable.of(headings, cells));
    }
}
