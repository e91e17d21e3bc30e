package org.wholeplace.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a dashboard filter chooses; its allowed values are the file's own list or, without one, what the data holds:
 * the financial years with spend, the bases (outturn, budget), the themes, Greater Manchester's boroughs, the places
 * one may look within, the indicators and the programmes; the prices money is stated in (cash or real terms: a panel
 * binds it to {@code spend(prices: {basis: $prices, year: "2022-23"})}, the year fixed in its document).
 */
public enum FilterKind {
    YEAR, BASIS, THEME, PLACE, WITHIN, INDICATOR, PROGRAMME, PRICES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FilterKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
