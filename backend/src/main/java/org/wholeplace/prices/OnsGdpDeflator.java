package org.wholeplace.prices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.period.FinancialYear;

/**
 * ONS's GDP implied deflator (series YBGB, 2022 = 100) as last imported: its quarters, from which each financial
 * year's index is derived. Not the Unit Cost Database's deflator ({@code unitcost.GdpDeflator}), a different series on
 * a different base that only that workbook's values are uprated with.
 *
 * @param seriesId    ONS's CDID: YBGB
 * @param title       as the file's header states it
 * @param releaseDate the release the file is from, when its header states one
 * @param batchId     the import batch it was loaded in
 */
public record OnsGdpDeflator(String seriesId, String title, LocalDate releaseDate, long batchId,
                             SortedMap<CalendarQuarter, BigDecimal> quarters) {

    public static final String SERIES = "YBGB";

    public OnsGdpDeflator {
        quarters = new TreeMap<>(quarters);
    }

    /**
     * A financial year's index: the mean of its four quarters, April to March (2022-23 is 2022 Q2, Q3, Q4 and 2023
     * Q1), as HM Treasury derives its financial-year GDP deflators from this series. Exact: a sum divided by four.
     * Empty when a quarter is not in the series.
     */
    public Optional<BigDecimal> financialYearIndex(FinancialYear year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CalendarQuarter quarter : quartersOf(year)) {
            BigDecimal index = quarters.get(quarter);
            if (index == null) {
                return Optional.empty();
            }
            sum = sum.add(index);
        }
        return Optional.of(sum.divide(BigDecimal.valueOf(4)));
    }

    /** The financial years whose four quarters are all in the series, oldest first. */
    public SortedSet<FinancialYear> financialYears() {
        SortedSet<FinancialYear> years = new TreeSet<>();
        if (!quarters.isEmpty()) {
            for (int start = quarters.firstKey().year() - 1; start <= quarters.lastKey().year(); start++) {
                FinancialYear year = new FinancialYear(start);
                financialYearIndex(year).ifPresent(index -> years.add(year));
            }
        }
        return years;
    }

    /**
     * Prices of {@code target}'s year for figures of {@code figureYears}: each year's index checked.
     *
     * @param field the argument named when a year is refused
     */
    public RealTermsPrices realTermsIn(FinancialYear target, Collection<FinancialYear> figureYears, String field) {
        List<FinancialYear> asked = new ArrayList<>();
        asked.add(target);
        asked.addAll(figureYears);
        TreeMap<FinancialYear, BigDecimal> indices = new TreeMap<>();
        for (FinancialYear year : asked) {
            BigDecimal index = financialYearIndex(year).orElseThrow(() -> new InvalidInputException(
                    "The ONS GDP deflator (" + seriesId + ", release " + releaseDate + ") has no index for "
                            + year.label() + " (" + field + "): it needs the quarters " + quartersOf(year)
                            + "; its financial years: " + span(financialYears())));
            indices.put(year, index);
        }
        return new RealTermsPrices(target, this, indices);
    }

    private static List<CalendarQuarter> quartersOf(FinancialYear year) {
        int start = year.startYear();
        return List.of(new CalendarQuarter(start, 2), new CalendarQuarter(start, 3), new CalendarQuarter(start, 4),
                new CalendarQuarter(start + 1, 1));
    }

    private static String span(SortedSet<FinancialYear> years) {
        return years.isEmpty() ? "none" : years.first().label() + " to " + years.last().label();
    }
}
