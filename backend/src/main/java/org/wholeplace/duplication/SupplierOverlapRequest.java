package org.wholeplace.duplication;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.ReferenceData;

/** {@code supplierOverlaps(filter, limit)} checked: supplier-named spend of two or more agencies, largest first. */
public record SupplierOverlapRequest(CellRequest cells) {

    public static SupplierOverlapRequest of(DuplicationFilter filter, Integer limit, ReferenceData reference) {
        if (filter != null && filter.themes() != null && !filter.themes().isEmpty()) {
            throw new InvalidInputException("supplierOverlaps does not filter by theme: a supplier's payments are "
                    + "not split over themes; filter by services instead");
        }
        return new SupplierOverlapRequest(CellRequest.of(filter, false, 2, HotspotOrder.TOTAL, limit, reference));
    }
}
