package org.wholeplace.dashboard;

/** An allowed value of a filter, and what a person reads for it. */
public record FilterOption(String value, String label) {
}
