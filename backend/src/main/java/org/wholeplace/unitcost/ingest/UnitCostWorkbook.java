package org.wholeplace.unitcost.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.ingest.Worksheet;

/**
 * Reads the GMCA Unit Cost Database workbook. Every sheet whose first row has a "Cost code" heading is a sheet of
 * unit costs; its columns are found by their headings (row 1, and row 2 under the fiscal, economic and social value
 * groups), so that a later edition with moved or added columns still reads. Rows with neither a cost code nor a
 * description are the sheet's own scaffolding and are skipped; a described cost without a code is kept, and noted.
 * The Lookups sheet gives the GDP deflator the workbook uprates values with, and the year it uprates them to; the
 * agencies sharing each cost's fiscal saving are read from its constituent costs ({@link FiscalSplits}).
 */
final class UnitCostWorkbook {

    private static final Pattern PRICE_YEAR = Pattern.compile("\\d{4}/\\d{2}");
    private static final Set<String> RAG = Set.of("R", "A", "G");
    private static final List<String> VALUE_GROUPS = List.of("fiscal", "economic", "social");

    /** A value as the workbook gives it: estimated in its price year, and uprated to the workbook's year. */
    record Value(BigDecimal estimated, String priceYear, BigDecimal uprated) {
        static final Value NONE = new Value(null, null, null);
    }

    record UnitCost(String code, String sheet, String outcomeCategory, String outcomeDetail, String description,
                    String unit, String agency, String agencyDetail, Value fiscal, Value economic, Value social,
                    String originalSource, String confidence, String comment, int row) {
    }

    /** @param forecast the workbook marks the year 'f': a forecast, not outturn */
    record PriceIndex(String financialYear, BigDecimal gdpIndex, boolean forecast) {
    }

    /** A cost whose fiscal value is, in whole or part, a transfer payment, as the comment on its cell says. */
    record TransferAt(String code, WorkbookNotes.Transfer transfer, String cell, String note) {
    }

    /** A cost whose Comment speaks of double counting: the sentences that do, and whether they forbid combining. */
    record DoubleCountingAt(String code, WorkbookNotes.DoubleCounting doubleCounting, String cell) {
    }

    /**
     * @param notes what was read but is worth telling: sheets skipped, optional columns missing
     */
    record Contents(List<UnitCost> costs, List<FiscalSplits.Saving> savings, List<PriceIndex> priceIndex,
                    String upratedTo, List<TransferAt> transfers, List<DoubleCountingAt> doubleCounting,
                    List<String> notes) {
    }

    private UnitCostWorkbook() {
    }

    /** A sheet of costs as read: each cost with the cell its code is in, and what is worth telling. */
    private record SheetOfCosts(List<CostAt> costs, List<String> notes) {
        static final SheetOfCosts NONE = new SheetOfCosts(List.of(), List.of());
    }

    /**
     * @param sound          false for a row with a problem: refused, but its code still taken, so repeats are found
     * @param transfer       what the comment on its fiscal value says is a transfer, or null
     * @param doubleCounting what its Comment says of double counting, or null
     */
    private record CostAt(UnitCost cost, String codeCell, boolean sound, TransferAt transfer,
                          DoubleCountingAt doubleCounting) {
    }

    /** The deflator table: the year the workbook uprates to (null without the table) and each year's index. */
    private record DeflatorTable(String upratedTo, List<PriceIndex> years) {
        static final DeflatorTable NONE = new DeflatorTable(null, List.of());
    }

    static Contents read(SourceFile file) {
        var problems = new ProblemCollector(file.name());
        List<CostAt> costs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        DeflatorTable deflator = DeflatorTable.NONE;
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            CellComments comments = CellComments.of(file.content());
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> it = rows.iterator();
                    Row first = it.hasNext() ? it.next() : null;
                    if (first != null && columnOf(first, "cost code").isPresent()) {
                        SheetOfCosts read = readCosts(sheet, first, it, comments, problems);
                        costs.addAll(read.costs());
                        notes.addAll(read.notes());
                    } else if (sheet.getName().equalsIgnoreCase("Lookups")) {
                        deflator = readPriceIndex(sheet, first, it, problems);
                    } else {
                        notes.add("sheet '" + sheet.getName() + "' has no unit costs");
                    }
                }
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            problems.add(0, null, "is not a readable .xlsx workbook: " + e.getMessage());
        }
        List<CostAt> unique = withoutRepeatedCodes(costs, problems);
        if (problems.isEmpty() && unique.isEmpty()) {
            problems.add(0, null, "has no sheet of unit costs (a first row with a 'Cost code' heading)");
        }
        if (problems.isEmpty() && (deflator.upratedTo() == null || deflator.years().isEmpty())) {
            problems.add(0, "Lookups", "has no GDP deflator table ('Current Year', 'Year' and 'GDP cumulative' "
                    + "headings in the Lookups sheet)");
        }
        problems.throwIfAny();
        List<UnitCost> read = unique.stream().map(CostAt::cost).toList();
        FiscalSplits.Splits splits = FiscalSplits.of(read);
        notes.addAll(splits.notes());
        List<TransferAt> transfers = unique.stream().map(CostAt::transfer).filter(t -> t != null).toList();
        List<DoubleCountingAt> doubleCounting = unique.stream().map(CostAt::doubleCounting).filter(d -> d != null)
                .toList();
        notes.add(transfers.size() + " fiscal values are transfer payments, in whole or part ("
                + transfers.stream().map(TransferAt::code).collect(Collectors.joining(", ")) + ")");
        notes.add(doubleCounting.size() + " costs warn of double counting, " + doubleCounting.stream()
                .filter(d -> d.doubleCounting().doNotCombine()).count() + " saying not to combine them with others");
        transfers.forEach(t -> disagreement(t, read).ifPresent(notes::add));
        return new Contents(read, splits.savings(), deflator.years(), deflator.upratedTo(), transfers,
                doubleCounting, notes);
    }

    /**
     * Where the total public value a transfer's comment states (to the pound) is not the cost's values less the
     * transfer, in the same price year: the workbook's own arithmetic, told rather than refused.
     */
    private static Optional<String> disagreement(TransferAt at, List<UnitCost> costs) {
        WorkbookNotes.Transfer t = at.transfer();
        UnitCost cost = costs.stream().filter(c -> at.code().equals(c.code())).findFirst().orElseThrow();
        if (t.statedPublicValue() == null || !t.statedPriceYear().equals(cost.fiscal().priceYear())) {
            return Optional.empty();
        }
        BigDecimal publicValue = cost.fiscal().estimated()
                .subtract(t.amount() == null ? cost.fiscal().estimated() : t.amount())
                .add(orZero(cost.economic().estimated())).add(orZero(cost.social().estimated()));
        return publicValue.subtract(t.statedPublicValue()).abs().compareTo(BigDecimal.ONE) < 0 ? Optional.empty()
                : Optional.of(at.cell() + " states a total public value of £" + t.statedPublicValue().toPlainString()
                        + "; its values less the transfer make £" + publicValue.toPlainString());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** A cost code names one cost in the whole workbook; a repeat is a problem at its cell. */
    private static List<CostAt> withoutRepeatedCodes(List<CostAt> costs, ProblemCollector problems) {
        Map<String, String> firstOfCode = new HashMap<>();
        List<CostAt> unique = new ArrayList<>();
        for (CostAt at : costs) {
            UnitCost cost = at.cost();
            String earlier = cost.code() == null ? null
                    : firstOfCode.putIfAbsent(cost.code(), cost.sheet() + " row " + cost.row());
            if (earlier != null) {
                problems.add(cost.row(), at.codeCell(), "cost code " + cost.code() + " is used already (" + earlier
                        + ")");
            } else if (at.sound()) {
                unique.add(at);
            }
        }
        return unique;
    }

    private static SheetOfCosts readCosts(Sheet sheet, Row first, Iterator<Row> rows, CellComments comments,
                                          ProblemCollector problems) {
        List<CostAt> costs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String name = sheet.getName();
        Row second = rows.hasNext() ? rows.next() : null;
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String heading : List.of("outcome category", "outcome detail", "cost code", "cost / saving detail",
                "unit", "agency bearing", "original source", "rag assessment", "comment")) {
            columnOf(first, heading).ifPresentOrElse(c -> columns.put(heading, c), () -> {
                if (Set.of("cost code", "cost / saving detail", "rag assessment").contains(heading)) {
                    problems.add(1, name, "no '" + heading + "' heading in row 1");
                } else {
                    notes.add("sheet '" + name + "' has no '" + heading + "' column");
                }
            });
        }
        Map<String, int[]> groups = new HashMap<>();   // value group -> estimated, year, updated columns
        for (String group : VALUE_GROUPS) {
            Optional<Integer> start = columnOf(first, group);
            if (start.isEmpty() || second == null) {
                problems.add(1, name, "no '" + group + "' value heading in row 1");
                continue;
            }
            int[] parts = {subColumn(second, start.get(), "estimated"), subColumn(second, start.get(), "year"),
                    subColumn(second, start.get(), "updated")};
            if (parts[0] < 0 || parts[1] < 0 || parts[2] < 0) {
                problems.add(2, name, "the '" + group + "' value needs 'Estimated', 'Year' and 'Updated' headings "
                        + "in row 2 under it");
            } else {
                groups.put(group, parts);
            }
        }
        if (problems.total() > 0) {
            return SheetOfCosts.NONE;
        }
        Integer agency = columns.get("agency bearing");
        while (rows.hasNext()) {
            Row row = rows.next();
            int before = problems.total();
            String code = text(row, columns.get("cost code"));
            String description = text(row, columns.get("cost / saving detail"));
            if (code == null && description == null) {
                continue;   // blank, or the sheet's own lists below the costs ("Do not delete rows")
            }
            int line = row.getRowNum();
            if (description == null) {
                problems.add(line, field(sheet, row, columns.get("cost / saving detail")),
                        "cost " + code + " has no description");
                continue;
            }
            if (code == null) {
                notes.add(name + " row " + line + " has no cost code; loaded without one");
            }
            String confidence = text(row, columns.get("rag assessment"));
            if (confidence == null || !RAG.contains(confidence)) {
                problems.add(line, field(sheet, row, columns.get("rag assessment")),
                        "'" + (confidence == null ? "" : confidence) + "' is not a RAG rating (R, A or G)");
            }
            Value fiscal = value(sheet, row, groups.get("fiscal"), problems);
            Value economic = value(sheet, row, groups.get("economic"), problems);
            Value social = value(sheet, row, groups.get("social"), problems);
            String comment = text(row, columns.get("comment"));
            TransferAt transfer = code == null ? null
                    : transferOf(sheet, row, code, groups.get("fiscal"), fiscal, comments, problems);
            DoubleCountingAt doubleCounting = code == null ? null : WorkbookNotes.doubleCountingIn(comment)
                    .map(note -> new DoubleCountingAt(code, note, field(sheet, row, columns.get("comment"))))
                    .orElse(null);
            costs.add(new CostAt(new UnitCost(code, name, text(row, columns.get("outcome category")),
                    text(row, columns.get("outcome detail")), description, text(row, columns.get("unit")),
                    text(row, agency), agency == null ? null : text(row, agency + 1), fiscal, economic, social,
                    text(row, columns.get("original source")), confidence, comment, line),
                    field(sheet, row, columns.get("cost code")), problems.total() == before, transfer,
                    doubleCounting));
        }
        return new SheetOfCosts(costs, notes);
    }

    /**
     * The transfer the comment on one of a cost's fiscal value cells declares (the Guidance sheet: "These are
     * indicated by a comment in the fiscal value cell"), or null. An amount larger than the fiscal value, or a
     * comment that speaks of a transfer without saying whose benefit to exclude, is a problem at the cell.
     */
    private static TransferAt transferOf(Sheet sheet, Row row, String code, int[] fiscalColumns, Value fiscal,
                                         CellComments comments, ProblemCollector problems) {
        for (int column : fiscalColumns) {
            String cell = field(sheet, row, column);
            String comment = comments.on(sheet.getName(), cellIn(row, column));
            try {
                var transfer = WorkbookNotes.transferIn(comment);
                if (transfer.isEmpty()) {
                    continue;
                }
                BigDecimal amount = transfer.get().amount();
                if (fiscal.estimated() == null || (amount != null && amount.compareTo(fiscal.estimated()) > 0)) {
                    problems.add(row.getRowNum(), cell, "its comment excludes a transfer of £" + (amount == null
                            ? "(the whole)" : amount.toPlainString()) + " from a fiscal value of "
                            + (fiscal.estimated() == null ? "none" : "£" + fiscal.estimated().toPlainString()));
                    return null;
                }
                return new TransferAt(code, transfer.get(), cell, comment);
            } catch (IllegalArgumentException e) {
                problems.add(row.getRowNum(), cell, e.getMessage());
                return null;
            }
        }
        return null;
    }

    /** One value group of a row; a value without its price year, or a number that is text, is a problem. */
    private static Value value(Sheet sheet, Row row, int[] columns, ProblemCollector problems) {
        int before = problems.total();
        BigDecimal estimated = number(sheet, row, columns[0], problems);
        String year = text(row, columns[1]);
        BigDecimal uprated = number(sheet, row, columns[2], problems);
        if (year != null && !PRICE_YEAR.matcher(year).matches()) {
            problems.add(row.getRowNum(), field(sheet, row, columns[1]), "'" + year + "' is not a price year "
                    + "(2013/14)");
        } else if (estimated != null && year == null) {
            problems.add(row.getRowNum(), field(sheet, row, columns[1]), "the value " + estimated.toPlainString()
                    + " has no price year");
        }
        return problems.total() > before || (estimated == null && uprated == null) ? Value.NONE
                : new Value(estimated, year, uprated);
    }

    private static BigDecimal number(Sheet sheet, Row row, int column, ProblemCollector problems) {
        Cell cell = cell(row, column);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        String raw = cell.getRawValue();
        if (cell.getType() == CellType.ERROR) {
            problems.add(row.getRowNum(), field(sheet, row, column), "the workbook's formula gives " + raw);
            return null;
        }
        if (raw == null || raw.isBlank()) {
            return null;   // a formula that leaves the cell empty: no value of this kind
        }
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            problems.add(row.getRowNum(), field(sheet, row, column), "'" + raw.strip() + "' is not a number");
            return null;
        }
    }

    /**
     * The Lookups sheet: a heading row with "Current Year", "Year" and "GDP cumulative"; below it, the year the
     * workbook uprates to (the first entry under "Current Year") and the deflator per year.
     *
     * @return the year values are uprated to (null when the table is not there) and the deflator per year
     */
    private static DeflatorTable readPriceIndex(Sheet sheet, Row first, Iterator<Row> rows,
                                                ProblemCollector problems) {
        List<PriceIndex> index = new ArrayList<>();
        int current = -1;
        int year = -1;
        int gdp = -1;
        String upratedTo = null;
        Row row = first;
        while (row != null) {
            if (gdp < 0) {
                Optional<Integer> gdpColumn = columnOf(row, "gdp cumulative");
                Optional<Integer> currentColumn = columnOf(row, "current year");
                if (gdpColumn.isPresent() && currentColumn.isPresent()) {
                    gdp = gdpColumn.get();
                    current = currentColumn.get();
                    year = exactColumn(row, "year").orElse(-1);
                }
            } else {
                String label = text(row, year);
                if (upratedTo == null) {
                    upratedTo = text(row, current);
                }
                if (label == null && !index.isEmpty()) {
                    break;   // the table ends at its first empty year; notes on its sources follow
                }
                if (label != null) {
                    BigDecimal value = number(sheet, row, gdp, problems);
                    if (!PRICE_YEAR.matcher(label).matches() || value == null) {
                        problems.add(row.getRowNum(), field(sheet, row, year), "'" + label + "' with GDP index "
                                + value + " is not a year of the deflator table");
                    } else {
                        // "f = forecast", in the column before the year (v1.4: 2014/15 on, the March 2015 Budget's)
                        index.add(new PriceIndex(label, value, "f".equalsIgnoreCase(text(row, year - 1))));
                    }
                }
            }
            row = rows.hasNext() ? rows.next() : null;
        }
        return year < 0 ? DeflatorTable.NONE : new DeflatorTable(upratedTo, List.copyOf(index));
    }

    /** The first column whose heading starts with {@code heading}, ignoring case and runs of white space. */
    private static Optional<Integer> columnOf(Row row, String heading) {
        for (Cell cell : row) {
            if (cell != null && cell.getType() == CellType.STRING && normalised(cell.getText()).startsWith(heading)) {
                return Optional.of(cell.getColumnIndex());
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> exactColumn(Row row, String heading) {
        for (Cell cell : row) {
            if (cell != null && cell.getType() == CellType.STRING && normalised(cell.getText()).equals(heading)) {
                return Optional.of(cell.getColumnIndex());
            }
        }
        return Optional.empty();
    }

    /** A value group's part: the column within the three from {@code start} whose row-2 heading starts so. */
    private static int subColumn(Row second, int start, String heading) {
        for (int c = start; c < start + 3; c++) {
            String text = text(second, c);
            if (text != null && normalised(text).startsWith(heading)) {
                return c;
            }
        }
        return -1;
    }

    private static String text(Row row, Integer column) {
        Cell cell = column == null ? null : cell(row, column);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        String text = cell.getText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The cell, or null where the row stops short of the column. */
    private static Cell cell(Row row, int column) {
        return column >= 0 && column < row.getCellCount() ? row.getCell(column) : null;
    }

    /** The cell's reference within its sheet: H15. */
    private static String cellIn(Row row, int column) {
        return Worksheet.columnLetters(column) + row.getRowNum();
    }

    private static String field(Sheet sheet, Row row, Integer column) {
        if (column == null) {
            return sheet.getName();
        }
        return sheet.getName() + "!" + cellIn(row, column);
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
