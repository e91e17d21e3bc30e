package org.wholeplace.prices;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.period.FinancialYear;

/** The prices a response's money is stated in: cash, or one financial year's prices by the ONS GDP deflator. */
public sealed interface Prices permits CashPrices, RealTermsPrices {

    Prices CASH = new CashPrices();

    PriceBasis basis();

    /** The year whose prices the figures are in; null in cash. */
    FinancialYear year();

    /** The deflator the figures were restated with; null in cash. */
    OnsGdpDeflator deflator();

    /** The financial-year index of the target year and of each year the figures cover; none in cash. */
    List<FinancialYearIndex> indices();

    /** One financial year's index, the mean of its quarters. */
    record FinancialYearIndex(FinancialYear year, BigDecimal index) {
    }
}
