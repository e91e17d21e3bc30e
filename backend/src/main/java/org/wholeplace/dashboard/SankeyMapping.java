package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flows (a Sankey): {@code nodes}, each with its id and name, and {@code links}, each with its source, target and
 * value, both lists from the top of the result. Shaped as {@code {nodes, links}}, ids and values as text.
 */
record SankeyMapping(String nodes, String links, FieldLabels labels) implements PanelMapping {

    static SankeyMapping read(MappingFields m) {
        return new SankeyMapping(m.text("nodes"), m.text("links"), m.labels());
    }

    @Override
    public PanelKind kind() {
        return PanelKind.SANKEY;
    }

    @Override
    public void check(PanelDocument.Selected top, MappingCheck check) {
        PanelDocument.Selected node = check.list(top, nodes, "mapping.nodes");
        PanelDocument.Selected link = check.list(top, links, "mapping.links");
        for (String field : List.of("id", "name")) {
            check.field(node, field, "mapping.nodes (" + field + ")");
        }
        for (String field : List.of("source", "target", "value")) {
            check.field(link, field, "mapping.links (" + field + ")");
        }
    }

    @Override
    public Map<String, Object> shape(Map<String, Object> result, Map<String, String> filters, String units) {
        List<Map<String, Object>> shapedNodes = new ArrayList<>();
        Map<Object, Object> names = new LinkedHashMap<>();
        for (Object node : Paths.listAt(result, nodes)) {
            names.put(Paths.valueAt(node, "id"), Paths.valueAt(node, "name"));
            shapedNodes.add(Map.of("id", String.valueOf(Paths.valueAt(node, "id")),
                    "name", String.valueOf(Paths.valueAt(node, "name"))));
        }
        List<Map<String, Object>> shapedLinks = new ArrayList<>();
        List<List<Object>> tableRows = new ArrayList<>();
        for (Object link : Paths.listAt(result, links)) {
            Object source = Paths.valueAt(link, "source");
            Object target = Paths.valueAt(link, "target");
            Object value = Paths.valueAt(link, "value");
            shapedLinks.add(Map.of("source", String.valueOf(source), "target", String.valueOf(target),
                    "value", String.valueOf(value)));
            tableRows.add(Arrays.asList(names.get(source), names.get(target), value));
        }
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("nodes", shapedNodes);
        shaped.put("links", shapedLinks);
        shaped.put("table", PanelTable.of(List.of(PanelTable.column("source", "From"),
                PanelTable.column("target", "To"), PanelTable.column("value", labels.of("value"))), tableRows));
        return shaped;
    }
}
