package org.wholeplace.prices;

/**
 * The {@code prices} argument as sent: the basis and, for real terms, the financial year whose prices the figures
 * are stated in. Its defaults are the schema's.
 */
public record PricesInput(PriceBasis basis, String year) {
}
