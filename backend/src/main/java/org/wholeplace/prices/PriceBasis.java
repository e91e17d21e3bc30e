package org.wholeplace.prices;

/** How money is stated: as spent, each year in its own prices, or in one year's prices. */
public enum PriceBasis {
    CASH, REAL
}
