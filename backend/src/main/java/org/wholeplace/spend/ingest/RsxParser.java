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
    private static final Pattern ONS_CODE = Pattern.compile("E\\d{8}");
    /** MHCLG's own authority code; the file repeats it where a body has no ONS code (Lee Valley Park Authority). */
    private static final Pattern MHCLG_CODE = Pattern.compile("E\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Set<String> NO_FIGURE = Set.of("", "-", "–", "..", "...", "[x]", "[z]", "[c]", "x");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** The national total row: the sum of the authorities, so storing it would count England twice. */
    private static final String NATIONAL_CLASS = "Eng";

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

        FinancialYear year = findYear(lines, problems);
        int header = lines.indexOfRowStarting("E-code");
        if (header < 0) {
            problems.add(0, "E-code", "no header row starting 'E-code'; is this an RSX file?");
            problems.throwIfAny();
        }
        Map<String, Integer> identity = identityColumns(records.get(header), lines, problems);
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
            if (row.size() < headerWidth) {
                problems.add(line, null, "has " + row.size() + " fields where the header has " + headerWidth
                        + "; is the line truncated?");
                continue;
            }
            String onsCode = cell(row, identity.get("ONS Code"));
            String name = cell(row, identity.get("Local authority"));
            String authorityClass = cell(row, identity.get("Class"));
            String detailedClass = cell(row, identity.get("Detailed Class"));
            if (NATIONAL_CLASS.equals(authorityClass)) {
                notes.add("line " + line + ": the national total row (" + onsCode + " " + name
                        + ") is the sum of the authorities and is not stored");
                continue;
            }
            String eCode = cell(row, identity.get("E-code"));
            if (MHCLG_CODE.matcher(onsCode).matches() && onsCode.equals(eCode)) {
                notes.add("line " + line + ": " + name + " has no ONS code; it is keyed by its MHCLG code " + eCode);
            } else if (!ONS_CODE.matcher(onsCode).matches()) {
                problems.add(line, "ONS Code", "'" + onsCode + "' is not an English ONS code (E and eight digits)");
                continue;
            }
            if (name.isEmpty()) {
                problems.add(line, "Local authority", "no authority name");
            }
            Long earlier = firstLineOf.putIfAbsent(onsCode, line);
            if (earlier != null) {
                problems.add(line, "ONS Code", "duplicate authority " + onsCode + " (first on line " + earlier + ")");
                continue;
            }
            List<RsxReturn.Amount> amounts = new ArrayList<>();
            amountColumns.forEach((column, code) -> {
                String raw = cell(row, column);
                if (NO_FIGURE.contains(raw)) {
                    return;
                }
                String digits = raw.replace(",", "");
                if (!NUMBER.matcher(digits).matches()) {
                    problems.add(line, code.code(), "'" + raw + "' is not a number");
                    return;
                }
                amounts.add(new RsxReturn.Amount(code.group(), code.suffix(), new BigDecimal(digits).multiply(THOUSAND)));
            });
            authorities.add(new RsxReturn.Authority(line, eCode, onsCode, name,
                    authorityClass, detailedClass, List.copyOf(amounts)));
        }
        if (authorities.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "no authority rows after the header row");
        }
        problems.throwIfAny();
        return new RsxReturn(year, List.copyOf(authorities), rowsRead, List.copyOf(notes));
    }

    private static FinancialYear findYear(CsvTable lines, ProblemCollector problems) {
        List<CSVRecord> records = lines.records();
        for (CSVRecord row : records.subList(0, Math.min(records.size(), 10))) {
            Matcher m = TITLE_YEAR.matcher(cell(row, 0));
            if (m.find()) {
                try {
                    return FinancialYear.parse(m.group(1));
                } catch (IllegalArgumentException e) {
                    problems.add(lines.lineOf(row), "title", e.getMessage());
                    return null;
                }
            }
        }
        problems.add(1, "title", "no title naming the year, like 'Revenue Outturn (RO) 2022-23'");
        return null;
    }

    private static Map<String, Integer> identityColumns(CSVRecord header, CsvTable lines, ProblemCollector problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
        Map<String, Integer> identity = new HashMap<>();
        for (String name : List.of("E-code", "ONS Code", "Local authority", "Class", "Detailed Class")) {
            Integer column = columns.get(name);
            if (column == null) {
                problems.add(lines.lineOf(header), name, "no column headed '" + name + "'");
            } else {
                identity.put(name, column);
            }
        }
        return identity;
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
