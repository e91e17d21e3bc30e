package org.wholeplace.architecture.violations.spend.ingest;

/** An importer that a reader should not know. */
public class PaymentsImporter {
}
