package org.wholeplace.spend.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SheetRow;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.ingest.Spreadsheet;
import org.wholeplace.ingest.Worksheet;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Service;

/**
 * Reads a Revenue Account (RA) budget file as MHCLG publishes it: the workbook gov.uk serves (ODS, XLSX or XLS: the
 * sheet holding the header row) or a CSV export of its data sheet. RA files have no column codes, and their
 * layout moves between years (title and note rows, an asset-ID row some years, 216 columns one year and 292 another),
 * so columns are found by what the form itself prints above the header row that starts {@code E-code}:
 * <ul>
 * <li>the <b>line-number row</b>: the row above the header holding the most of the form's known total lines (190
 * TOTAL EDUCATION SERVICES, 290, ..., 799 TOTAL SERVICE EXPENDITURE);</li>
 * <li>the <b>section-heading row</b> ("Education Services", "Children's Social Care", ...): a heading starts a section,
 * which ends at the next heading. Of the rows above the header, it is the one whose sections best match the form:
 * the most sections holding exactly one group total, less those holding none (an asset-ID or column-number row has a
 * cell over every column, so most of its "sections" hold no total).</li>
 * </ul>
 * In each section, the column whose line number is a group's total line (330 for children's social care) is that
 * group's reported total, and every other numbered column of the section is one of its detailed lines. A line the
 * form had not before is registered as service {@code ra-<line>} under its section's group; lines that are missing,
 * renamed, or in a section with no known total are noted, never fatal. Columns after line 799 (housing benefits,
 * precepts, financing, reserves, the HRA) are not service expenditure and are not loaded.
 * <p>
 * Amounts are in £ thousand; a blank, a dash, "..." or "[x]" means no figure; a column whose every authority cell
 * holds the same text ("Category discontinued") is the form's note on that line, noted, with no figure. A CSV file is
 * read as UTF-8 or, failing that, Windows-1252.
 */
public final class RaParser {

    private static final Pattern TITLE_YEAR = Pattern.compile("Revenue Account.*?(\\d{4}-\\d{2})");
    private static final Pattern LINE_NUMBER = Pattern.compile("\\d{3,4}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int IDENTITY_COLUMNS = 5;

    private final Map<Integer, Service> servicesByLine;
    private final int totalServiceExpenditureLine;

    /** @param services the known services; those with a form line are what columns are matched to */
    public RaParser(Iterable<Service> services) {
        Map<Integer, Service> byLine = new HashMap<>();
        Integer total = null;
        for (Service service : services) {
            if (service.formLine() != null) {
                byLine.put(service.formLine(), service);
                if (service.total()) {
                    total = service.formLine();
                }
            }
        }
        if (total == null) {
            throw new IllegalStateException("no reported-total service with a form line: is migration V12 applied?");
        }
        this.servicesByLine = Map.copyOf(byLine);
        this.totalServiceExpenditureLine = total;
    }

    /** A figure column: the service it holds and, for a detailed line, the group total column of its section. */
    private record Column(int index, int line, String serviceCode, String groupCode, boolean groupTotal) {
    }

    /** Parses one file; holds nothing of it, so one parser may read any number of files at once. */
    public RaReturn parse(SourceFile file) {
        Spreadsheet workbook = Spreadsheet.read(file, Spreadsheet.CsvText.UTF_8_OR_WINDOWS_1252);
        var problems = new ProblemCollector(file.name());
        List<String> notes = new ArrayList<>();
        if (workbook.encoding() != null && !workbook.encoding().equals("UTF-8")) {
            notes.add("read as " + workbook.encoding() + ": the file is not valid UTF-8");
        }
        Worksheet sheet = workbook.sheet(s -> MhclgTable.headerRow(s) >= 0)
                .orElse(workbook.sheets().isEmpty() ? null : workbook.sheets().getFirst());
        if (sheet == null) {
            problems.add(0, null, "holds no sheet");
            problems.throwIfAny();
        }

        FinancialYear year = MhclgTable.yearFromTitle(sheet, TITLE_YEAR, "Revenue Account Budget (RA) 2021-22",
                problems);
        int header = MhclgTable.headerRow(sheet);
        if (header < 0) {
            problems.add(0, "E-code", "no header row holding 'E-code'; is this an RA file?");
            problems.throwIfAny();
        }
        SheetRow headerRow = sheet.rows().get(header);
        Map<String, Integer> identity = MhclgTable.identityColumns(sheet, headerRow,
                List.of("E-code", "ONS Code", "Local authority", "Class"), problems);
        List<RaReturn.NewService> newServices = new ArrayList<>();
        List<Column> columns = columns(sheet, sheet.rows().subList(0, header), headerRow, newServices, notes,
                problems);
        problems.throwIfAny();

        // the authorities' table ends at the first empty row; the England and class totals follow
        List<SheetRow> rows = MhclgTable.tableRows(sheet, header, notes);
        Map<Integer, String> markers = MhclgTable.formMarkers(rows, columns.stream().map(Column::index).toList());
        columns.stream().filter(c -> markers.containsKey(c.index()))
                .forEach(c -> notes.add(MhclgTable.formMarkerNote(sheet, c.index(), "line " + c.line() + " "
                        + headerRow.text(c.index()).replaceAll("\\s+", " "), markers.get(c.index()), rows.size())));
        List<RaReturn.Authority> authorities = new ArrayList<>();
        Map<String, Long> firstLineOf = new HashMap<>();
        int rowsRead = 0;
        int totalsDiffering = 0;
        for (SheetRow row : rows) {
            long line = row.number();
            rowsRead++;
            MhclgTable.Authority authority = MhclgTable.authority(sheet, row, headerRow.width(), identity,
                    firstLineOf, notes, problems);
            if (authority == null) {
                continue;
            }
            Map<Column, BigDecimal> figures = new LinkedHashMap<>();
            for (Column column : columns) {
                if (markers.containsKey(column.index())) {
                    continue;
                }
                BigDecimal pounds = MhclgTable.pounds(sheet, row, column.index(),
                        "line " + column.line() + " (" + headerRow.text(column.index()) + ")", problems);
                if (pounds != null) {
                    figures.put(column, pounds);
                }
            }
            // A group total is itemised when the row also gives some of its lines; it differs from their sum only
            // by the form's rounding of each figure to £ thousand, or by a return's own inconsistency.
            Map<String, BigDecimal> sumOfLines = new HashMap<>();
            figures.forEach((column, pounds) -> {
                if (!column.groupTotal() && column.groupCode() != null) {
                    sumOfLines.merge(column.groupCode(), pounds, BigDecimal::add);
                }
            });
            List<RaReturn.Amount> amounts = new ArrayList<>();
            for (var figure : figures.entrySet()) {
                Column column = figure.getKey();
                boolean itemised = column.groupTotal() && sumOfLines.containsKey(column.serviceCode());
                if (itemised && sumOfLines.get(column.serviceCode()).compareTo(figure.getValue()) != 0) {
                    totalsDiffering++;
                }
                amounts.add(new RaReturn.Amount(column.serviceCode(), figure.getValue(), itemised));
            }
            authorities.add(new RaReturn.Authority(line, authority.eCode(), authority.onsCode(), authority.name(),
                    authority.authorityClass(), List.copyOf(amounts)));
        }
        if (totalsDiffering > 0) {
            notes.add(totalsDiffering + " group totals differ from the sum of their lines (each figure is rounded to "
                    + "£ thousand on the form); the totals are kept as reported");
        }
        if (authorities.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "no authority rows after the header row");
        }
        problems.throwIfAny();
        return new RaReturn(year, workbook.encoding() == null ? "workbook" : workbook.encoding(),
                List.copyOf(newServices), List.copyOf(authorities), rowsRead,
                List.copyOf(notes));
    }

    /** The figure columns of service expenditure, each matched to its service, from the rows above the header. */
    private List<Column> columns(Worksheet sheet, List<SheetRow> above, SheetRow header,
                                 List<RaReturn.NewService> newServices, List<String> notes,
                                 ProblemCollector problems) {
        SheetRow lineRow = above.stream()
                .max((a, b) -> Long.compare(knownTotalLines(a), knownTotalLines(b)))
                .filter(r -> knownTotalLines(r) > 0).orElse(null);
        if (lineRow == null) {
            problems.add(header.number(), MhclgTable.at(sheet, header, 0, null), "no row of form line numbers (110, 120, ..., 799) above the "
                    + "header; is this an RA file?");
            return List.of();
        }
        SheetRow headingRow = above.stream().filter(r -> r != lineRow)
                .max((a, b) -> Integer.compare(sectionFit(a, lineRow), sectionFit(b, lineRow)))
                .filter(r -> sectionFit(r, lineRow) > 0).orElse(null);
        if (headingRow == null) {
            problems.add(header.number(), MhclgTable.at(sheet, header, 0, null), "no row of section headings (Education Services, ...) above "
                    + "the header");
            return List.of();
        }

        List<Column> columns = new ArrayList<>();
        Set<Integer> seen = new TreeSet<>();
        String heading = null;
        List<Integer> sectionColumns = new ArrayList<>();   // the detailed columns waiting for their section's total
        boolean ended = false;
        int ignored = 0;
        for (int i = IDENTITY_COLUMNS; i < lineRow.width(); i++) {
            String number = lineRow.text(i);
            if (!ended && !headingRow.text(i).isEmpty()) {
                closeSection(heading, sectionColumns, lineRow, header, notes);
                heading = headingRow.text(i).replaceAll("\\s+", " ");
            }
            if (!LINE_NUMBER.matcher(number).matches()) {
                continue;
            }
            if (ended) {
                ignored++;
                continue;
            }
            int line = Integer.parseInt(number);
            if (!seen.add(line)) {
                problems.add(lineRow.number(), MhclgTable.at(sheet, lineRow, i, "line " + line), "form line " + line + " appears twice in "
                        + "service expenditure");
                continue;
            }
            Service known = servicesByLine.get(line);
            if (line == totalServiceExpenditureLine) {
                closeSection(heading, sectionColumns, lineRow, header, notes);
                columns.add(new Column(i, line, known.code(), null, false));
                ended = true;
            } else if (known != null && !known.detailed()) {
                for (int detail : sectionColumns) {
                    columns.add(detailColumn(detail, Integer.parseInt(lineRow.text(detail)), known, header,
                            newServices, notes));
                }
                sectionColumns.clear();
                columns.add(new Column(i, line, known.code(), known.code(), true));
            } else {
                sectionColumns.add(i);
            }
        }
        if (!ended) {
            problems.add(lineRow.number(), (sheet.name() == null ? "" : sheet.name() + "!") + lineRow.number()
                    + " line " + totalServiceExpenditureLine, "no column for form line "
                    + totalServiceExpenditureLine + " (TOTAL SERVICE EXPENDITURE)");
        }
        if (ignored > 0) {
            notes.add(ignored + " columns after line " + totalServiceExpenditureLine + " (housing benefits, precepts "
                    + "and levies, financing, reserves, the HRA) are not service expenditure; not loaded");
        }
        Set<Integer> missing = servicesByLine.keySet().stream().filter(l -> !seen.contains(l))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            notes.add("form lines not in this file: " + missing.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        return columns;
    }

    /** A detailed line's column, under the group whose total closes its section. */
    private Column detailColumn(int index, int line, Service group, SheetRow header,
                                List<RaReturn.NewService> newServices, List<String> notes) {
        String name = header.text(index).replaceAll("\\s+", " ");
        Service known = servicesByLine.get(line);
        if (known == null) {
            String code = "ra-" + line;
            newServices.add(new RaReturn.NewService(code, name, group.code(), line));
            notes.add("form line " + line + " '" + name + "' is new: registered as service " + code + " under "
                    + group.code());
            return new Column(index, line, code, group.code(), false);
        }
        if (!group.code().equals(known.parentCode())) {
            notes.add("form line " + line + " sits under " + group.code() + " in this file, under "
                    + known.parentCode() + " before; kept under " + known.parentCode());
        }
        if (!name.equalsIgnoreCase(known.name())) {
            notes.add("form line " + line + " is headed '" + name + "' (known as '" + known.name() + "')");
        }
        return new Column(index, line, known.code(), known.parentCode(), false);
    }

    /** Lines left when a section ends without a known group total cannot be placed; they are noted. */
    private static void closeSection(String heading, List<Integer> sectionColumns, SheetRow lineRow,
                                     SheetRow header, List<String> notes) {
        if (!sectionColumns.isEmpty()) {
            notes.add("section '" + heading + "' has no known group total line; its lines "
                    + sectionColumns.stream().map(i -> lineRow.text(i) + " (" + header.text(i) + ")")
                    .collect(Collectors.joining(", ")) + " are not loaded");
            sectionColumns.clear();
        }
    }

    private long knownTotalLines(SheetRow row) {
        return row.cells().stream().map(c -> c.text().strip()).filter(c -> LINE_NUMBER.matcher(c).matches())
                .map(Integer::parseInt).filter(l -> {
                    Service s = servicesByLine.get(l);
                    return s != null && !s.detailed();
                }).count();
    }

    /** Sections of a candidate heading row holding exactly one group total, less those holding none. */
    private int sectionFit(SheetRow candidate, SheetRow lineRow) {
        int fit = 0;
        int totalsInSection = -1;   // no section open yet
        for (int i = IDENTITY_COLUMNS; i < lineRow.width(); i++) {
            if (!candidate.text(i).isEmpty() && candidate.cell(i).number() == null
                    && !NUMBER.matcher(candidate.text(i).replace(",", "")).matches()) {
                fit += totalsInSection == 1 ? 1 : totalsInSection == 0 ? -1 : 0;
                totalsInSection = 0;
            }
            String number = lineRow.text(i);
            if (!LINE_NUMBER.matcher(number).matches()) {
                continue;
            }
            int line = Integer.parseInt(number);
            if (line == totalServiceExpenditureLine) {
                break;
            }
            Service known = servicesByLine.get(line);
            if (known != null && !known.detailed() && totalsInSection >= 0) {
                totalsInSection++;
            }
        }
        return fit + (totalsInSection == 1 ? 1 : 0);
    }
}
