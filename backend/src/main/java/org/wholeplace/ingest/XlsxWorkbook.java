package org.wholeplace.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * An XLSX workbook's sheets, each sheet's XML streamed (Apache POI opens the package and its shared strings; the
 * JDK's streaming reader the sheets): a number is the cell's {@code <v>} as written, digit for digit, and a workbook
 * of many wide sheets is read in a fraction of the time and memory of POI's whole-workbook model.
 */
final class XlsxWorkbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private XlsxWorkbook() {
    }

    static List<Worksheet> read(SourceFile file) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file.content()))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<Worksheet> read = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    read.add(new Worksheet(file.name(), sheets.getSheetName(), rows(sheet, strings)));
                }
            }
            return read;
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            throw new ImportRejectedException(new ImportProblem(file.name(), 0, null,
                    "is not a readable Excel workbook: " + e.getMessage()));
        }
    }

    private static List<SheetRow> rows(InputStream sheet, ReadOnlySharedStringsTable strings)
            throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(sheet);
        List<SheetRow> rows = new ArrayList<>();
        List<SheetCell> cells = null;
        long rowNumber = 0;
        long lastWritten = 0;
        int column = -1;
        String type = null;
        StringBuilder value = null;
        StringBuilder inline = null;
        boolean inValue = false;
        boolean inInlineText = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && MAIN.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                        cells = new ArrayList<>();
                        column = -1;
                    }
                    case "c" -> {
                        String reference = xml.getAttributeValue(null, "r");
                        column = reference == null ? column + 1 : columnOf(reference);
                        type = xml.getAttributeValue(null, "t");
                        value = new StringBuilder();
                        inline = new StringBuilder();
                    }
                    case "v" -> inValue = true;
                    case "t" -> inInlineText = value != null;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue) {
                    value.append(xml.getText());
                } else if (inInlineText) {
                    inline.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && MAIN.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "v" -> inValue = false;
                    case "t" -> inInlineText = false;
                    case "c" -> {
                        SheetCell cell = cell(type, value.toString(), inline.toString(), strings);
                        if (!cell.isBlank() && cells != null) {
                            cells.addAll(Collections.nCopies(Math.max(0, column - cells.size()), SheetCell.EMPTY));
                            cells.add(cell);
                        }
                        value = null;
                    }
                    case "row" -> {
                        if (!cells.isEmpty()) {
                            if (rowNumber > lastWritten + 1 && !rows.isEmpty()) {
                                rows.add(new SheetRow(lastWritten + 1, List.of()));   // the gap, as one blank row
                            }
                            rows.add(new SheetRow(rowNumber, cells));
                            lastWritten = rowNumber;
                        }
                        cells = null;
                    }
                    default -> { }
                }
            }
        }
        return rows;
    }

    private static SheetCell cell(String type, String value, String inline, ReadOnlySharedStringsTable strings) {
        if (type == null || type.equals("n")) {
            return value.isBlank() ? SheetCell.EMPTY : new SheetCell(value, new BigDecimal(value.strip()));
        }
        return switch (type) {
            case "s" -> SheetCell.text(strings.getItemAt(Integer.parseInt(value.strip())).getString());
            case "inlineStr" -> SheetCell.text(inline);
            case "b" -> SheetCell.text("1".equals(value.strip()) ? "TRUE" : "FALSE");
            default -> SheetCell.text(value);   // str (a formula's text), e (an error such as #N/A), d (a date)
        };
    }

    /** The column of a cell reference: F119 is column 5. */
    private static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }
}
