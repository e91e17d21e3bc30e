package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A choropleth of the boroughs: a row of the result an area, found on the map by its ONS {@code code}. Shaped as
 * {@code {areas}}, each with its code, name and value.
 */
record MapMapping(String rows, String code, String label, String value, FieldLabels labels)
        implements PanelMapping {

    static MapMapping read(MappingFields m) {
        return new MapMapping(m.text("rows"), m.text("code"), m.text("label"), m.text("value"), m.labels());
    }

    @Override
    public PanelKind kind() {
        return PanelKind.MAP;
    }

    @Override
    public void check(PanelDocument.Selected top, MappingCheck check) {
        PanelDocument.Selected row = check.list(top, rows, "mapping.rows");
        check.field(row, value, "mapping.value");
        check.field(row, label, "mapping.label");
        check.field(row, code, "mapping.code");
    }

    @Override
    public Map<String, Object> shape(Map<String, Object> result, Map<String, String> filters, String units) {
        List<Map<String, Object>> areas = new ArrayList<>();
        List<List<Object>> tableRows = new ArrayList<>();
        for (Object row : Paths.listAt(result, rows)) {
            Map<String, Object> area = new LinkedHashMap<>();
            area.put("code", Paths.valueAt(row, code));
            area.put("name", Paths.valueAt(row, label));
            area.put("value", Paths.valueAt(row, value));
            areas.add(area);
            tableRows.add(new ArrayList<>(area.values()));
        }
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("areas", areas);
        shaped.put("table", PanelTable.of(List.of(PanelTable.column("code", "ONS code"),
                PanelTable.column("name", labels.of(label)), PanelTable.column("value", labels.of(value))),
                tableRows));
        return shaped;
    }
}
