package org.wholeplace.spend;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How far upstream spend acts, as the Whole Place pilots sorted it: stored by its lower-case code. */
public enum InterventionLevel {
    UNIVERSAL, TARGETED, SPECIALIST, REACTIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InterventionLevel> of(String code) {
        return Arrays.stream(values()).filter(level -> level.code().equals(code)).findFirst();
    }

    /** Why a value is not a level, for an import problem. */
    public static String notALevel(String raw) {
        return "'" + raw + "' is not one of " + Arrays.stream(values()).map(InterventionLevel::code).sorted()
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
