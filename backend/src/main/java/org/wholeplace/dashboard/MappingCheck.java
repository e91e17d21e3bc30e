package org.wholeplace.dashboard;

import java.util.List;

/**
 * The paths of a panel's mapping resolved against what its document selects, each that does not resolve a problem:
 * a mistyped field is found when the file is read, not when a chart comes up empty. Each kind of
 * {@link PanelMapping} says which of its paths start from the top of the result and which within a row.
 */
final class MappingCheck {

    private final List<PanelDocument.Problem> problems;

    MappingCheck(List<PanelDocument.Problem> problems) {
        this.problems = problems;
    }

    /** The selection of the list at the path, which must select fields of its own; null when it does not resolve. */
    PanelDocument.Selected list(PanelDocument.Selected from, String path, String key) {
        PanelDocument.Selected found = resolve(from, path, key);
        if (found != null && found.leaf()) {
            problems.add(new PanelDocument.Problem(0, key + " '" + path + "' selects no fields of its own"));
            return null;
        }
        return found;
    }

    /** A field the path names (nothing to check when the path is left out, or what it is within did not resolve). */
    void field(PanelDocument.Selected from, String path, String key) {
        resolve(from, path, key);
    }

    private PanelDocument.Selected resolve(PanelDocument.Selected from, String path, String key) {
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
