package org.wholeplace.outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What an indicator's values are, which decides how an interval is computed from a count; stored by its code. */
public enum ValueType {
    PROPORTION("proportion"),
    RATE("rate"),
    COUNT("count"),
    MEAN("mean"),
    AGE_STANDARDISED_RATE("age-standardised-rate");

    private final String code;

    ValueType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ValueType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ValueType::code).toList();
    }
}
