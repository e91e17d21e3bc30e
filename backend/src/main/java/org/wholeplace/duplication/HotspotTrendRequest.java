package org.wholeplace.duplication;

import java.util.List;

import org.wholeplace.place.ReferenceData;

/**
 * {@code hotspotTrend(place, service, theme, measure, includeSynthetic)} checked: one place and service (split by
 * theme when one is given) in every year with spend, oldest first, single-agency years included.
 */
public record HotspotTrendRequest(CellRequest cells) {

    public static HotspotTrendRequest of(String place, String service, String theme, String measure,
                                         Boolean includeSynthetic, ReferenceData reference) {
        return new HotspotTrendRequest(CellRequest.of(new DuplicationFilter(List.of(place), null, List.of(service),
                        theme == null ? null : List.of(theme), null, measure,
                        includeSynthetic),
                theme != null, 1, HotspotOrder.YEAR, CellRequest.MAX_LIMIT, reference));
    }
}
