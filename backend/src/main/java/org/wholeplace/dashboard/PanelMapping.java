package org.wholeplace.dashboard;

import java.util.Map;

/**
 * Where a panel's figures are in its result (dashboard-config/README.md), one record a kind of panel. Each checks
 * its own paths against what the panel's document selects, and shapes a result for its kind, always with
 * {@code table}: the same figures as columns and rows, for the table view of a chart and for its CSV. Figures are
 * passed on as the API gives them (money as its exact decimal string).
 */
sealed interface PanelMapping permits KpiMapping, BarMapping, LineMapping, TableMapping, HeatMapMapping,
        MapMapping, SankeyMapping, SpineMapping {

    PanelKind kind();

    /** Every path the mapping names must be one the document selects; problems for those that are not. */
    void check(PanelDocument.Selected top, MappingCheck check);

    /**
     * The result shaped for the kind.
     *
     * @param filters every filter's value the panel ran with
     * @param units   what the figures are in
     */
    Map<String, Object> shape(Map<String, Object> result, Map<String, String> filters, String units);

    /** The dashboard filters the mapping names, by its key naming each (a spine's subject): they must exist. */
    default Map<String, String> filtersNamed() {
        return Map.of();
    }
}
