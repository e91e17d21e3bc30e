package org.wholeplace.ingest;

import java.util.List;

import org.wholeplace.provenance.ImportBatch;

/**
 * What an import did: loaded a new batch (replacing the current batches of the same source and period, if any), or
 * found the identical file already loaded and changed nothing.
 */
public record ImportOutcome(ImportBatch batch, boolean alreadyLoaded, List<Long> supersededBatchIds) {
}
