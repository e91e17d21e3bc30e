package org.wholeplace.ingest;

import java.time.OffsetDateTime;

/** Provenance of a set of facts: one file, as loaded. */
public record ImportBatch(long id, String kind, String source, String publisher, String licence, String url,
                          String period, String fileName, String sha256, int rowsRead, int rowsLoaded,
                          boolean synthetic, String notes, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                          String loadedBy) {
}
