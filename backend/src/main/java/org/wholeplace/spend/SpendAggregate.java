package org.wholeplace.spend;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.place.Basis;

/**
 * One row as the database computes it: codes for the grouped dimensions (null for the others) and the measures.
 * {@code rowCount} and {@code grandTotal} describe the whole result before the limit, repeated on every row.
 * {@code batchIds} lists the import batches behind the row, when asked for (empty otherwise). {@code budget},
 * {@code outturn} and their {@code variance} are computed only when asked for.
 */
public record SpendAggregate(String placeCode, String agencyCode, String serviceCode, String themeCode,
                             Integer financialYear, Basis basis, BigDecimal total, BigDecimal perHead, Double share,
                             BigDecimal changeFromPreviousYear, Double percentChangeFromPreviousYear, int lineCount,
                             int rowCount, BigDecimal grandTotal, List<Long> batchIds, BigDecimal budget,
                             BigDecimal outturn, BigDecimal variance, Double variancePercent) {
}
