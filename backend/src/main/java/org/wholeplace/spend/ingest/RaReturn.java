package org.wholeplace.spend.ingest;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.period.FinancialYear;

/**
 * A parsed MHCLG Revenue Account (RA) budget file: the service lines it has, found by their form line numbers, and
 * one row per authority, amounts in pounds.
 *
 * @param encoding    the encoding the file was read in (UTF-8 or Windows-1252)
 * @param newServices detailed lines this file has that the form had not before: registered when it is loaded
 * @param rowsRead    authority rows read, including any the loader notes but does not store
 * @param notes       what was noticed and not loaded: new, renamed and missing lines, columns past service
 *                    expenditure, totals that differ from the sum of their lines
 */
public record RaReturn(FinancialYear year, String encoding, List<NewService> newServices,
                       List<Authority> authorities, int rowsRead, List<String> notes) {

    /** A detailed line first met in this file: coded {@code ra-<form line>}, under its section's group. */
    public record NewService(String code, String name, String parentCode, int formLine) {
    }

    /** One authority's row, with the line of the file it was read from. */
    public record Authority(long line, String eCode, String onsCode, String name, String authorityClass,
                            List<Amount> amounts) {
    }

    /**
     * One cell: the service it is a figure for, in pounds; {@code itemised} for a group's total whose detailed
     * lines this authority's row also gives.
     */
    public record Amount(String serviceCode, BigDecimal pounds, boolean itemised) {
    }
}
