package org.wholeplace.spend.ingest;

import java.math.BigDecimal;

import org.wholeplace.place.Basis;

/**
 * A spend line on its way into the database; its batch is given when it is written.
 *
 * @param sourceLine the line of the source file it came from, or null for generated lines
 * @param itemised   whether the line is a group's total whose detailed lines the same return also gives
 */
public record NewSpendLine(String placeCode, String agencyCode, String serviceCode, String themeCode,
                           int financialYear, String measureCode, String interventionLevel, String supplier,
                           BigDecimal amount, boolean apportioned, String apportionmentDriver, Integer sourceLine,
                           Basis basis, boolean itemised) {

    /** An outturn line that itemises nothing: every format but the Revenue Account budgets. */
    public NewSpendLine(String placeCode, String agencyCode, String serviceCode, String themeCode, int financialYear,
                        String measureCode, String interventionLevel, String supplier, BigDecimal amount,
                        boolean apportioned, String apportionmentDriver, Integer sourceLine) {
        this(placeCode, agencyCode, serviceCode, themeCode, financialYear, measureCode, interventionLevel, supplier,
                amount, apportioned, apportionmentDriver, sourceLine, Basis.OUTTURN, false);
    }

    /** A line as a revenue outturn return states it: no theme, level or supplier yet, not apportioned. */
    public static NewSpendLine reported(String placeCode, String agencyCode, String serviceCode, int financialYear,
                                        String measureCode, BigDecimal amount, long sourceLine) {
        return new NewSpendLine(placeCode, agencyCode, serviceCode, null, financialYear, measureCode, null, null,
                amount, false, null, Math.toIntExact(sourceLine));
    }

    /** A line as a Revenue Account budget return states it, in pounds. */
    public static NewSpendLine budgeted(String placeCode, String agencyCode, String serviceCode, int financialYear,
                                        String measureCode, BigDecimal amount, long sourceLine, boolean itemised) {
        return new NewSpendLine(placeCode, agencyCode, serviceCode, null, financialYear, measureCode, null, null,
                amount, false, null, Math.toIntExact(sourceLine), Basis.BUDGET, itemised);
    }
}
