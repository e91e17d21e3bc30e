package org.wholeplace.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The reading the loaders of small CSV files (population, drivers, classification) share: a header that must name
 * the required columns, then each row with its line number; a row of the wrong width is reported, not handed over.
 */
public final class CsvRows {

    @FunctionalInterface
    public interface RowHandler {
        void accept(CSVRecord row, long line);
    }

    private CsvRows() {
    }

    /** @throws ImportRejectedException at once when a required column is missing */
    public static void read(SourceFile file, List<String> required, ProblemCollector problems, RowHandler handler) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = format.parse(new StringReader(file.text()))) {
            for (String column : required) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(1, column, "no column '" + column + "' in the header");
                }
            }
            problems.throwIfAny();
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (row.isConsistent()) {
                    handler.accept(row, line);
                } else {
                    problems.add(line, null, "has " + row.size() + " fields, the header has "
                            + parser.getHeaderMap().size());
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            problems.add(0, null, "is not readable CSV: " + e.getMessage());
        }
    }
}
