package org.wholeplace.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OpenDocument spreadsheet's sheets, read from its {@code content.xml} with the JDK's streaming XML reader. A
 * number is taken from the cell's {@code office:value} as written, digit for digit (a library that parses it into a
 * double, as SODS does, keeps only 15 to 17 significant digits: 37125453.226459481 becomes 37125453.22645948), and a
 * run of repeated empty cells or rows (a sheet's last row is often repeated a million times) is never expanded.
 */
final class OdsWorkbook {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final Set<String> NUMERIC = Set.of("float", "percentage", "currency");
    /** Repeated cells or rows that hold something are written out, up to a sane bound. */
    private static final int MAX_REPEAT = 10_000;

    private OdsWorkbook() {
    }

    static List<Worksheet> read(SourceFile file) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.content()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    return sheets(file.name(), zip);
                }
            }
            throw unreadable(file, "it has no content.xml");
        } catch (IOException | XMLStreamException | NumberFormatException e) {
            throw unreadable(file, e.getMessage());
        }
    }

    private static ImportRejectedException unreadable(SourceFile file, String why) {
        return new ImportRejectedException(new ImportProblem(file.name(), 0, null,
                "is not a readable OpenDocument spreadsheet: " + why));
    }

    private static List<Worksheet> sheets(String fileName, InputStream content) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(content);
        List<Worksheet> sheets = new ArrayList<>();
        String sheetName = null;
        List<SheetRow> rows = null;
        long rowNumber = 0;
        int rowRepeat = 1;
        List<SheetCell> cells = null;
        int blanksPending = 0;
        int cellRepeat = 1;
        String valueType = null;
        String value = null;
        StringBuilder text = null;
        int paragraphs = 0;
        int annotationDepth = 0;
        int tableDepth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = xml.getNamespaceURI();
                String local = xml.getLocalName();
                if (OFFICE.equals(ns) && local.equals("annotation")) {
                    annotationDepth++;
                } else if (TABLE.equals(ns) && local.equals("table")) {
                    if (tableDepth++ == 0) {
                        sheetName = xml.getAttributeValue(TABLE, "name");
                        rows = new ArrayList<>();
                        rowNumber = 0;
                    }
                } else if (tableDepth == 1 && TABLE.equals(ns) && local.equals("table-row")) {
                    rowRepeat = repeat(xml.getAttributeValue(TABLE, "number-rows-repeated"));
                    cells = new ArrayList<>();
                    blanksPending = 0;
                } else if (tableDepth == 1 && TABLE.equals(ns)
                        && (local.equals("table-cell") || local.equals("covered-table-cell"))) {
                    cellRepeat = repeat(xml.getAttributeValue(TABLE, "number-columns-repeated"));
                    valueType = xml.getAttributeValue(OFFICE, "value-type");
                    value = xml.getAttributeValue(OFFICE, "value");
                    text = new StringBuilder();
                    paragraphs = 0;
                } else if (text != null && annotationDepth == 0 && TEXT.equals(ns)) {
                    switch (local) {
                        case "p", "h" -> {
                            if (paragraphs++ > 0) {
                                text.append('\n');
                            }
                        }
                        case "s" -> text.append(" ".repeat(repeat(xml.getAttributeValue(TEXT, "c"))));
                        case "tab" -> text.append('\t');
                        case "line-break" -> text.append('\n');
                        default -> { }
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (text != null && annotationDepth == 0 && paragraphs > 0) {
                    text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String ns = xml.getNamespaceURI();
                String local = xml.getLocalName();
                if (OFFICE.equals(ns) && local.equals("annotation")) {
                    annotationDepth--;
                } else if (TABLE.equals(ns) && local.equals("table")) {
                    if (--tableDepth == 0) {
                        sheets.add(Worksheet.ofWrittenRows(fileName, sheetName, rows));
                        rows = null;
                    }
                } else if (tableDepth == 1 && TABLE.equals(ns)
                        && (local.equals("table-cell") || local.equals("covered-table-cell")) && cells != null) {
                    SheetCell cell = value != null && valueType != null && NUMERIC.contains(valueType)
                            ? new SheetCell(text.toString(), new BigDecimal(value))
                            : SheetCell.text(text.toString());
                    if (cell.isBlank()) {
                        blanksPending += cellRepeat;
                    } else {
                        cells.addAll(Collections.nCopies(blanksPending, SheetCell.EMPTY));
                        blanksPending = 0;
                        cells.addAll(Collections.nCopies(Math.min(cellRepeat, MAX_REPEAT), cell));
                    }
                    text = null;
                } else if (tableDepth == 1 && TABLE.equals(ns) && local.equals("table-row") && cells != null) {
                    if (cells.isEmpty()) {
                        rowNumber += rowRepeat;
                    } else {
                        for (int i = 0; i < Math.min(rowRepeat, MAX_REPEAT); i++) {
                            rows.add(new SheetRow(++rowNumber, cells));
                        }
                        rowNumber += Math.max(0, rowRepeat - MAX_REPEAT);
                    }
                    cells = null;
                }
            }
        }
        return sheets;
    }

    private static int repeat(String attribute) {
        return attribute == null ? 1 : Integer.parseInt(attribute);
    }
}
