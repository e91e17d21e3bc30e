package org.wholeplace.architecture.violations.spend;

import org.wholeplace.architecture.violations.spend.ingest.PaymentsImporter;

/** Breaks READ_SIDE_NEVER_DEPENDS_ON_INGEST: a reader that knows an importer. */
public class SpendReader {

    public String readerOf() {
        return PaymentsImporter.class.getSimpleName();
    }
}
