package org.wholeplace.ingest;

import java.math.BigDecimal;

/**
 * One cell of a worksheet: its text and, for a number, the value exactly as the file holds it (an ODS cell's
 * {@code office:value}, an Excel cell's double), which may carry more decimals than the sheet shows. A CSV cell is
 * only text: a spreadsheet program wrote it as the sheet displayed it.
 *
 * @param number null for a cell that is not a number
 */
public record SheetCell(String text, BigDecimal number) {

    public static final SheetCell EMPTY = new SheetCell("", null);

    public static SheetCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new SheetCell(text, null);
    }

    public boolean isBlank() {
        return number == null && text.isBlank();
    }
}
