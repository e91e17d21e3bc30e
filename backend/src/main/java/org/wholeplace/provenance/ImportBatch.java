package org.wholeplace.provenance;

import java.time.OffsetDateTime;
import java.util.Collection;

/**
 * Provenance of a set of facts: one file, as loaded.
 *
 * @param sourceKey    what the batch is a version of (kind, source and period); a later batch with the same key
 *                     supersedes it. Null where each file stands alone.
 * @param supersededBy the batch that replaced this one, or null while it is current
 */
public record ImportBatch(long id, String kind, String source, String publisher, String licence, String url,
                          String period, String fileName, String sha256, int rowsRead, int rowsLoaded,
                          int rowsRejected, boolean synthetic, String notes, OffsetDateTime startedAt,
                          OffsetDateTime finishedAt, String loadedBy, String sourceKey, Long supersededBy,
                          OffsetDateTime supersededAt) {

    public boolean current() {
        return supersededBy == null;
    }

    /** Whether any of the batches holds generated rows: then so does every figure built on them. */
    public static boolean anySynthetic(Collection<ImportBatch> batches) {
        return batches.stream().anyMatch(b -> b != null && b.synthetic());
    }
}
