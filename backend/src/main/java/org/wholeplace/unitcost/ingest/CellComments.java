package org.wholeplace.unitcost.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.Comments;

/**
 * The comments (notes) on a workbook's cells, by sheet and cell: the Unit Cost Database says in them which fiscal
 * values are transfer payments. fastexcel, which reads the cells, does not read comments; POI's streaming reader
 * reads only the comments parts, not the sheets.
 */
final class CellComments {

    private final Map<String, Map<String, String>> bySheet;

    private CellComments(Map<String, Map<String, String>> bySheet) {
        this.bySheet = bySheet;
    }

    static CellComments of(byte[] workbook) throws IOException {
        Map<String, Map<String, String>> bySheet = new HashMap<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook))) {
            var sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    Comments comments = sheets.getSheetComments();
                    if (comments == null) {
                        continue;
                    }
                    Map<String, String> cells = bySheet.computeIfAbsent(sheets.getSheetName(), s -> new HashMap<>());
                    for (Iterator<CellAddress> it = comments.getCellAddresses(); it.hasNext(); ) {
                        CellAddress address = it.next();
                        Comment comment = comments.findCellComment(address);
                        if (comment != null && comment.getString() != null) {
                            cells.put(address.formatAsString(), comment.getString().getString().strip());
                        }
                    }
                }
            }
        } catch (OpenXML4JException | POIXMLException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new CellComments(bySheet);
    }

    /** The comment on a cell (A1 style, "H15"), or null. */
    String on(String sheet, String cell) {
        return bySheet.getOrDefault(sheet, Map.of()).get(cell);
    }
}
