package org.wholeplace.architecture.violations.ingest;

import org.wholeplace.spend.ingest.RsxImporter;

/** Breaks the machinery rule, checked against this package: generic import machinery naming a format. */
public class GenericMachinery {

    public Class<?> format() {
        return RsxImporter.class;
    }
}
