package org.wholeplace.provenance;

/**
 * What a batch holds, as its importer says once its rows are written.
 *
 * @param period    what the rows cover ("2022-23", "mid-2010 to mid-2024"), or null
 * @param notes     what the importer noticed but did not refuse, or null
 * @param sourceKey what the batch is a version of: a later batch with the same key supersedes it; null where each
 *                  file stands alone
 */
public record BatchContents(String period, int rowsRead, int rowsLoaded, String notes, String sourceKey) {

    /** Rows read and loaded alike, nothing else to say. */
    public static BatchContents of(int rows) {
        return new BatchContents(null, rows, rows, null, null);
    }

    public BatchContents withPeriod(String newPeriod) {
        return new BatchContents(newPeriod, rowsRead, rowsLoaded, notes, sourceKey);
    }

    public BatchContents withNotes(String newNotes) {
        return new BatchContents(period, rowsRead, rowsLoaded, newNotes, sourceKey);
    }

    public BatchContents withSourceKey(String newSourceKey) {
        return new BatchContents(period, rowsRead, rowsLoaded, notes, newSourceKey);
    }
}
