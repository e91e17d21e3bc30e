package org.wholeplace.dashboard;

import java.time.OffsetDateTime;

/**
 * Something that changes a dashboard's figures or form.
 *
 * @param reason  import: a batch its panels read from committed; definition: its file changed; refresh: imports
 *                may have committed unseen
 * @param batchId the batch of an import; null otherwise
 */
public record DashboardChange(String dashboardId, String reason, Long batchId, OffsetDateTime at) {
}
