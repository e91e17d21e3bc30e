package org.wholeplace.unitcost;

import org.wholeplace.graphql.RowLimit;

/**
 * {@code unitCosts(search, sheet, agency, priceYear, limit)} checked. The price year is checked against the current
 * edition's GDP deflator when that is read ({@link GdpDeflator#priceYear}).
 *
 * @param search    words each of which a cost's code, description, outcome or unit contains (any case); null for all
 * @param sheet     the workbook's sheet (any case); null for all
 * @param agency    the agency bearing the cost, or its detail (any case); null for all
 * @param priceYear the year to uprate every value to, as asked; null for the workbook's own
 */
public record UnitCostRequest(String search, String sheet, String agency, String priceYear, int limit) {

    static final int MAX_LIMIT = 1000;

    public static UnitCostRequest of(String search, String sheet, String agency, String priceYear, Integer limit) {
        return new UnitCostRequest(search, sheet, agency, priceYear, RowLimit.of(limit, MAX_LIMIT).rows());
    }
}
