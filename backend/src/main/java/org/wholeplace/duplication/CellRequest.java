package org.wholeplace.duplication;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

import org.wholeplace.graphql.RowLimit;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Basis;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.spend.SpendFilter;
import org.wholeplace.spend.SpendRequest;

/**
 * A request for duplication cells (place × service [× theme] × year), checked against the reference data.
 *
 * @param places      the places whose cells are returned; empty means all
 * @param peerPlaces  the places whose spend is read: the returned places and their siblings, against whose median
 *                    each cell is compared; empty means all
 * @param byTheme     whether cells are split by theme (a service's spend allocated by the classification)
 * @param minAgencies the fewest agencies a returned cell has
 */
public record CellRequest(Set<String> places, Set<String> peerPlaces, Set<String> services, Set<String> themes,
                          boolean byTheme, SortedSet<FinancialYear> years, String measure, boolean includeSynthetic,
                          int minAgencies, HotspotOrder orderBy, int limit) {

    public static final int MAX_LIMIT = 10_000;

    /**
     * The cells a duplication query reads, checked: the filter as the spend filter is (known codes, within, no
     * reported total beside its parts, years with spend), the limit in range. Each query's own request
     * ({@link HotspotRequest}, {@link DuplicationMatrixRequest}, {@link HotspotTrendRequest},
     * {@link SupplierOverlapRequest}) checks its own arguments and asks this for the rest. The filter comes with the
     * schema's defaults filled in ({@code filter: DuplicationFilter = {}}, its measure and includeSynthetic).
     */
    static CellRequest of(DuplicationFilter f, boolean byTheme, int minAgencies, HotspotOrder orderBy,
                          Integer limit, ReferenceData reference) {
        int rows = RowLimit.of(limit, MAX_LIMIT).rows();
        SpendRequest spend = SpendRequest.of(new SpendFilter(f.places(), f.within(), null, f.services(), f.themes(),
                f.years(), f.measure(), List.of(Basis.OUTTURN)), List.of(), List.of(), SpendRequest.MAX_LIMIT,
                reference, Set.of());
        Set<String> peers = new HashSet<>();
        spend.places().forEach(code -> reference.peersOf(code).forEach(peer -> peers.add(peer.code())));
        return new CellRequest(spend.places(), peers, spend.services(), spend.themes(),
                byTheme || !spend.themes().isEmpty(), spend.years(), spend.measure(), f.includeSynthetic(), minAgencies,
                orderBy, rows);
    }
}
