package org.wholeplace.dashboard;

import java.util.Map;
import java.util.Set;

import org.wholeplace.provenance.ImportKind;

/**
 * A panel of a dashboard: its GraphQL document (persisted: clients name the panel, never send the text), the
 * filters bound to the document's variables, and how the result maps to the panel's kind.
 *
 * @param dashboardId the dashboard it is a panel of
 * @param variables each variable of the document, by the name of the filter whose value it takes
 * @param reads     the kinds of import its figures come from: an import of one of them changes the panel
 */
public record Panel(String dashboardId, String id, String title, String document, Map<String, String> variables,
                    PanelMapping mapping, String units, String source, Set<ImportKind> reads) {

    public PanelKind kind() {
        return mapping.kind();
    }

    /** The result shaped for the panel's kind, with the filter values it ran with. */
    Map<String, Object> shape(Map<String, Object> result, Map<String, String> filters) {
        return mapping.shape(result, filters, units);
    }
}
