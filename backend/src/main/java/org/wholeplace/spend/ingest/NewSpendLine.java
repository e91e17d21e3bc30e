package org.wholeplace.spend.ingest;

import java.math.BigDecimal;

/**
 * A spend line on its way into the database; its batch is given when it is written.
 *
 * @param sourceLine the line of the source file it came from, or null for generated lines
 */
public record NewSpendLine(String placeCode, String agencyCode, String serviceCode, String themeCode,
                           int financialYear, String measureCode, String interventionLevel, String supplier,
                           BigDecimal amount, boolean apportioned, String apportionmentDriver, Integer sourceLine) {

    /** A line as a revenue outturn return states it: no theme, level or supplier yet, not apportioned. */
    public static NewSpendLine reported(String placeCode, String agencyCode, String serviceCode, int financialYear,
                                        String measureCode, BigDecimal amount, long sourceLine) {
        return new NewSpendLine(placeCode, agencyCode, serviceCode, null, financialYear, measureCode, null, null,
                amount, false, null, Math.toIntExact(sourceLine));
    }
}
