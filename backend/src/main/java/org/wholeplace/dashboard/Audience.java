package org.wholeplace.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whom a dashboard is for: the public, councillors comparing boroughs, or analysts checking the data. */
public enum Audience {
    PUBLIC, COUNCILLOR, ANALYST;

    /** As a dashboard file writes it: public, councillor, analyst. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Audience> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
    }
}
