package org.wholeplace.dashboard;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code table} of every shaped panel: columns (a key and a heading each) and rows, for the table view of a chart
 * and for its CSV. A cell that is a list or an object (a programme's places) reads as its values joined.
 */
final class PanelTable {

    private PanelTable() {
    }

    static Map<String, String> column(String key, String label) {
        return Map.of("key", key, "label", label);
    }

    static Map<String, Object> of(List<Map<String, String>> columns, List<? extends List<Object>> rows) {
        List<List<Object>> cells = rows.stream().map(row -> row.stream().map(PanelTable::cell).toList()).toList();
        return Map.of("columns", columns, "rows", cells);
    }

    private static Object cell(Object value) {
        return switch (value) {
            case List<?> list -> list.stream().map(PanelTable::cell).map(String::valueOf)
                    .collect(Collectors.joining("; "));
            case Map<?, ?> map -> map.values().stream().map(PanelTable::cell).map(String::valueOf)
                    .collect(Collectors.joining(" "));
            case null, default -> value;
        };
    }
}
