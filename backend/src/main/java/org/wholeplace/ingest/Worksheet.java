package org.wholeplace.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One sheet of a workbook (a CSV file is one sheet without a name): its rows, each with its number in the sheet, so
 * that every message can name the file, sheet, row and column (<code>RSX_LA_Data_2022-23!H12</code>). A workbook's
 * run of blank rows is kept as one blank row (a table ends at one) and its trailing blank rows are dropped.
 *
 * @param name null for a CSV file
 */
public record Worksheet(String file, String name, List<SheetRow> rows) {

    public Worksheet {
        rows = List.copyOf(rows);
    }

    /**
     * A workbook's sheet from the rows with a cell written, in order: where the row numbers jump, one blank row (the
     * first of the run) stands for the rows skipped, since a table ends at a blank row.
     */
    static Worksheet ofWrittenRows(String file, String name, List<SheetRow> written) {
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow row : written) {
            if (!rows.isEmpty() && row.number() > rows.getLast().number() + 1) {
                rows.add(new SheetRow(rows.getLast().number() + 1, List.of()));
            }
            rows.add(row);
        }
        return new Worksheet(file, name, rows);
    }

    /** A cell's reference as a spreadsheet writes it: {@code Sheet!H12}, or {@code H12} in a CSV file. */
    public String reference(SheetRow row, int column) {
        return (name == null ? "" : name + "!") + columnLetters(column) + row.number();
    }

    /** A column's reference without a row: {@code Sheet!H}. */
    public String columnReference(int column) {
        return (name == null ? "" : name + "!") + columnLetters(column);
    }

    /** The index in {@link #rows()} of the first row that {@code test} accepts, or -1. */
    public int indexOfRow(Predicate<SheetRow> test) {
        for (int i = 0; i < rows.size(); i++) {
            if (test.test(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A, B, ..., Z, AA, AB, ... for columns 0, 1, ... */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
