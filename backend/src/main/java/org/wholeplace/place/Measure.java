package org.wholeplace.place;

/** What an amount measures: net current expenditure, total income, ... */
public record Measure(String code, String name, String rsxSuffix) {

    public static final String NET_CURRENT_EXPENDITURE = "net-current-expenditure";
}
