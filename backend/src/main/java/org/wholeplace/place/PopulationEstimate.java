package org.wholeplace.place;

/** A mid-year population estimate; {@code derived} when summed from the place's children. */
public record PopulationEstimate(String placeCode, int midYear, int population, boolean derived) {
}
