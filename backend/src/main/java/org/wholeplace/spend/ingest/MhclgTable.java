package org.wholeplace.spend.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SheetCell;
import org.wholeplace.ingest.SheetRow;
import org.wholeplace.ingest.Worksheet;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.provenance.Provenance;

/**
 * What the tables of MHCLG's revenue returns (outturn RSX and RS, budget RA) share, whatever the file (the ODS, XLSX
 * or XLS workbook gov.uk serves, or a CSV export of its data sheet): a title naming the year, a header row holding
 * {@code E-code} with the authority's identity columns, on whichever row it sits, one row per authority, and figures
 * in £ thousand. The formats differ only in how they name their figure columns. Every problem names the cell:
 * file, sheet, row and column ({@code RSX_LA_Data_2022-23!H12}).
 */
final class MhclgTable {

    private static final String PUBLISHER = "Department for Levelling Up, Housing and Communities (now MHCLG)";
    private static final String LICENCE = "Open Government Licence v3.0";
    private static final String URL =
            "https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing";

    private static final Pattern ONS_CODE = Pattern.compile("E\\d{8}");
    /** MHCLG's own authority code; a file repeats it where a body has no ONS code (Lee Valley Park Authority). */
    static final Pattern MHCLG_CODE = Pattern.compile("E\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Set<String> NO_FIGURE = Set.of("", "-", "–", "..", "...", "\u2026", "[x]", "[z]", "[c]", "x");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** The national total row: the sum of the authorities, so storing it would count England twice. */
    private static final Set<String> NATIONAL_CLASSES = Set.of("Eng", "ENG");

    private MhclgTable() {
    }

    /** A return's provenance: MHCLG's, under the Open Government Licence. */
    static Provenance provenance(String title) {
        return new Provenance(title, PUBLISHER, LICENCE, URL, false);
    }

    /** An authority's row, identified. */
    record Authority(long line, String eCode, String onsCode, String name, String authorityClass) {
    }

    /** Where a problem is: the cell's reference, then what the column is ({@code Sheet!H12 RSX-csc-net-cur-exp}). */
    static String at(Worksheet sheet, SheetRow row, Integer column, String what) {
        return column == null ? what : sheet.reference(row, column) + (what == null ? "" : " " + what);
    }

    /** The row holding a cell {@code E-code}, on whichever row it sits; -1 if none. */
    static int headerRow(Worksheet sheet) {
        return sheet.indexOfRow(r -> r.columnOf("E-code") >= 0);
    }

    /** The year the title names (within the first ten rows), as {@code titleYear}'s first group. */
    static FinancialYear yearFromTitle(Worksheet sheet, Pattern titleYear, String example, ProblemCollector problems) {
        List<SheetRow> rows = sheet.rows();
        for (SheetRow row : rows.subList(0, Math.min(rows.size(), 10))) {
            for (int column = 0; column < row.width(); column++) {
                Matcher m = titleYear.matcher(row.text(column));
                if (m.find()) {
                    try {
                        return FinancialYear.parse(m.group(1));
                    } catch (IllegalArgumentException e) {
                        problems.add(row.number(), at(sheet, row, column, "title"), e.getMessage());
                        return null;
                    }
                }
            }
        }
        problems.add(1, sheet.name() == null ? "title" : sheet.name() + " title",
                "no title naming the year, like '" + example + "'");
        return null;
    }

    /** The columns of the header row with these headings; a missing one is a problem. */
    static Map<String, Integer> identityColumns(Worksheet sheet, SheetRow header, List<String> names,
                                                ProblemCollector problems) {
        Map<String, Integer> identity = new HashMap<>();
        for (String name : names) {
            int column = header.columnOf(name);
            if (column < 0) {
                problems.add(header.number(), (sheet.name() == null ? "" : sheet.name() + "!") + header.number()
                        + " " + name, "no column headed '" + name + "' in the header row");
            } else {
                identity.put(name, column);
            }
        }
        return identity;
    }

    /**
     * The rows of the authorities' table: from the first row after the header to the next blank row, or to a second
     * header row (a class breakdown that repeats the authorities' figures in sums).
     */
    static List<SheetRow> tableRows(Worksheet sheet, int header, List<String> notes) {
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows().subList(header + 1, sheet.rows().size())) {
            if (row.isBlank()) {
                if (rows.isEmpty()) {
                    continue;   // a spacer row under the header (the RS workbooks have one)
                }
                break;
            }
            if (row.columnOf("E-code") >= 0) {
                notes.add(where(sheet, row) + ": a second table (class breakdown) follows;"
                        + " it repeats the authorities' figures in sums and is not loaded");
                break;
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The form's notes on its lines: the columns among {@code columns} in which every row of the table holds the same
     * text that is not a figure ("Category discontinued"), with that text. Such a column is the form's, not an
     * authority's: it has no figure and is noted; a text in some cells only is still each cell's problem.
     */
    static Map<Integer, String> formMarkers(List<SheetRow> rows, Collection<Integer> columns) {
        Map<Integer, String> markers = new LinkedHashMap<>();
        if (rows.size() < 2) {
            return markers;   // one row cannot show that a text is the form's rather than the authority's
        }
        for (int column : columns) {
            String first = rows.getFirst().text(column);
            if (first.isEmpty() || NO_FIGURE.contains(first) || rows.getFirst().cell(column).number() != null
                    || NUMBER.matcher(first.replace(",", "")).matches()) {
                continue;
            }
            if (rows.stream().allMatch(r -> r.cell(column).number() == null && r.text(column).equals(first))) {
                markers.put(column, first);
            }
        }
        return markers;
    }

    /** The note a batch keeps of a form marker. */
    static String formMarkerNote(Worksheet sheet, int column, String what, String text, int rows) {
        return "column " + sheet.columnReference(column) + " (" + what + "): every one of the " + rows
                + " authority rows reads '" + text + "', the form's note on that line; no figure";
    }

    /**
     * The authority a row is, or null for a row not to store: truncated, of an ONS code that is not one, a second
     * row of the same authority (each a problem), or the national total (noted).
     *
     * @param firstLineOf the row each authority was first read on, kept across the file's rows
     */
    static Authority authority(Worksheet sheet, SheetRow row, int headerWidth, Map<String, Integer> identity,
                               Map<String, Long> firstLineOf, List<String> notes, ProblemCollector problems) {
        long line = row.number();
        if (sheet.name() == null && row.width() < headerWidth) {
            problems.add(line, null, "has " + row.width() + " fields where the header has " + headerWidth
                    + "; is the line truncated?");
            return null;
        }
        String onsCode = row.text(identity.get("ONS Code"));
        String name = row.text(identity.get("Local authority"));
        String authorityClass = row.text(identity.get("Class"));
        if (NATIONAL_CLASSES.contains(authorityClass)) {
            notes.add(where(sheet, row) + ": the national total row (" + onsCode + " " + name
                    + ") is the sum of the authorities and is not stored");
            return null;
        }
        String eCode = row.text(identity.get("E-code"));
        if (MHCLG_CODE.matcher(onsCode).matches() && onsCode.equals(eCode)) {
            notes.add(where(sheet, row) + ": " + name + " has no ONS code; it is keyed by its MHCLG code " + eCode);
        } else if (!ONS_CODE.matcher(onsCode).matches()) {
            problems.add(line, at(sheet, row, identity.get("ONS Code"), "ONS Code"),
                    "'" + onsCode + "' is not an English ONS code (E and eight digits)");
            return null;
        }
        if (name.isEmpty()) {
            problems.add(line, at(sheet, row, identity.get("Local authority"), "Local authority"),
                    "no authority name");
        }
        Long earlier = firstLineOf.putIfAbsent(onsCode, line);
        if (earlier != null) {
            problems.add(line, at(sheet, row, identity.get("ONS Code"), "ONS Code"),
                    "duplicate authority " + onsCode + " (first on " + (sheet.name() == null ? "line " : "row ")
                            + earlier + ")");
            return null;
        }
        return new Authority(line, eCode, onsCode, name, authorityClass);
    }

    /** A row named as its file names it: a CSV file's line, a sheet's row. */
    static String where(Worksheet sheet, SheetRow row) {
        return sheet.name() == null ? "line " + row.number() : sheet.name() + " row " + row.number();
    }

    /**
     * A cell in £ thousand, in pounds; null for no figure, and for a cell that is not a number (a problem naming the
     * cell). A workbook's number is taken as the file holds it, however many decimals the sheet shows.
     */
    static BigDecimal pounds(Worksheet sheet, SheetRow row, int column, String what, ProblemCollector problems) {
        SheetCell cell = row.cell(column);
        if (cell.number() != null) {
            return cell.number().multiply(THOUSAND);
        }
        String raw = cell.text().strip();
        if (NO_FIGURE.contains(raw)) {
            return null;
        }
        String digits = raw.replace(",", "");
        if (!NUMBER.matcher(digits).matches()) {
            problems.add(row.number(), at(sheet, row, column, what), "'" + raw + "' is not a number");
            return null;
        }
        return new BigDecimal(digits).multiply(THOUSAND);
    }
}
