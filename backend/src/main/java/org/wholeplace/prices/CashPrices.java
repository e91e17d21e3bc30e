package org.wholeplace.prices;

import java.util.List;

import org.wholeplace.period.FinancialYear;

/** Money as spent: each year's figures in that year's prices. */
public record CashPrices() implements Prices {

    @Override
    public PriceBasis basis() {
        return PriceBasis.CASH;
    }

    @Override
    public FinancialYear year() {
        return null;
    }

    @Override
    public OnsGdpDeflator deflator() {
        return null;
    }

    @Override
    public List<FinancialYearIndex> indices() {
        return List.of();
    }
}
