package org.wholeplace.ingest;

/** Published after an import has committed. */
public record ImportCompleted(ImportBatch batch) {
}
