package org.wholeplace.unitcost;

import java.math.BigDecimal;

/**
 * One of a unit cost's values (fiscal, economic or social) as the workbook gives it: estimated in its price year, and
 * uprated by the workbook to its own year. {@code uprated} is the value at the price year a request asks for (null
 * until {@link UnitCost#upratedTo} sets it).
 *
 * @param forecast {@code uprated} rests on a forecast: it was moved to or from a year the deflator marks 'f'
 */
public record UnitValue(BigDecimal value, String priceYear, BigDecimal upratedInWorkbook, String upratedTo,
                        BigDecimal uprated, boolean forecast) {
}
