package org.wholeplace.provenance;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.graphql.RowLimit;

/**
 * {@code imports(kind, limit)} checked. Its refusal of an unknown kind is worded here, not by {@code place.CodeCheck}:
 * the place package depends on this one (its cache is an {@link ImportListener}), so this one cannot use it.
 *
 * @param kind the kind of import wanted; null for every kind
 */
public record ImportsRequest(String kind, int limit) {

    static final int MAX_LIMIT = 1000;

    public static ImportsRequest of(String kind, Integer limit) {
        int rows = RowLimit.of(limit, MAX_LIMIT).rows();
        if (kind != null && ImportKind.of(kind).isEmpty()) {
            throw new InvalidInputException("Unknown import kind '" + kind + "'; known: " + ImportKind.codes());
        }
        return new ImportsRequest(kind, rows);
    }
}
