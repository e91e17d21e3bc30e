package org.wholeplace.place;

/**
 * What a spend figure states: money spent (outturn, from the revenue outturn returns) or money planned (budget, from
 * the Revenue Account budget returns). Stored lower case, as in {@code spend_line.basis}.
 */
public enum Basis {
    OUTTURN, BUDGET;

    public String code() {
        return name().toLowerCase();
    }

    public static Basis ofCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
