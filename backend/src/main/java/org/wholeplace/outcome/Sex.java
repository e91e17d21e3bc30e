package org.wholeplace.outcome;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sex an observation is of, as Fingertips breaks figures down; stored by its lower-case code. */
public enum Sex {
    PERSONS, MALE, FEMALE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From a code or a publisher's label, in any case ({@code Persons}, {@code male}). */
    public static Optional<Sex> of(String label) {
        return Arrays.stream(values()).filter(sex -> sex.name().equalsIgnoreCase(label.strip())).findFirst();
    }

    /** Why a value is not a sex, for an import problem. */
    public static String notASex(String raw) {
        return "'" + raw + "' is not one of " + Arrays.stream(values()).map(Sex::code)
                .collect(Collectors.joining(", "));
    }
}
