package org.wholeplace.unitcost;

import java.math.BigDecimal;

/**
 * A financial year of the GDP deflator series, labelled as the workbook labels it (2015/16); 1989/90 = 100.
 *
 * @param forecast the workbook marks the year 'f': a forecast, not outturn
 */
public record PriceIndexYear(String financialYear, BigDecimal index, boolean forecast) {
}
