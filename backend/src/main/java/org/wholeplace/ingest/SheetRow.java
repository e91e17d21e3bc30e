package org.wholeplace.ingest;

import java.util.List;

/**
 * One row of a worksheet: its number as the file's reader would name it (the sheet's row, 1-based; in a CSV file the
 * line it starts on) and its cells, empty beyond the last one written.
 */
public record SheetRow(long number, List<SheetCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in this column; empty beyond the end of a short row. */
    public SheetCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : SheetCell.EMPTY;
    }

    /** The cell's text without its surrounding spaces. */
    public String text(Integer column) {
        return column == null ? "" : cell(column).text().strip();
    }

    public int width() {
        return cells.size();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isBlank);
    }

    /** The first column holding exactly this text (stripped), or -1. */
    public int columnOf(String text) {
        for (int i = 0; i < cells.size(); i++) {
            if (text.equals(cells.get(i).text().strip())) {
                return i;
            }
        }
        return -1;
    }
}
