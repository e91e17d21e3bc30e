package org.wholeplace.unitcost;

/**
 * What the workbook's Comment on a unit cost says against combining it with other costs ("to avoid double-counting,
 * this cost should not be combined with other cost figures for specific crime types"): the sentences as written.
 *
 * @param cell the Comment cell (Crime!S52)
 */
public record DoubleCountingNote(String note, String cell) {
}
