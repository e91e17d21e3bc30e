package org.wholeplace.spend;

import java.util.List;

import org.wholeplace.place.Basis;

/** The filter as GraphQL gives it: codes, unchecked. {@link SpendRequest} checks them. */
public record SpendFilter(List<String> places, String within, List<String> agencies, List<String> services,
                         List<String> themes, List<String> years, String measure, List<Basis> basis) {
}
