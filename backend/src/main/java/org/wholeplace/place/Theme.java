package org.wholeplace.place;

/** A cross-agency theme such as early years; spend not yet classified carries {@link #UNCLASSIFIED}. */
public record Theme(String code, String name, String description) {

    public static final Theme UNCLASSIFIED =
            new Theme("unclassified", "Unclassified", "Spend not yet assigned to a theme");
}
