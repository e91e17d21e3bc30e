package org.wholeplace.duplication;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.ReferenceData;

/** {@code duplicationHotspots(filter, byTheme, minAgencies, orderBy, limit)} checked; defaults are the schema's. */
public record HotspotRequest(CellRequest cells) {

    public static HotspotRequest of(DuplicationFilter filter, boolean byTheme, int minAgencies,
                                    HotspotOrder orderBy, Integer limit, ReferenceData reference) {
        if (minAgencies < 2) {
            throw new InvalidInputException("minAgencies must be at least 2: one agency alone duplicates nothing "
                    + "(duplicationMatrix and hotspotTrend show single-agency cells)");
        }
        return new HotspotRequest(CellRequest.of(filter, byTheme, minAgencies, orderBy, limit, reference));
    }
}
