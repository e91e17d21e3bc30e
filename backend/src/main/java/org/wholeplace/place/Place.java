package org.wholeplace.place;

/** An ONS-coded area: a country, a city region, a borough, a police force area. */
public record Place(String code, String name, String kind, String authorityClass, String parentCode) {
}
