package org.wholeplace.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV file read whole, as published tables are (title and note rows, header rows, then data): its records
 * and the physical line each starts on, since a quoted header cell may span several lines.
 */
public final class CsvTable {

    private final List<CSVRecord> records;
    private final Map<Long, Long> startLines;

    private CsvTable(List<CSVRecord> records, Map<Long, Long> startLines) {
        this.records = records;
        this.startLines = startLines;
    }

    /** @throws ImportRejectedException when the text is not CSV */
    public static CsvTable read(String fileName, String text) {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            List<CSVRecord> records = new ArrayList<>();
            Map<Long, Long> startLines = new HashMap<>();
            long start = 1;
            for (CSVRecord record : parser) {
                records.add(record);
                startLines.put(record.getRecordNumber(), start);
                start = parser.getCurrentLineNumber() + 1;
            }
            return new CsvTable(List.copyOf(records), Map.copyOf(startLines));
        } catch (IOException | UncheckedIOException e) {
            throw new ImportRejectedException(new ImportProblem(fileName, 0, null,
                    "is not readable CSV: " + e.getMessage()));
        }
    }

    public List<CSVRecord> records() {
        return records;
    }

    /** The line of the file a record starts on. */
    public long lineOf(CSVRecord record) {
        return startLines.getOrDefault(record.getRecordNumber(), record.getRecordNumber());
    }

    /** The index of the first record whose first cell is {@code firstCell}, or -1. */
    public int indexOfRowStarting(String firstCell) {
        for (int i = 0; i < records.size(); i++) {
            if (firstCell.equals(cell(records.get(i), 0))) {
                return i;
            }
        }
        return -1;
    }

    /** A cell without its surrounding spaces; empty beyond the end of a short row. */
    public static String cell(CSVRecord row, Integer column) {
        return column != null && column < row.size() ? row.get(column).strip() : "";
    }

    public static boolean isBlank(CSVRecord row) {
        return row.stream().allMatch(String::isBlank);
    }
}
