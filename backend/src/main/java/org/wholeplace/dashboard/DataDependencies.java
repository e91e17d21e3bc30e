package org.wholeplace.dashboard;

import static org.wholeplace.provenance.ImportKind.APPRAISAL_PARAMETERS;
import static org.wholeplace.provenance.ImportKind.CLASSIFICATION;
import static org.wholeplace.provenance.ImportKind.COMPARATORS;
import static org.wholeplace.provenance.ImportKind.DRIVER;
import static org.wholeplace.provenance.ImportKind.FINGERTIPS;
import static org.wholeplace.provenance.ImportKind.INDICATORS;
import static org.wholeplace.provenance.ImportKind.OUTCOMES;
import static org.wholeplace.provenance.ImportKind.POPULATION;
import static org.wholeplace.provenance.ImportKind.PROGRAMME;
import static org.wholeplace.provenance.ImportKind.RA;
import static org.wholeplace.provenance.ImportKind.RSX;
import static org.wholeplace.provenance.ImportKind.SPEND;
import static org.wholeplace.provenance.ImportKind.TRANSPARENCY;
import static org.wholeplace.provenance.ImportKind.UNIT_COSTS;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.wholeplace.provenance.ImportKind;

/**
 * Which kinds of import each field of Query reads, so that a dashboard knows which imports change its panels. A
 * field not listed here is taken to read every kind: a dashboard refreshes too often rather than miss new data.
 */
final class DataDependencies {

    private static final Set<ImportKind> SPEND_DATA = EnumSet.of(RSX, RA, SPEND, DRIVER, TRANSPARENCY,
            CLASSIFICATION, POPULATION);
    private static final Set<ImportKind> OUTCOME_DATA = EnumSet.of(FINGERTIPS, OUTCOMES, INDICATORS, COMPARATORS,
            POPULATION);
    private static final Set<ImportKind> PROGRAMME_DATA = EnumSet.of(PROGRAMME, UNIT_COSTS, APPRAISAL_PARAMETERS,
            FINGERTIPS, OUTCOMES, INDICATORS);

    private static final Map<String, Set<ImportKind>> READS = Map.ofEntries(
            Map.entry("spend", SPEND_DATA),
            Map.entry("financialYears", SPEND_DATA),
            Map.entry("duplicationHotspots", SPEND_DATA),
            Map.entry("duplicationMatrix", SPEND_DATA),
            Map.entry("hotspotTrend", SPEND_DATA),
            Map.entry("supplierOverlaps", SPEND_DATA),
            Map.entry("indicators", OUTCOME_DATA),
            Map.entry("indicator", OUTCOME_DATA),
            Map.entry("boroughComparison", OUTCOME_DATA),
            Map.entry("spendAndOutcomes", union(SPEND_DATA, OUTCOME_DATA)),
            Map.entry("unitCosts", EnumSet.of(UNIT_COSTS)),
            Map.entry("gdpDeflator", EnumSet.of(UNIT_COSTS)),
            Map.entry("programmes", PROGRAMME_DATA),
            Map.entry("programme", PROGRAMME_DATA),
            Map.entry("whoPaysWhoBenefits", PROGRAMME_DATA),
            Map.entry("investmentFlows", PROGRAMME_DATA),
            Map.entry("appraisalParameters", EnumSet.of(APPRAISAL_PARAMETERS)),
            Map.entry("places", EnumSet.of(POPULATION)),
            Map.entry("place", EnumSet.of(POPULATION)),
            Map.entry("themes", EnumSet.of(CLASSIFICATION)),
            Map.entry("comparatorGroups", EnumSet.of(COMPARATORS)));

    private DataDependencies() {
    }

    /** The kinds of import the fields read. */
    static Set<ImportKind> readBy(Collection<String> rootFields) {
        Set<ImportKind> kinds = EnumSet.noneOf(ImportKind.class);
        for (String field : rootFields) {
            kinds.addAll(READS.getOrDefault(field, EnumSet.allOf(ImportKind.class)));
        }
        return kinds;
    }

    private static Set<ImportKind> union(Set<ImportKind> a, Set<ImportKind> b) {
        Set<ImportKind> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
