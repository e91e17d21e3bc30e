package org.wholeplace.outcome;

import java.util.Locale;

/** Which way is better for an indicator. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NO_JUDGEMENT;

    /** From the catalogue's code: higher-is-better, lower-is-better, no-judgement. */
    public static Polarity of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** As the catalogue writes it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
