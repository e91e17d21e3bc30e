package org.wholeplace.spend;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Agency;
import org.wholeplace.place.Basis;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Service;
import org.wholeplace.place.Theme;

/**
 * One row of the spend API: the grouped dimensions resolved to their reference records; {@code batchIds} are
 * resolved to import batches by {@link SpendController#batches}.
 */
public record SpendRow(Place place, Agency agency, Service service, Theme theme, FinancialYear year, Basis basis,
                       BigDecimal total, BigDecimal perHead, Double share, BigDecimal changeFromPreviousYear,
                       Double percentChangeFromPreviousYear, int lineCount, List<Long> batchIds, BigDecimal budget,
                       BigDecimal outturn, BigDecimal variance, Double variancePercent) {

    /** A query's row with its codes resolved from the reference snapshot. */
    public static SpendRow of(SpendAggregate row, ReferenceData data) {
        return new SpendRow(
                row.placeCode() == null ? null : data.place(row.placeCode()).orElseThrow(),
                row.agencyCode() == null ? null : data.agencies().get(row.agencyCode()),
                row.serviceCode() == null ? null : data.services().get(row.serviceCode()),
                row.themeCode() == null ? null : data.theme(row.themeCode()).orElse(Theme.UNCLASSIFIED),
                row.financialYear() == null ? null : new FinancialYear(row.financialYear()), row.basis(),
                row.total(), row.perHead(), row.share(), row.changeFromPreviousYear(),
                row.percentChangeFromPreviousYear(), row.lineCount(), row.batchIds(), row.budget(), row.outturn(),
                row.variance(), row.variancePercent());
    }
}
