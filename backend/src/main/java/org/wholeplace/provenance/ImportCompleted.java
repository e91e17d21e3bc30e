package org.wholeplace.provenance;

/** Published after an import has committed. */
public record ImportCompleted(ImportBatch batch) {
}
