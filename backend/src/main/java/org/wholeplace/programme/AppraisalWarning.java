package org.wholeplace.programme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.wholeplace.unitcost.GdpDeflator;

/**
 * Something a reader of an appraisal must know to trust its figures, said beside them.
 *
 * @param unitCosts the unit costs it concerns (empty when it concerns the costs alone)
 */
public record AppraisalWarning(Kind kind, List<String> unitCosts, String message) {

    public enum Kind {
        /** The appraisal combines a unit cost whose workbook note says it must not be combined with others. */
        DOUBLE_COUNTING,
        /** Figures are uprated to or from a year whose GDP deflator is a forecast, not outturn. */
        FORECAST_DEFLATOR
    }

    /**
     * The warnings of one programme's appraisal in {@code priceYear}: each unit cost whose workbook Comment warns of
     * double counting, where the programme values other outcomes too; and one warning naming what is uprated to or
     * from a forecast year of the deflator.
     */
    static List<AppraisalWarning> of(Programme programme, ProgrammeInputs inputs, GdpDeflator deflator,
                                     String priceYear) {
        List<AppraisalWarning> warnings = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        inputs.outcomes().forEach(o -> codes.add(o.unitCostCode()));
        for (ProgrammeInputs.ExpectedOutcome o : inputs.outcomes()) {
            if (o.values().doubleCounting() != null && codes.size() > 1) {
                List<String> others = codes.stream().filter(c -> !c.equals(o.unitCostCode())).toList();
                List<String> concerned = new ArrayList<>(List.of(o.unitCostCode()));
                concerned.addAll(others);
                warnings.add(new AppraisalWarning(Kind.DOUBLE_COUNTING, concerned, programme.name() + " combines "
                        + o.unitCostCode() + " with " + String.join(", ", others) + "; the Unit Cost Database says "
                        + "of " + o.unitCostCode() + ": \"" + o.values().doubleCounting() + "\""));
            }
        }
        Set<String> forecastYears = new TreeSet<>();
        Set<String> forecastCosts = new LinkedHashSet<>();
        boolean costs = programme.costPriceYear() != null
                && deflator.upratesWithForecast(programme.costPriceYear(), priceYear);
        if (costs) {
            forecastYears.add(programme.costPriceYear());
        }
        for (ProgrammeInputs.ExpectedOutcome o : inputs.outcomes()) {
            ProgrammeInputs.UnitCostValues v = o.values();
            for (String from : new String[] {v.fiscal() == null ? null : v.fiscalYear(),
                    v.economic() == null ? null : v.economicYear(), v.social() == null ? null : v.socialYear()}) {
                if (deflator.upratesWithForecast(from, priceYear)) {
                    forecastCosts.add(o.unitCostCode());
                    forecastYears.add(from);
                }
            }
        }
        if (costs || !forecastCosts.isEmpty()) {
            forecastYears.add(priceYear);
            List<String> forecast = forecastYears.stream().filter(deflator::isForecast).toList();
            warnings.add(new AppraisalWarning(Kind.FORECAST_DEFLATOR, List.copyOf(forecastCosts), "Uprated to "
                    + priceYear + (costs ? " (the costs" + (forecastCosts.isEmpty() ? ")" : ", and the values of "
                    + String.join(", ", forecastCosts) + ")") : " (the values of " + String.join(", ", forecastCosts)
                    + ")") + " with the GDP deflator of " + String.join(", ", forecast) + ", which the Unit Cost "
                    + "Database marks as forecast ('f'), not outturn: the figures move when the outturn is known."));
        }
        return List.copyOf(warnings);
    }
}
