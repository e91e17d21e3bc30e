package org.wholeplace.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX workbook's sheets, streamed by fastexcel (as the Unit Cost Database workbook is): a number is the cell's
 * value as written, digit for digit ({@code getRawValue}), and a workbook of many wide sheets is read in a fraction of
 * the time and memory of POI's whole-workbook model.
 */
final class XlsxWorkbook {

    private XlsxWorkbook() {
    }

    static List<Worksheet> read(SourceFile file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            List<Worksheet> read = new ArrayList<>();
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    read.add(Worksheet.ofWrittenRows(file.name(), sheet.getName(), written(rows.iterator())));
                }
            }
            return read;
        } catch (IOException | UncheckedIOException | ExcelReaderException | NumberFormatException e) {
            throw new ImportRejectedException(new ImportProblem(file.name(), 0, null,
                    "is not a readable Excel workbook: " + e.getMessage()));
        }
    }

    /** The rows with a cell written. */
    private static List<SheetRow> written(Iterator<Row> written) {
        List<SheetRow> rows = new ArrayList<>();
        while (written.hasNext()) {
            Row row = written.next();
            List<SheetCell> cells = new ArrayList<>();
            for (Cell cell : row) {
                SheetCell read = cell == null ? SheetCell.EMPTY : cell(cell);
                if (!read.isBlank()) {
                    cells.addAll(Collections.nCopies(Math.max(0, cell.getColumnIndex() - cells.size()),
                            SheetCell.EMPTY));
                    cells.add(read);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new SheetRow(row.getRowNum(), cells));
            }
        }
        return rows;
    }

    private static SheetCell cell(Cell cell) {
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case EMPTY -> SheetCell.EMPTY;
            case NUMBER -> raw == null || raw.isBlank() ? SheetCell.EMPTY
                    : new SheetCell(raw, new BigDecimal(raw.strip()));
            case BOOLEAN -> SheetCell.text("1".equals(raw == null ? null : raw.strip()) ? "TRUE" : "FALSE");
            // a formula's result as cached: a number digit for digit, else its text
            case FORMULA -> raw == null || raw.isBlank() ? SheetCell.EMPTY : number(raw);
            default -> SheetCell.text(cell.getText());   // a string, or an error such as #N/A
        };
    }

    private static SheetCell number(String raw) {
        try {
            return new SheetCell(raw, new BigDecimal(raw.strip()));
        } catch (NumberFormatException e) {
            return SheetCell.text(raw);
        }
    }
}
