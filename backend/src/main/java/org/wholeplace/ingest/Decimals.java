package org.wholeplace.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reading the plain decimal numbers of outcome files: an optional sign, digits, an optional fraction. */
public final class Decimals {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,12})?");

    private Decimals() {
    }

    /** @return the number, or null when the cell is empty or not a number (then reported) */
    public static BigDecimal optional(String raw, long line, String field, ProblemCollector problems) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            problems.add(line, field, "'" + value + "' is not a number");
            return null;
        }
        return new BigDecimal(value);
    }
}
