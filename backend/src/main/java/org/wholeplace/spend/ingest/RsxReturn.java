package org.wholeplace.spend.ingest;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.period.FinancialYear;

/**
 * A parsed MHCLG Revenue Outturn Service Expenditure Summary (RSX) file: one row per authority, amounts in pounds.
 *
 * @param rowsRead authority rows read, including any the loader notes but does not store
 * @param notes    what was noticed and not loaded: national total rows, unknown columns, missing columns
 */
public record RsxReturn(FinancialYear year, List<Authority> authorities, int rowsRead, List<String> notes) {

    /** One authority's row, with the line of the file it was read from. */
    public record Authority(long line, String eCode, String onsCode, String name, String authorityClass,
                            String detailedClass, List<Amount> amounts) {
    }

    /** One cell: service group and measure by their RSX codes ({@code csc}, {@code net-cur-exp}), in pounds. */
    public record Amount(String rsxGroup, String rsxSuffix, BigDecimal pounds) {
    }
}
