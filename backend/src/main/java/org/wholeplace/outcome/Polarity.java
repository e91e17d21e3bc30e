package org.wholeplace.outcome;

/** Which way is better for an indicator. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NO_JUDGEMENT;

    /** From the catalogue's code: higher-is-better, lower-is-better, no-judgement. */
    public static Polarity of(String code) {
        return valueOf(code.toUpperCase().replace('-', '_'));
    }
}
