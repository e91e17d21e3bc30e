package org.wholeplace.spend.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.wholeplace.place.Place;
import org.wholeplace.provenance.Provenance;

/**
 * The demo's multi-agency spend: what NHS Greater Manchester, the DWP, the Probation Service, schools and the
 * grant-funded voluntary sector might spend in each Greater Manchester borough on the Whole Place themes. No public
 * data set gives these figures per borough, so they are generated, with a fixed seed, as a canonical spend CSV that
 * the normal importer loads in a batch marked synthetic; every figure built on them says so.
 *
 * <p>Each stream is a rate per head of the borough's mid-year population, varied by ±20% per borough and year, so
 * that boroughs differ as real ones do. NHS GM also spends city-region-wide on adult social care, apportioned to the
 * boroughs by population; some streams name a supplier that two agencies both pay.
 */
public final class SyntheticMultiAgencySpend {

    public static final long SEED = 2026;
    public static final Provenance PROVENANCE = new Provenance("Whole Place synthetic multi-agency spend (demo)",
            "Whole Place (generated, seed " + SEED + ")", "Generated data, no licence needed", null, true);

    /** One kind of spend: who, on what, for which theme, at what level, how much per head, paid to whom. */
    record Stream(String agency, String service, String theme, String level, double poundsPerHead,
                  String supplier) {
    }

    static final List<Stream> STREAMS = List.of(
            new Stream("nhs-gm", "adult-social-care", "health-and-social-care", "targeted", 95, null),
            new Stream("nhs-gm", "adult-social-care", "health-and-social-care", "specialist", 18,
                    "Horizon Care Partnership"),
            new Stream("nhs-gm", "public-health", "health-and-social-care", "universal", 21, null),
            new Stream("nhs-gm", "childrens-social-care", "early-years", "targeted", 12, null),
            new Stream("dwp", "planning", "worklessness", "targeted", 31, "Northern Pathways Ltd"),
            new Stream("dwp", "housing", "troubled-families", "targeted", 9, null),
            new Stream("probation", "police", "transforming-justice", "specialist", 16, null),
            new Stream("probation", "planning", "worklessness", "specialist", 3, "Northern Pathways Ltd"),
            new Stream("gm-schools", "childrens-social-care", "troubled-families", "targeted", 6, null),
            new Stream("gm-schools", "education", "early-years", "universal", 14, null),
            new Stream("gm-vcse", "childrens-social-care", "early-years", "universal", 5, null),
            new Stream("gm-vcse", "adult-social-care", "health-and-social-care", "universal", 7,
                    "Horizon Care Partnership"),
            new Stream("gm-vcse", "housing", "troubled-families", "targeted", 4, null),
            new Stream("gm-vcse", "police", "transforming-justice", "targeted", 2, null));

    /** NHS GM's city-region-wide adult social care, per head of Greater Manchester, apportioned by population. */
    static final double NHS_GM_WIDE_POUNDS_PER_HEAD = 20;

    private SyntheticMultiAgencySpend() {
    }

    /**
     * @param population mid-year population by borough code, then by mid-year (the year a financial year starts in)
     * @param years      the financial years to generate, by the year they start in
     * @return a canonical spend CSV
     */
    public static String csv(Map<String, Map<Integer, Integer>> population, List<Integer> years) {
        var random = new SplittableRandom(SEED);
        var csv = new StringBuilder("place,agency,service,theme,financial_year,intervention_level,supplier,amount,"
                + "apportion_by\n");
        for (int year : years) {
            String label = year + "-" + String.format("%02d", (year + 1) % 100);
            long gmPeople = 0;
            for (var borough : population.keySet().stream().sorted().toList()) {
                Integer people = population.get(borough).get(year);
                if (people == null) {
                    continue;
                }
                gmPeople += people;
                for (Stream s : STREAMS) {
                    double variation = 0.8 + 0.4 * random.nextDouble();
                    BigDecimal amount = BigDecimal.valueOf(s.poundsPerHead() * variation * people)
                            .setScale(0, RoundingMode.HALF_EVEN);
                    csv.append(String.join(",", borough, s.agency(), s.service(), s.theme(), label, s.level(),
                            s.supplier() == null ? "" : s.supplier(), amount.toPlainString(), "")).append('\n');
                }
            }
            if (gmPeople > 0) {
                BigDecimal gmWide = BigDecimal.valueOf(NHS_GM_WIDE_POUNDS_PER_HEAD * gmPeople)
                        .setScale(0, RoundingMode.HALF_EVEN);
                csv.append(String.join(",", Place.GREATER_MANCHESTER, "nhs-gm", "adult-social-care",
                        "health-and-social-care", label, "universal", "", gmWide.toPlainString(), "population"))
                        .append('\n');
            }
        }
        return csv.toString();
    }
}
