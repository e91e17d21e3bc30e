package org.wholeplace.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVRecord;

/**
 * A published table as its publisher serves it: an ODS, XLSX or XLS workbook, or a CSV export of one sheet, read into
 * sheets of rows of cells whatever the format, so that a format's reader finds its columns by their codes or headings
 * and never by the file type. The format is told by the content (a zip holding an OpenDocument spreadsheet, any other
 * zip as Office Open XML, an OLE2 compound file as the Excel 97 format), the rest read as CSV text. ODS and XLSX numbers
 * are taken digit for digit as the file writes them; an XLS holds doubles.
 *
 * @param encoding the text encoding of a CSV file; null for a workbook
 */
public record Spreadsheet(String file, List<Worksheet> sheets, String encoding) {

    /** How CSV text is decoded; workbooks carry their own encoding. */
    public enum CsvText {
        /** UTF-8 only, a file in another encoding refused. */
        UTF_8,
        /** UTF-8, else Windows-1252 (see {@link SourceFile#textInUtf8OrWindows1252()}). */
        UTF_8_OR_WINDOWS_1252
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ODS_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
            .getBytes(StandardCharsets.US_ASCII);

    public Spreadsheet {
        sheets = List.copyOf(sheets);
    }

    /** @throws ImportRejectedException when the file cannot be read as any of the formats */
    public static Spreadsheet read(SourceFile file, CsvText csvText) {
        byte[] content = file.content();
        if (startsWith(content, ZIP)) {
            // An OpenDocument package stores its uncompressed mimetype first, at offset 30 of the zip
            return startsWith(Arrays.copyOfRange(content, Math.min(30, content.length), content.length), ODS_MIMETYPE)
                    ? new Spreadsheet(file.name(), OdsWorkbook.read(file), null)
                    : new Spreadsheet(file.name(), XlsxWorkbook.read(file), null);
        }
        if (startsWith(content, OLE2)) {
            return new Spreadsheet(file.name(), ExcelWorkbook.read(file), null);
        }
        String text;
        String encoding;
        if (csvText == CsvText.UTF_8) {
            text = file.text();
            encoding = "UTF-8";
        } else {
            SourceFile.Decoded decoded = file.textInUtf8OrWindows1252();
            text = decoded.text();
            encoding = decoded.encoding();
        }
        CsvTable table = CsvTable.read(file.name(), text);
        List<SheetRow> rows = new ArrayList<>();
        for (CSVRecord record : table.records()) {
            rows.add(new SheetRow(table.lineOf(record), record.stream().map(SheetCell::text).toList()));
        }
        return new Spreadsheet(file.name(), List.of(new Worksheet(file.name(), null, rows)), encoding);
    }

    /** The first sheet that {@code test} accepts. */
    public Optional<Worksheet> sheet(Predicate<Worksheet> test) {
        return sheets.stream().filter(test).findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
