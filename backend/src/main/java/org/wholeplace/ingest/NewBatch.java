package org.wholeplace.ingest;

import java.time.OffsetDateTime;

/**
 * What an importer states about the batch it is writing. The database gives it its id; the pipeline its place among
 * versions; {@link ImportBatchRepository#finish} the counts, period and source key known only once the rows are in.
 */
record NewBatch(String kind, Provenance provenance, String period, String fileName, String sha256, int rowsRead,
                int rowsLoaded, String notes, OffsetDateTime startedAt, String loadedBy, String sourceKey) {
}
