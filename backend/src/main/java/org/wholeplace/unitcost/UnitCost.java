package org.wholeplace.unitcost;

/**
 * A cost of the GMCA Unit Cost Database: what an outcome costs (or, avoided, saves), per unit, and the agency that
 * bears the cost and so makes the fiscal saving. The v1.4 workbook names one agency (with a detail, the part of it)
 * and gives no split between agencies. A value absent from the workbook is null.
 *
 * @param confidence the workbook's rating of its evidence: R, A or G
 */
public record UnitCost(String code, String sheet, String outcomeCategory, String outcomeDetail, String description,
                       String unit, String agency, String agencyDetail, UnitValue fiscal, UnitValue economic,
                       UnitValue social, String source, String confidence, String comment, long batchId) {

    /** The same cost with every value uprated to {@code priceYear}, or to the workbook's own year when null. */
    public UnitCost upratedTo(String priceYear, GdpDeflator deflator) {
        return new UnitCost(code, sheet, outcomeCategory, outcomeDetail, description, unit, agency, agencyDetail,
                uprated(fiscal, priceYear, deflator), uprated(economic, priceYear, deflator),
                uprated(social, priceYear, deflator), source, confidence, comment, batchId);
    }

    private static UnitValue uprated(UnitValue value, String priceYear, GdpDeflator deflator) {
        if (value == null) {
            return null;
        }
        String to = priceYear == null ? value.upratedTo() : priceYear;
        return new UnitValue(value.value(), value.priceYear(), value.upratedInWorkbook(), value.upratedTo(),
                deflator.uprate(value.value(), value.priceYear(), to).orElse(null),
                deflator.upratesWithForecast(value.priceYear(), to));
    }
}
