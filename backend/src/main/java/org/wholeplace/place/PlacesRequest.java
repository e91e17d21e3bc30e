package org.wholeplace.place;

import org.wholeplace.graphql.InvalidInputException;

/**
 * {@code places(kind, within)} checked: {@code within}, when given, a known place.
 *
 * @param kind   the kind of place wanted; null for every kind
 * @param within the place whose descendants (itself included) are wanted; null for every place
 */
public record PlacesRequest(String kind, Place within) {

    public static PlacesRequest of(String kind, String within, ReferenceData reference) {
        Place root = within == null ? null : reference.place(within).orElseThrow(() -> new InvalidInputException(
                CodeCheck.inField(CodeCheck.unknown("place", within), "within")));
        return new PlacesRequest(kind, root);
    }

    public boolean includes(Place place) {
        return kind == null || kind.equals(place.kind());
    }
}
