package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Every field a panel's mapping names must be one its document selects: rows, nodes, links and a KPI's value and
 * change from the top of the result; the others within a row (a spine's code, value, limits and period within a
 * row's values). A mistyped field is found when the file is read, not when a chart comes up empty.
 */
final class MappingCheck {

    /** A path of the mapping and the key it is given under. */
    private record Named(String path, String key) {
    }

    private MappingCheck() {
    }

    static void check(PanelKind kind, PanelMapping m, PanelDocument.Selected top,
                      List<PanelDocument.Problem> problems) {
        switch (kind) {
            case KPI -> {
                leaf(top, m.value(), "mapping.value", problems);
                leaf(top, m.change(), "mapping.change", problems);
            }
            case SANKEY -> {
                PanelDocument.Selected nodes = list(top, m.nodes(), "mapping.nodes", problems);
                PanelDocument.Selected links = list(top, m.links(), "mapping.links", problems);
                for (String field : List.of("id", "name")) {
                    leaf(nodes, field, "mapping.nodes (" + field + ")", problems);
                }
                for (String field : List.of("source", "target", "value")) {
                    leaf(links, field, "mapping.links (" + field + ")", problems);
                }
            }
            case SPINE -> {
                PanelDocument.Selected rows = list(top, m.rows(), "mapping.rows", problems);
                leaf(rows, m.label(), "mapping.label", problems);
                PanelDocument.Selected values = list(rows, m.values(), "mapping.values", problems);
                for (Named field : List.of(new Named(m.code(), "code"), new Named(m.value(), "value"),
                        new Named(m.lower(), "lower"), new Named(m.upper(), "upper"),
                        new Named(m.period(), "period"))) {
                    leaf(values, field.path(), "mapping." + field.key(), problems);
                }
            }
            default -> {
                PanelDocument.Selected rows = list(top, m.rows(), "mapping.rows", problems);
                List<Named> fields = new ArrayList<>(List.of(new Named(m.x(), "x"), new Named(m.series(), "series"),
                        new Named(m.value(), "value"), new Named(m.label(), "label"), new Named(m.code(), "code")));
                m.y().forEach(y -> fields.add(new Named(y, "y")));
                m.columns().forEach(c -> fields.add(new Named(c.field(), "columns")));
                for (Named field : fields) {
                    leaf(rows, field.path(), "mapping." + field.key(), problems);
                }
            }
        }
    }

    /** The selection of the list at the path, which must select fields of its own. */
    private static PanelDocument.Selected list(PanelDocument.Selected from, String path, String key,
                                               List<PanelDocument.Problem> problems) {
        PanelDocument.Selected found = resolve(from, path, key, problems);
        if (found != null && found.leaf()) {
            problems.add(new PanelDocument.Problem(0, key + " '" + path + "' selects no fields of its own"));
            return null;
        }
        return found;
    }

    private static void leaf(PanelDocument.Selected from, String path, String key,
                             List<PanelDocument.Problem> problems) {
        resolve(from, path, key, problems);
    }

    private static PanelDocument.Selected resolve(PanelDocument.Selected from, String path, String key,
                                                  List<PanelDocument.Problem> problems) {
        if (path == null || from == null) {
            return null;
        }
        PanelDocument.Selected at = from;
        for (Paths.Step step : Paths.steps(path)) {
            at = at.fields().get(step.field());
            if (at == null) {
                problems.add(new PanelDocument.Problem(0, key + " '" + path + "' names a field the document does "
                        + "not select ('" + step.field() + "')"));
                return null;
            }
        }
        return at;
    }
}
