package org.wholeplace.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wholeplace.provenance.ImportBatch;

/**
 * A panel's figures as CSV: first the lines a reader needs to use them honestly (what they are, their source note,
 * units, the filters, the import batches, whether any is synthetic, and the figures' warnings), each starting with #,
 * then the panel's table.
 */
final class PanelCsv {

    private PanelCsv() {
    }

    static String of(Dashboard dashboard, Panel panel, PanelData data, List<ImportBatch> batches) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setCommentMarker('#').get())) {
            csv.printComment(dashboard.title() + ": " + panel.title());
            csv.printComment("Source: " + panel.source());
            csv.printComment("Units: " + panel.units());
            csv.printComment("Filters: " + data.filters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ")));
            csv.printComment("Import batches: " + batches.stream().map(b -> b.id() + " " + b.fileName() + " ("
                    + b.publisher() + ", " + b.licence() + (b.synthetic() ? ", SYNTHETIC" : "") + ")")
                    .collect(Collectors.joining("; ")));
            csv.printComment("Synthetic figures: " + (ImportBatch.anySynthetic(batches) ? "yes" : "no"));
            for (String warning : data.warnings()) {
                csv.printComment("Warning: " + warning);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> table = (Map<String, Object>) data.values().get("table");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> columns = (List<Map<String, String>>) table.get("columns");
            csv.printRecord(columns.stream().map(c -> c.get("label")).toList());
            for (Object row : (List<?>) table.get("rows")) {
                csv.printRecord((List<?>) row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {dashboard}-{panel}-{filter values}.csv, in characters every file system takes. */
    static String fileName(Dashboard dashboard, Panel panel, PanelData data) {
        String filters = data.filters().values().stream().map(v -> v.replaceAll("[^A-Za-z0-9-]", "-"))
                .collect(Collectors.joining("-"));
        return dashboard.id() + "-" + panel.id() + (filters.isEmpty() ? "" : "-" + filters) + ".csv";
    }
}
