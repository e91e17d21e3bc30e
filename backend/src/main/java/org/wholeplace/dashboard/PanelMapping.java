package org.wholeplace.dashboard;

import java.util.List;
import java.util.Map;

/**
 * Where a panel's figures are in its result (dashboard-config/README.md). {@code rows}, {@code nodes}, {@code links},
 * {@code value} and {@code change} of a KPI are paths from the top of the result ({@code spend.rows},
 * {@code spend.rows[0].total}); the others are paths within a row, or for a spine within a row's {@code values}.
 * A field the file leaves out is null (or empty).
 */
public record PanelMapping(String rows, String x, List<String> y, String series, String value, String change,
                           String label, String code, String lower, String upper, String period, String values,
                           String nodes, String links, String subject, Map<String, String> benchmarks,
                           Map<String, String> labels, List<Column> columns) {

    /** A column of a table panel: a path within a row, and its heading. */
    public record Column(String field, String label) {
    }

    /** What a field is called in a legend or heading: as labelled, or its name in words. */
    public String labelOf(String path) {
        return labels.getOrDefault(path, Paths.humanName(path));
    }
}
