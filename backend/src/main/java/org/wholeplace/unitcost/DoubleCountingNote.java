package org.wholeplace.unitcost;

/**
 * What the workbook's Comment on a unit cost says of double counting: the sentences as written.
 *
 * @param doNotCombine the note says the cost must not be combined with others ("to avoid double-counting, this cost
 *                     should not be combined with other cost figures for specific crime types"), rather than that
 *                     some uses may double count
 * @param cell         the Comment cell (Crime!S57)
 */
public record DoubleCountingNote(String note, boolean doNotCombine, String cell) {
}
