package org.wholeplace.spend;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Measure;
import org.wholeplace.prices.Prices;

/** A page of spend rows with what describes all of them, and the prices their money is in. */
public record SpendResult(List<SpendRow> rows, int rowCount, BigDecimal total, Measure measure,
                          List<FinancialYear> years, Prices prices) {
}
