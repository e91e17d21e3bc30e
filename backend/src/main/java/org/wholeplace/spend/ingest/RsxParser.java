package org.wholeplace.spend.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SheetRow;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.ingest.Spreadsheet;
import org.wholeplace.ingest.Worksheet;
import org.wholeplace.period.FinancialYear;

/**
 * Reads an RSX file as MHCLG publishes it, the ODS workbook gov.uk serves (or an XLSX or XLS one) or a CSV export of
 * its data sheet: title and note rows, a row of column codes ({@code RSX-csc-net-cur-exp}) above the header or hidden
 * anywhere in the sheet, the header row holding {@code E-code} on whichever row it sits, then one row per authority.
 * The data sheet is the one holding both; other sheets (front page, notes, drop-downs) are passed over. Columns are
 * found by their codes, never by position, because the layout shifts between years. Amounts are in £ thousand; a
 * blank, a dash, "..." or "[x]" means no figure, and a column whose every authority cell holds the same text is the
 * form's note on that line (noted, no figure).
 */
public final class RsxParser {

    private static final Pattern CODE = Pattern.compile("RSX-([A-Za-z]+)-([A-Za-z-]+)");
    private static final Pattern TITLE_YEAR = Pattern.compile("Revenue Outturn.*?(\\d{4}-\\d{2})");

    private final Set<String> knownGroups;
    private final Set<String> knownSuffixes;

    /** @param knownGroups service groups and {@code knownSuffixes} measures to load; other columns are noted */
    public RsxParser(Set<String> knownGroups, Set<String> knownSuffixes) {
        this.knownGroups = Set.copyOf(knownGroups);
        this.knownSuffixes = Set.copyOf(knownSuffixes);
    }

    /** Parses one file; holds nothing of it, so one parser may read any number of files at once. */
    public RsxReturn parse(SourceFile file) {
        Spreadsheet workbook = Spreadsheet.read(file, Spreadsheet.CsvText.UTF_8);
        var problems = new ProblemCollector(file.name());
        List<String> notes = new ArrayList<>();
        Worksheet sheet = workbook.sheet(s -> MhclgTable.headerRow(s) >= 0 && codeRow(s) != null)
                .or(() -> workbook.sheet(s -> MhclgTable.headerRow(s) >= 0))
                .orElse(workbook.sheets().isEmpty() ? null : workbook.sheets().getFirst());
        if (sheet == null) {
            problems.add(0, null, "holds no sheet");
            problems.throwIfAny();
        }
        if (workbook.sheets().size() > 1) {
            notes.add("read sheet " + sheet.name() + " of " + workbook.sheets().stream().map(Worksheet::name)
                    .toList());
        }

        FinancialYear year = MhclgTable.yearFromTitle(sheet, TITLE_YEAR, "Revenue Outturn (RO) 2022-23", problems);
        int header = MhclgTable.headerRow(sheet);
        if (header < 0) {
            problems.add(0, "E-code", "no header row holding 'E-code' in "
                    + (sheet.name() == null ? "the file" : "any sheet") + "; is this an RSX file?");
            problems.throwIfAny();
        }
        SheetRow headerRow = sheet.rows().get(header);
        Map<String, Integer> identity = MhclgTable.identityColumns(sheet, headerRow,
                List.of("E-code", "ONS Code", "Local authority", "Class", "Detailed Class"), problems);
        Map<Integer, Column> amountColumns = amountColumns(sheet, notes, problems);
        problems.throwIfAny();

        List<SheetRow> rows = MhclgTable.tableRows(sheet, header, notes);
        Map<Integer, String> markers = MhclgTable.formMarkers(rows, amountColumns.keySet());
        markers.forEach((column, text) -> notes.add(MhclgTable.formMarkerNote(sheet, column,
                amountColumns.get(column).code(), text, rows.size())));
        List<RsxReturn.Authority> authorities = new ArrayList<>();
        Map<String, Long> firstLineOf = new HashMap<>();
        for (SheetRow row : rows) {
            MhclgTable.Authority authority = MhclgTable.authority(sheet, row, headerRow.width(), identity,
                    firstLineOf, notes, problems);
            if (authority == null) {
                continue;
            }
            List<RsxReturn.Amount> amounts = new ArrayList<>();
            amountColumns.forEach((column, code) -> {
                if (markers.containsKey(column)) {
                    return;
                }
                BigDecimal pounds = MhclgTable.pounds(sheet, row, column, code.code(), problems);
                if (pounds != null) {
                    amounts.add(new RsxReturn.Amount(code.group(), code.suffix(), pounds));
                }
            });
            authorities.add(new RsxReturn.Authority(row.number(), authority.eCode(), authority.onsCode(),
                    authority.name(), authority.authorityClass(), row.text(identity.get("Detailed Class")),
                    List.copyOf(amounts)));
        }
        if (authorities.isEmpty() && problems.isEmpty()) {
            problems.add(headerRow.number(), MhclgTable.at(sheet, headerRow, 0, null),
                    "no authority rows after the header row");
        }
        problems.throwIfAny();
        return new RsxReturn(year, List.copyOf(authorities), rows.size(), List.copyOf(notes));
    }

    /** An amount column: service group and measure, as in {@code RSX-csc-net-cur-exp}. */
    private record Column(String group, String suffix) {
        String code() {
            return "RSX-" + group + "-" + suffix;
        }
    }

    /** The first row of the sheet holding RSX column codes, wherever it sits; null if none. */
    private static SheetRow codeRow(Worksheet sheet) {
        return sheet.rows().stream()
                .filter(r -> r.cells().stream().anyMatch(c -> CODE.matcher(c.text().strip()).matches()))
                .findFirst().orElse(null);
    }

    /** Column index to its code, from the row of RSX codes. */
    private Map<Integer, Column> amountColumns(Worksheet sheet, List<String> notes, ProblemCollector problems) {
        SheetRow codes = codeRow(sheet);
        Map<Integer, Column> columns = new LinkedHashMap<>();
        if (codes == null) {
            problems.add(0, sheet.name(), "no row of column codes like 'RSX-edu-net-cur-exp'");
            return columns;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.width(); i++) {
            String code = codes.text(i);
            Matcher m = CODE.matcher(code);
            if (!m.matches()) {
                continue;
            }
            String group = m.group(1);
            String suffix = m.group(2);
            if (!seen.add(group + "-" + suffix)) {
                problems.add(codes.number(), MhclgTable.at(sheet, codes, i, code), "column code appears twice");
            } else if (!knownGroups.contains(group)) {
                notes.add("column " + code + ": service group '" + group + "' is not known; not loaded");
            } else if (!knownSuffixes.contains(suffix)) {
                notes.add("column " + code + ": measure '" + suffix + "' is not known; not loaded");
            } else {
                columns.put(i, new Column(group, suffix));
            }
        }
        for (String group : knownGroups.stream().sorted().toList()) {
            for (String suffix : knownSuffixes.stream().sorted().toList()) {
                if (!seen.contains(group + "-" + suffix)) {
                    notes.add("no column RSX-" + group + "-" + suffix + " in this file");
                }
            }
        }
        return columns;
    }
}
