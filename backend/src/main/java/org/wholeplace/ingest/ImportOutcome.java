package org.wholeplace.ingest;

/** What an import did: loaded a new batch, or found the identical file already loaded and changed nothing. */
public record ImportOutcome(ImportBatch batch, boolean alreadyLoaded) {
}
