package org.wholeplace.dashboard;

import java.util.List;

/**
 * A control of a dashboard, whose value panels bind to their documents' variables.
 *
 * @param defaultValue the value when none is given
 * @param options      the allowed values as the file lists them; empty: what the data holds for the kind
 */
public record DashboardFilter(String name, FilterKind kind, String label, String defaultValue,
                              List<FilterOption> options) {
}
