package org.wholeplace.spend.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SheetRow;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.ingest.Spreadsheet;
import org.wholeplace.ingest.Worksheet;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.ingest.MhclgAuthorityCodes;

/**
 * Reads a Revenue Outturn Summary (RS) workbook as MHCLG (then DCLG) published it, 2010-11 onwards (XLS, XLSX, ODS,
 * or a CSV export of the sheet): the sheet of <b>net current expenditure</b> (its title rows say so; the sheets of
 * capital charges and net total cost are passed over), its header row holding {@code E-code}, one row per authority,
 * one column per service group, in £ thousand. Columns are found by their headings ({@link #SERVICE_BY_HEADING}),
 * wherever they sit, the first of each heading (2010-11 to 2013-14 restate them further right on the non-IAS19
 * basis); the other columns (housing benefits, precepts, financing) are not service expenditure.
 * <p>
 * Until 2013-14 the files name authorities by E-code only: each is matched to its place through the E-codes later
 * returns state beside ONS codes ({@link MhclgAuthorityCodes}); an E-code no file has stated is refused, naming its
 * cell, and a body that no later return names (a police authority abolished in 2012) is noted and not loaded. A file
 * with an {@code ONS Code} column (2017-18) states both, and they are recorded.
 */
public final class RsParser {

    /**
     * The RS headings (lower case, apostrophes dropped, spaces collapsed) and the services they are. 2010-11 has
     * one social care column, children's and adults' together: a service of its own, not split by guess.
     */
    static final Map<String, String> SERVICE_BY_HEADING = Map.ofEntries(
            Map.entry("education services", "education"),
            Map.entry("highways and transport services", "highways-transport"),
            Map.entry("children social care", "childrens-social-care"),
            Map.entry("childrens social care", "childrens-social-care"),
            Map.entry("adult social care", "adult-social-care"),
            Map.entry("social care", "social-care"),
            Map.entry("public health", "public-health"),
            Map.entry("housing services (gfra only)", "housing"),
            Map.entry("cultural and related services", "cultural"),
            Map.entry("environmental and regulatory services", "environmental"),
            Map.entry("planning and development services", "planning"),
            Map.entry("police services", "police"),
            Map.entry("fire and rescue services", "fire-rescue"),
            Map.entry("central services", "central"),
            Map.entry("other services", "other"));
    /**
     * The reported total's heading is this, or begins so with a parenthesis that differs by year ("(total of lines 190
     * to 698)"); "Total service expenditure on non-IAS19 and PFI ... basis" is a restatement, not loaded.
     */
    private static final String TOTAL_HEADING = "total service expenditure";
    private static final String TOTAL_SERVICE = "total-service-expenditure";
    private static final Pattern TITLE_YEAR = Pattern.compile("Revenue Outturn.*?(\\d{4}-\\d{2})");
    private static final Pattern ONS_CODE = Pattern.compile("E\\d{8}");

    private final Map<String, MhclgAuthorityCodes.Known> codes;

    /** @param codes the E-codes known so far, by code */
    public RsParser(Map<String, MhclgAuthorityCodes.Known> codes) {
        this.codes = Map.copyOf(codes);
    }

    static String normalise(String heading) {
        return heading.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "").replaceAll("\\s+", " ")
                .strip();
    }

    public RsReturn parse(SourceFile file) {
        Spreadsheet workbook = Spreadsheet.read(file, Spreadsheet.CsvText.UTF_8_OR_WINDOWS_1252);
        var problems = new ProblemCollector(file.name());
        List<String> notes = new ArrayList<>();
        Worksheet sheet = workbook.sheet(RsParser::isNetCurrentExpenditure).orElse(null);
        if (sheet == null) {
            problems.add(0, null, "no sheet of net current expenditure (a title row 'Net current expenditure' above "
                    + "a header row holding 'E-code') among " + workbook.sheets().stream().map(Worksheet::name)
                    .toList() + "; is this an RS file?");
            problems.throwIfAny();
        }
        if (workbook.sheets().size() > 1) {
            notes.add("read sheet " + sheet.name() + " (net current expenditure)");
        }
        FinancialYear year = MhclgTable.yearFromTitle(sheet, TITLE_YEAR, "Revenue Outturn Summary (RS) 2012-13",
                problems);
        int header = MhclgTable.headerRow(sheet);
        SheetRow headerRow = sheet.rows().get(header);
        Map<String, Integer> identity = MhclgTable.identityColumns(sheet, headerRow,
                List.of("E-code", "Local authority", "Class"), problems);
        Integer onsColumn = headerRow.columnOf("ONS Code") >= 0 ? headerRow.columnOf("ONS Code") : null;
        Map<Integer, String> serviceColumns = serviceColumns(sheet, headerRow, notes, problems);
        problems.throwIfAny();

        List<SheetRow> rows = MhclgTable.tableRows(sheet, header, notes);
        Map<Integer, String> markers = MhclgTable.formMarkers(rows, serviceColumns.keySet());
        markers.forEach((column, text) -> notes.add(MhclgTable.formMarkerNote(sheet, column,
                headerRow.text(column), text, rows.size())));
        List<RsReturn.Authority> authorities = new ArrayList<>();
        Map<String, MhclgAuthorityCodes.Stated> stated = new LinkedHashMap<>();
        Map<String, Long> firstRowOf = new HashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (SheetRow row : rows) {
            String eCode = row.text(identity.get("E-code"));
            String name = row.text(identity.get("Local authority"));
            String authorityClass = row.text(identity.get("Class"));
            if (eCode.isEmpty() || eCode.equalsIgnoreCase("Eng")) {
                notes.add(MhclgTable.where(sheet, row) + ": '" + name + "' is a total of authorities and is not "
                        + "stored");
                continue;
            }
            if (!MhclgTable.MHCLG_CODE.matcher(eCode).matches()) {
                problems.add(row.number(), MhclgTable.at(sheet, row, identity.get("E-code"), "E-code"),
                        "'" + eCode + "' is not an MHCLG authority code (E and four digits)");
                continue;
            }
            Long earlier = firstRowOf.putIfAbsent(eCode, row.number());
            if (earlier != null) {
                problems.add(row.number(), MhclgTable.at(sheet, row, identity.get("E-code"), "E-code"),
                        "duplicate authority " + eCode + " (first on row " + earlier + ")");
                continue;
            }
            String place = place(sheet, row, eCode, name, onsColumn, identity, stated, unplaced, problems);
            if (place == null) {
                continue;
            }
            List<RsReturn.Amount> amounts = new ArrayList<>();
            serviceColumns.forEach((column, service) -> {
                if (!markers.containsKey(column)) {
                    BigDecimal pounds = MhclgTable.pounds(sheet, row, column, headerRow.text(column), problems);
                    if (pounds != null) {
                        amounts.add(new RsReturn.Amount(service, pounds));
                    }
                }
            });
            authorities.add(new RsReturn.Authority(row.number(), eCode, place, name, authorityClass,
                    List.copyOf(amounts)));
        }
        if (!unplaced.isEmpty()) {
            notes.add(unplaced.size() + " bodies that no later return names have no place and are not loaded: "
                    + String.join("; ", unplaced));
        }
        if (authorities.isEmpty() && problems.isEmpty()) {
            problems.add(headerRow.number(), MhclgTable.at(sheet, headerRow, 0, null),
                    "no authority rows after the header row");
        }
        problems.throwIfAny();
        return new RsReturn(year, List.copyOf(authorities), List.copyOf(stated.values()), rows.size(),
                List.copyOf(notes));
    }

    /**
     * The place an authority's row is: its ONS code where the file states one (a body without one, Lee Valley Park,
     * is left blank), else its E-code's; null if none.
     */
    private String place(Worksheet sheet, SheetRow row, String eCode, String name, Integer onsColumn,
                         Map<String, Integer> identity, Map<String, MhclgAuthorityCodes.Stated> stated,
                         List<String> unplaced, ProblemCollector problems) {
        String onsCode = onsColumn == null ? "" : row.text(onsColumn);
        if (!onsCode.isEmpty()) {
            if (!ONS_CODE.matcher(onsCode).matches() && !onsCode.equals(eCode)) {
                problems.add(row.number(), MhclgTable.at(sheet, row, onsColumn, "ONS Code"),
                        "'" + onsCode + "' is not an English ONS code (E and eight digits)");
                return null;
            }
            stated.put(eCode, new MhclgAuthorityCodes.Stated(eCode, onsCode, name));
            return onsCode;
        }
        MhclgAuthorityCodes.Known known = codes.get(eCode);
        if (known == null) {
            problems.add(row.number(), MhclgTable.at(sheet, row, identity.get("E-code"), "E-code"),
                    eCode + " (" + name + ") is stated beside an ONS code by no file loaded; load a return that "
                            + "states both (RSX, RA, or RS from 2017-18) first");
            return null;
        }
        if (known.placeCode() == null) {
            unplaced.add(eCode + " " + name + " (" + known.retiredNote() + ")");
            return null;
        }
        return known.placeCode();
    }

    /** Column index to service, by heading; the header's other columns are noted. */
    private static Map<Integer, String> serviceColumns(Worksheet sheet, SheetRow header, List<String> notes,
                                                       ProblemCollector problems) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> other = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.width(); i++) {
            String heading = normalise(header.text(i));
            String service = heading.equals(TOTAL_HEADING) || heading.startsWith(TOTAL_HEADING + " (") ? TOTAL_SERVICE
                    : SERVICE_BY_HEADING.get(heading);
            if (service == null) {
                if (!heading.isEmpty() && !List.of("e-code", "ons code", "local authority", "class").contains(heading)) {
                    other.add(header.text(i).replaceAll("\\s+", " "));
                }
                continue;
            }
            if (seen.putIfAbsent(service, i) != null) {
                repeated.add(sheet.columnReference(i));
            } else {
                columns.put(i, service);
            }
        }
        if (!repeated.isEmpty()) {
            // 2010-11 to 2013-14 restate the service groups on the non-IAS19 basis further right
            notes.add(repeated.size() + " columns repeat a service heading already read (from " + repeated.getFirst()
                    + ": a restatement on another basis); the first of each is loaded");
        }
        if (!seen.containsKey(TOTAL_SERVICE)) {
            problems.add(header.number(), MhclgTable.at(sheet, header, 0, null),
                    "no column headed 'TOTAL SERVICE EXPENDITURE'");
        }
        if (!other.isEmpty()) {
            notes.add(other.size() + " columns are not service expenditure (" + other.getFirst() + ", ...); not "
                    + "loaded");
        }
        return columns;
    }

    /** The sheet of net current expenditure: a header holding E-code, and a title row above it saying so. */
    private static boolean isNetCurrentExpenditure(Worksheet sheet) {
        int header = MhclgTable.headerRow(sheet);
        return header >= 0 && sheet.rows().subList(0, header).stream()
                .anyMatch(r -> normalise(r.text(0)).startsWith("net current expenditure"));
    }
}
