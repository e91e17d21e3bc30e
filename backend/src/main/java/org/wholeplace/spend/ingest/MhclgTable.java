package org.wholeplace.spend.ingest;

import static org.wholeplace.ingest.CsvTable.cell;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.wholeplace.ingest.CsvTable;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.provenance.Provenance;

/**
 * What the tables of MHCLG's revenue returns (outturn RSX, budget RA) share: a title naming the year, a header row
 * starting {@code E-code} with the authority's identity columns, one row per authority keyed by its ONS code, and
 * figures in £ thousand with thousands separators. The formats differ only in how they name their figure columns.
 */
final class MhclgTable {

    private static final String PUBLISHER = "Department for Levelling Up, Housing and Communities (now MHCLG)";
    private static final String LICENCE = "Open Government Licence v3.0";
    private static final String URL =
            "https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing";

    private static final Pattern ONS_CODE = Pattern.compile("E\\d{8}");
    /** MHCLG's own authority code; a file repeats it where a body has no ONS code (Lee Valley Park Authority). */
    private static final Pattern MHCLG_CODE = Pattern.compile("E\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Set<String> NO_FIGURE = Set.of("", "-", "–", "..", "...", "[x]", "[z]", "[c]", "x");
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

    /** The year the title names (within the first ten rows), as {@code titleYear}'s first group. */
    static FinancialYear yearFromTitle(CsvTable table, Pattern titleYear, String example, ProblemCollector problems) {
        List<CSVRecord> records = table.records();
        for (CSVRecord row : records.subList(0, Math.min(records.size(), 10))) {
            Matcher m = titleYear.matcher(cell(row, 0));
            if (m.find()) {
                try {
                    return FinancialYear.parse(m.group(1));
                } catch (IllegalArgumentException e) {
                    problems.add(table.lineOf(row), "title", e.getMessage());
                    return null;
                }
            }
        }
        problems.add(1, "title", "no title naming the year, like '" + example + "'");
        return null;
    }

    /** The columns of the header row with these headings; a missing one is a problem. */
    static Map<String, Integer> identityColumns(CSVRecord header, List<String> names, CsvTable table,
                                                ProblemCollector problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
        Map<String, Integer> identity = new HashMap<>();
        for (String name : names) {
            Integer column = columns.get(name);
            if (column == null) {
                problems.add(table.lineOf(header), name, "no column headed '" + name + "'");
            } else {
                identity.put(name, column);
            }
        }
        return identity;
    }

    /**
     * The authority a row is, or null for a row not to store: truncated, of an ONS code that is not one, a second
     * row of the same authority (each a problem), or the national total (noted).
     *
     * @param firstLineOf the line each authority was first read on, kept across the file's rows
     */
    static Authority authority(CSVRecord row, long line, int headerWidth, Map<String, Integer> identity,
                               Map<String, Long> firstLineOf, List<String> notes, ProblemCollector problems) {
        if (row.size() < headerWidth) {
            problems.add(line, null, "has " + row.size() + " fields where the header has " + headerWidth
                    + "; is the line truncated?");
            return null;
        }
        String onsCode = cell(row, identity.get("ONS Code"));
        String name = cell(row, identity.get("Local authority"));
        String authorityClass = cell(row, identity.get("Class"));
        if (NATIONAL_CLASSES.contains(authorityClass)) {
            notes.add("line " + line + ": the national total row (" + onsCode + " " + name
                    + ") is the sum of the authorities and is not stored");
            return null;
        }
        String eCode = cell(row, identity.get("E-code"));
        if (MHCLG_CODE.matcher(onsCode).matches() && onsCode.equals(eCode)) {
            notes.add("line " + line + ": " + name + " has no ONS code; it is keyed by its MHCLG code " + eCode);
        } else if (!ONS_CODE.matcher(onsCode).matches()) {
            problems.add(line, "ONS Code", "'" + onsCode + "' is not an English ONS code (E and eight digits)");
            return null;
        }
        if (name.isEmpty()) {
            problems.add(line, "Local authority", "no authority name");
        }
        Long earlier = firstLineOf.putIfAbsent(onsCode, line);
        if (earlier != null) {
            problems.add(line, "ONS Code", "duplicate authority " + onsCode + " (first on line " + earlier + ")");
            return null;
        }
        return new Authority(line, eCode, onsCode, name, authorityClass);
    }

    /** A cell in £ thousand, in pounds; null for no figure, and for a cell that is not a number (a problem). */
    static BigDecimal pounds(String raw, long line, String field, ProblemCollector problems) {
        if (NO_FIGURE.contains(raw)) {
            return null;
        }
        String digits = raw.replace(",", "");
        if (!NUMBER.matcher(digits).matches()) {
            problems.add(line, field, "'" + raw + "' is not a number");
            return null;
        }
        return new BigDecimal(digits).multiply(THOUSAND);
    }
}
