package org.wholeplace.unitcost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.graphql.MoneyScalar;

/**
 * The GDP deflator series the Unit Cost Database uprates with (its Lookups sheet, loaded as data): an index per
 * financial year, labelled as the workbook labels them ({@code 2015/16}). A value of one year is worth value x
 * index(to) / index(from) in another, as the workbook itself computes its uprated columns.
 *
 * @param forecastYears the years the workbook marks 'f': forecasts (v1.4: 2014/15 on, "in line with the March 2015
 *                      Budget"), not outturn; a figure uprated to or from one is a forecast too
 */
public record GdpDeflator(SortedMap<String, BigDecimal> indexByYear, Set<String> forecastYears) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public static GdpDeflator of(Map<String, BigDecimal> index, Set<String> forecastYears) {
        return new GdpDeflator(new TreeMap<>(index), Set.copyOf(forecastYears));
    }

    public boolean isForecast(String year) {
        return year != null && forecastYears.contains(year);
    }

    /** Whether a value moved from one year to another rests on a forecast: either year is one, and they differ. */
    public boolean upratesWithForecast(String from, String to) {
        return from != null && to != null && !from.equals(to) && (isForecast(from) || isForecast(to));
    }

    /** A year as asked for ({@code 2015/16} or {@code 2015-16}), checked against the series. */
    public String priceYear(String asked, String field) {
        String year = asked.strip().replace('-', '/');
        if (!indexByYear.containsKey(year)) {
            throw new InvalidInputException("No GDP deflator for '" + asked + "' (" + field + "); years: "
                    + indexByYear.firstKey() + " to " + indexByYear.lastKey());
        }
        return year;
    }

    /** The value in the price year {@code to}, rounded to the penny by the one rounding rule; empty if unknown. */
    public Optional<BigDecimal> uprate(BigDecimal value, String from, String to) {
        BigDecimal fromIndex = from == null ? null : indexByYear.get(from);
        BigDecimal toIndex = indexByYear.get(to);
        if (value == null || fromIndex == null || toIndex == null) {
            return Optional.empty();
        }
        return Optional.of(value.multiply(toIndex).divide(fromIndex, PRECISION).setScale(2, MoneyScalar.ROUNDING));
    }
}
