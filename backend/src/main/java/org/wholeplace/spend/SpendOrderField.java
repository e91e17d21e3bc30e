package org.wholeplace.spend;

import java.util.Optional;

/** What spend rows can be ordered by: a measure, or a dimension the rows are grouped by. */
public enum SpendOrderField {
    TOTAL, PER_HEAD, SHARE, CHANGE_FROM_PREVIOUS_YEAR, VARIANCE,
    PLACE, AGENCY, SERVICE, THEME, YEAR, BASIS;

    /** The dimension this field orders by, if it is one. */
    Optional<SpendDimension> dimension() {
        return switch (this) {
            case PLACE -> Optional.of(SpendDimension.PLACE);
            case AGENCY -> Optional.of(SpendDimension.AGENCY);
            case SERVICE -> Optional.of(SpendDimension.SERVICE);
            case THEME -> Optional.of(SpendDimension.THEME);
            case YEAR -> Optional.of(SpendDimension.YEAR);
            case BASIS -> Optional.of(SpendDimension.BASIS);
            default -> Optional.empty();
        };
    }
}
