package org.wholeplace.place;

/**
 * A service line (education, children's social care, ...). A {@code total} service is a reported sum of the others,
 * kept to show the source's own figure, and never added to them.
 */
public record Service(String code, String name, String rsxGroup, boolean total) {
}
