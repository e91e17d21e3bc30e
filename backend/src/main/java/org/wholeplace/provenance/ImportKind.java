package org.wholeplace.provenance;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats Whole Place reads, one importer each (see {@code ingest.FileImporter}); the README documents each
 * one's columns. The code is what batches record, the command line and the upload take, and {@code imports(kind)}
 * filters by.
 */
public enum ImportKind {
    RSX("rsx", false),
    /** The Revenue Outturn Summary: net current expenditure by service group, 2010-11 onwards. */
    RS("rs", false),
    RA("ra", false),
    POPULATION("population", false),
    SPEND("spend", true),
    DRIVER("driver", true),
    CLASSIFICATION("classification", false),
    /** Needs a publisher's mapping instead: it states the provenance. */
    TRANSPARENCY("transparency", false),
    INDICATORS("indicators", false),
    FINGERTIPS("fingertips", false),
    OUTCOMES("outcomes", true),
    /** A DfE explore-education-statistics file, read through its dataset's mapping, which states the provenance. */
    DFE("dfe", false),
    UNIT_COSTS("unit-costs", false),
    COMPARATORS("comparators", true),
    /** States its own provenance in the file. */
    PROGRAMME("programme", false),
    /** The optimism bias and discount rate tables of programme appraisals; states its own provenance. */
    APPRAISAL_PARAMETERS("appraisal-parameters", false),
    /** ONS's GDP implied deflator (YBGB) in ONS's time-series CSV; states its series and release in the file. */
    ONS_GDP_DEFLATOR("ons-gdp-deflator", false);

    private final String code;
    private final boolean needsProvenance;

    ImportKind(String code, boolean needsProvenance) {
        this.code = code;
        this.needsProvenance = needsProvenance;
    }

    public String code() {
        return code;
    }

    /** Whether the administrator must state source, publisher and licence: the format itself does not. */
    public boolean needsProvenance() {
        return needsProvenance;
    }

    public static Optional<ImportKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ImportKind::code).toList());
    }
}
