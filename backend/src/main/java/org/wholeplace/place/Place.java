package org.wholeplace.place;

/** An ONS-coded area: a country, a city region, a borough, a police force area. */
public record Place(String code, String name, String kind, String authorityClass, String parentCode) {

    public static final String ENGLAND = "E92000001";
    /** The demo region: its boroughs are the places the demo's comparisons are among. */
    public static final String GREATER_MANCHESTER = "E47000001";
}
