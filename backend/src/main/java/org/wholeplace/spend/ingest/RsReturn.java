package org.wholeplace.spend.ingest;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.ingest.MhclgAuthorityCodes;

/**
 * A parsed Revenue Outturn Summary (RS): net current expenditure by service group, one row per authority placed,
 * amounts in pounds.
 *
 * @param stated   the E-codes the file states beside ONS codes (2017-18 onwards), to be recorded
 * @param rowsRead authority rows read, including those noted and not stored
 */
public record RsReturn(FinancialYear year, List<Authority> authorities, List<MhclgAuthorityCodes.Stated> stated,
                       int rowsRead, List<String> notes) {

    /** One authority's row: the place its E-code (or ONS code) names, and its figures. */
    public record Authority(long line, String eCode, String placeCode, String name, String authorityClass,
                            List<Amount> amounts) {
    }

    /** One figure: the service by its code, in pounds. */
    public record Amount(String serviceCode, BigDecimal pounds) {
    }
}
