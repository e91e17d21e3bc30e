package org.wholeplace.prices;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.wholeplace.graphql.MoneyScalar;
import org.wholeplace.period.FinancialYear;

/**
 * Money restated in {@code year}'s prices: an amount of year y becomes amount × index(year) ÷ index(y).
 *
 * @param indexByYear the financial-year index of {@code year} and of every year a figure may come from
 */
public record RealTermsPrices(FinancialYear year, OnsGdpDeflator deflator,
                              SortedMap<FinancialYear, BigDecimal> indexByYear) implements Prices {

    /**
     * The decimal places of a year's factor. A ratio of two indices rarely ends, so it is cut here (by the one rounding rule, {@link MoneyScalar#ROUNDING}); the
     * error this leaves is below 10⁻¹⁰ of a pound on any amount of public spend, far under the penny every figure is
     * finally rounded to.
     */
    public static final int FACTOR_SCALE = 20;

    public RealTermsPrices {
        indexByYear = new TreeMap<>(indexByYear);
    }

    @Override
    public PriceBasis basis() {
        return PriceBasis.REAL;
    }

    /** index(year) ÷ index(from), to {@link #FACTOR_SCALE} places: what an amount of {@code from} is multiplied by. */
    public BigDecimal factor(FinancialYear from) {
        BigDecimal fromIndex = indexByYear.get(from);
        if (fromIndex == null) {
            throw new IllegalArgumentException("No index checked for " + from.label());
        }
        return indexByYear.get(year).divide(fromIndex, FACTOR_SCALE, MoneyScalar.ROUNDING);
    }

    @Override
    public List<FinancialYearIndex> indices() {
        return indexByYear.entrySet().stream().map(e -> new FinancialYearIndex(e.getKey(), e.getValue())).toList();
    }
}
