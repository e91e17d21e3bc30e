package org.wholeplace.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * An outcome indicator a programme is tracked against.
 *
 * @param comparators     the places it is compared with, as listed; empty for a group's or the default
 * @param comparatorGroup the comparator group named instead of a list (see {@code comparatorGroups}), or null
 * @param costShare       the part of the programme's cost the file says this indicator bears; null: an equal share of
 *                        what the indicators stating one leave
 */
public record TrackedIndicator(String indicatorId, List<String> comparators, String comparatorGroup,
                               BigDecimal costShare) {
}
