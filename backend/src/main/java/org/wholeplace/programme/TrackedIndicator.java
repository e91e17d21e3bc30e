package org.wholeplace.programme;

import java.util.List;

/**
 * An outcome indicator a programme is tracked against.
 *
 * @param comparators the places it is compared with, as listed; empty for the other places sharing a parent with the
 *                    programme's places
 */
public record TrackedIndicator(String indicatorId, List<String> comparators) {
}
