package org.wholeplace.spend.ingest;

import static org.wholeplace.ingest.CsvTable.cell;
import static org.wholeplace.ingest.CsvTable.isBlank;

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

import org.apache.commons.csv.CSVRecord;
import org.wholeplace.ingest.CsvTable;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.period.FinancialYear;

/**
 * Reads an RSX file exactly as MHCLG publishes it: title and note rows, then rows of column codes
 * ({@code RSX-csc-net-cur-exp}), then the header row starting {@code E-code}, then one row per authority. Columns
 * are found by their codes, never by position, because the layout shifts between years. Amounts are in £ thousand
 * with thousands separators; a blank, a dash, "..." or "[x]" means no figure.
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
        CsvTable lines = CsvTable.read(file.name(), file.text());
        List<CSVRecord> records = lines.records();
        var problems = new ProblemCollector(file.name());
        List<String> notes = new ArrayList<>();

        FinancialYear year = MhclgTable.yearFromTitle(lines, TITLE_YEAR, "Revenue Outturn (RO) 2022-23", problems);
        int header = lines.indexOfRowStarting("E-code");
        if (header < 0) {
            problems.add(0, "E-code", "no header row starting 'E-code'; is this an RSX file?");
            problems.throwIfAny();
        }
        Map<String, Integer> identity = MhclgTable.identityColumns(records.get(header),
                List.of("E-code", "ONS Code", "Local authority", "Class", "Detailed Class"), lines, problems);
        Map<Integer, Column> amountColumns = amountColumns(records.subList(0, header), lines, notes, problems);
        problems.throwIfAny();

        int headerWidth = records.get(header).size();
        List<RsxReturn.Authority> authorities = new ArrayList<>();
        Map<String, Long> firstLineOf = new HashMap<>();
        int rowsRead = 0;
        for (CSVRecord row : records.subList(header + 1, records.size())) {
            long line = lines.lineOf(row);
            if (isBlank(row)) {
                break;   // the authorities' table ends at the first empty row
            }
            if ("E-code".equals(cell(row, 0))) {
                notes.add("line " + line + ": a second table (class breakdown) follows; it repeats the authorities' "
                        + "figures in sums and is not loaded");
                break;
            }
            rowsRead++;
            MhclgTable.Authority authority = MhclgTable.authority(row, line, headerWidth, identity, firstLineOf,
                    notes, problems);
            if (authority == null) {
                continue;
            }
            List<RsxReturn.Amount> amounts = new ArrayList<>();
            amountColumns.forEach((column, code) -> {
                BigDecimal pounds = MhclgTable.pounds(cell(row, column), line, code.code(), problems);
                if (pounds != null) {
                    amounts.add(new RsxReturn.Amount(code.group(), code.suffix(), pounds));
                }
            });
            authorities.add(new RsxReturn.Authority(line, authority.eCode(), authority.onsCode(), authority.name(),
                    authority.authorityClass(), cell(row, identity.get("Detailed Class")), List.copyOf(amounts)));
        }
        if (authorities.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "no authority rows after the header row");
        }
        problems.throwIfAny();
        return new RsxReturn(year, List.copyOf(authorities), rowsRead, List.copyOf(notes));
    }

    /** An amount column: service group and measure, as in {@code RSX-csc-net-cur-exp}. */
    private record Column(String group, String suffix) {
        String code() {
            return "RSX-" + group + "-" + suffix;
        }
    }

    /** Column index to its code, from the row of RSX codes above the header. */
    private Map<Integer, Column> amountColumns(List<CSVRecord> above, CsvTable lines, List<String> notes,
                                               ProblemCollector problems) {
        CSVRecord codes = above.stream()
                .filter(r -> r.stream().anyMatch(c -> CODE.matcher(c.strip()).matches()))
                .findFirst().orElse(null);
        Map<Integer, Column> columns = new LinkedHashMap<>();
        if (codes == null) {
            problems.add(0, null, "no row of column codes like 'RSX-edu-net-cur-exp' above the header");
            return columns;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).strip();
            Matcher m = CODE.matcher(code);
            if (!m.matches()) {
                continue;
            }
            String group = m.group(1);
            String suffix = m.group(2);
            if (!seen.add(group + "-" + suffix)) {
                problems.add(lines.lineOf(codes), code, "column code appears twice");
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
