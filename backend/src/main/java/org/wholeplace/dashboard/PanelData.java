package org.wholeplace.dashboard;

import java.util.List;
import java.util.Map;

/**
 * A panel's figures for the filters it ran with.
 *
 * @param filters  every filter's value: as asked, or the dashboard's default
 * @param values   the result shaped for the panel's kind
 * @param batchIds the import batches the figures rest on
 * @param warnings what the figures come with a warning of: every distinct message of the result's warnings
 */
public record PanelData(Map<String, String> filters, Map<String, Object> values, List<Long> batchIds,
                        List<String> warnings) {
}
