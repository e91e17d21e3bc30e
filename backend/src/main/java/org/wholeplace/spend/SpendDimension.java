package org.wholeplace.spend;

/** What spend can be grouped by. */
public enum SpendDimension {
    PLACE, AGENCY, SERVICE, THEME, YEAR, BASIS
}
