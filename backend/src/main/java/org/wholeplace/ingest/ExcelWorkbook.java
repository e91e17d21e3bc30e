package org.wholeplace.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An Excel 97 (XLS) workbook's sheets, read with Apache POI (HSSF). A number is the double the file holds, as its
 * shortest decimal that reads back as the same double; a formula cell is its cached result, as the sheet last showed
 * it. (XLSX is streamed instead, by {@link XlsxWorkbook}.)
 */
final class ExcelWorkbook {

    private ExcelWorkbook() {
    }

    static List<Worksheet> read(SourceFile file) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
            DataFormatter formatter = new DataFormatter();
            List<Worksheet> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<SheetRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<SheetCell> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        SheetCell read = cell(cell, formatter);
                        if (!read.isBlank()) {
                            cells.addAll(Collections.nCopies(cell.getColumnIndex() - cells.size(), SheetCell.EMPTY));
                            cells.add(read);
                        }
                    }
                    if (!cells.isEmpty()) {
                        rows.add(new SheetRow(row.getRowNum() + 1, cells));   // POI counts rows from 0
                    }
                }
                sheets.add(Worksheet.ofWrittenRows(file.name(), sheet.getSheetName(), rows));
            }
            return sheets;
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(new ImportProblem(file.name(), 0, null,
                    "is not a readable Excel workbook: " + e.getMessage()));
        }
    }

    private static SheetCell cell(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                String shown = formatter.formatRawCellContents(value, cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
                yield DateUtil.isCellDateFormatted(cell) ? SheetCell.text(shown)
                        : new SheetCell(shown, BigDecimal.valueOf(value));
            }
            case STRING -> SheetCell.text(cell.getStringCellValue());
            case BOOLEAN -> SheetCell.text(String.valueOf(cell.getBooleanCellValue()).toUpperCase());
            case ERROR -> SheetCell.text(formatter.formatCellValue(cell));
            default -> SheetCell.EMPTY;
        };
    }
}
