package org.wholeplace.spend;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.place.Agency;
import org.wholeplace.place.FinancialYear;
import org.wholeplace.place.Place;
import org.wholeplace.place.Service;
import org.wholeplace.place.Theme;

/**
 * One row of the spend API: the grouped dimensions resolved to their reference records; {@code batchIds} are
 * resolved to import batches by {@link SpendController#batches}.
 */
public record SpendRow(Place place, Agency agency, Service service, Theme theme, FinancialYear year,
                       BigDecimal total, BigDecimal perHead, Double share, BigDecimal changeFromPreviousYear,
                       Double percentChangeFromPreviousYear, int lineCount, List<Long> batchIds) {
}
