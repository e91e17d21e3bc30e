package org.wholeplace.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * The warnings of one programme's appraisal in {@code priceYear}: each unit cost whose workbook Comment says not to
     * combine it with other costs, where the programme values outcomes with other costs of the same sheet (the notes
     * speak of "other cost figures for specific crime types", "additional costs of these types"); and one warning
     * naming what is uprated to or from a forecast year of the deflator.
     */
    static List<AppraisalWarning> of(Programme programme, ProgrammeInputs inputs, GdpDeflator deflator,
                                     String priceYear) {
        List<AppraisalWarning> warnings = new ArrayList<>(doubleCounting(programme, inputs));
        forecast(programme, inputs, deflator, priceYear).ifPresent(warnings::add);
        return List.copyOf(warnings);
    }

    /** A warning for each unit cost whose note forbids combining it, combined with other costs of its sheet. */
    private static List<AppraisalWarning> doubleCounting(Programme programme, ProgrammeInputs inputs) {
        Map<String, ProgrammeInputs.UnitCostValues> byCode = new LinkedHashMap<>();
        inputs.outcomes().forEach(o -> byCode.putIfAbsent(o.unitCostCode(), o.values()));
        List<AppraisalWarning> warnings = new ArrayList<>();
        byCode.forEach((code, values) -> {
            List<String> others = byCode.entrySet().stream().filter(e -> !e.getKey().equals(code))
                    .filter(e -> e.getValue().sheet().equals(values.sheet())).map(Map.Entry::getKey).toList();
            if (values.doubleCounting() != null && !others.isEmpty()) {
                List<String> concerned = new ArrayList<>(List.of(code));
                concerned.addAll(others);
                warnings.add(new AppraisalWarning(Kind.DOUBLE_COUNTING, concerned, programme.name() + " combines "
                        + code + " with " + String.join(", ", others) + "; the Unit Cost Database says of " + code
                        + ": \"" + values.doubleCounting() + "\""));
            }
        });
        return warnings;
    }

    /** What is uprated to or from a forecast year of the deflator: the costs, the unit costs' values, or both. */
    private static Optional<AppraisalWarning> forecast(Programme programme, ProgrammeInputs inputs,
                                                       GdpDeflator deflator, String priceYear) {
        Set<String> forecastYears = new TreeSet<>();
        Set<String> unitCosts = new LinkedHashSet<>();
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
                    unitCosts.add(o.unitCostCode());
                    forecastYears.add(from);
                }
            }
        }
        if (!costs && unitCosts.isEmpty()) {
            return Optional.empty();
        }
        forecastYears.add(priceYear);
        forecastYears.removeIf(year -> !deflator.isForecast(year));
        List<String> uprated = new ArrayList<>();
        if (costs) {
            uprated.add("the costs");
        }
        if (!unitCosts.isEmpty()) {
            uprated.add((costs ? "and " : "") + "the values of " + String.join(", ", unitCosts));
        }
        return Optional.of(new AppraisalWarning(Kind.FORECAST_DEFLATOR, List.copyOf(unitCosts), "Uprated to "
                + priceYear + " (" + String.join(", ", uprated) + ") with the GDP deflator of "
                + String.join(", ", forecastYears) + ", which the Unit Cost Database marks as forecast ('f'), not "
                + "outturn: the figures move when the outturn is known."));
    }
}
