package org.wholeplace.provenance;

import java.time.OffsetDateTime;

/**
 * A batch as the import service records it before any of its rows are written: the rows point to it. What it holds
 * ({@link BatchContents}) is recorded once they are in.
 */
public record NewBatch(ImportKind kind, Provenance provenance, String fileName, String sha256,
                       OffsetDateTime startedAt, String loadedBy) {
}
