package org.wholeplace.spend.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.provenance.Provenance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * How one publisher's "spending over £500" file is laid out, kept as configuration (a YAML file per publisher, see
 * {@code transparency/README.md}): who publishes it under what licence, whose spend it is and where, which column
 * holds what, how dates are written, and which service each of its service areas is.
 */
record TransparencyMapping(String name, String publisher, String licence, String url, String agency, String place,
                           DateTimeFormatter dateFormat, Map<String, String> columns, Map<String, String> services) {

    static final List<String> COLUMNS = List.of("service-area", "date", "supplier", "amount");

    /** What the batch of one of this publisher's files records about where it comes from. */
    Provenance provenance() {
        return new Provenance("Spending over £500: " + publisher, publisher, licence, url, false);
    }

    static TransparencyMapping read(Path file) {
        String name = file.getFileName().toString();
        var problems = new ProblemCollector(name);
        Map<String, Object> yaml;
        try (Reader reader = Files.newBufferedReader(file)) {
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(new ImportProblem(name, 0, null, "is not a readable mapping: "
                    + e.getMessage()));
        }
        if (yaml == null) {
            yaml = Map.of();
        }
        for (String key : List.of("publisher", "licence", "agency", "place", "date-format", "columns", "services")) {
            if (!yaml.containsKey(key)) {
                problems.add(0, key, "the mapping has no '" + key + "'");
            }
        }
        problems.throwIfAny();
        Map<String, String> columns = strings(yaml.get("columns"), "columns", problems);
        for (String column : COLUMNS) {
            if (!columns.containsKey(column)) {
                problems.add(0, "columns", "names no column for '" + column + "'");
            }
        }
        DateTimeFormatter dateFormat = null;
        try {
            dateFormat = DateTimeFormatter.ofPattern(String.valueOf(yaml.get("date-format")));
        } catch (IllegalArgumentException e) {
            problems.add(0, "date-format", "'" + yaml.get("date-format") + "' is not a date pattern: " + e.getMessage());
        }
        Map<String, String> services = strings(yaml.get("services"), "services", problems);
        problems.throwIfAny();
        return new TransparencyMapping(name, String.valueOf(yaml.get("publisher")), String.valueOf(yaml.get("licence")),
                yaml.get("url") == null ? null : String.valueOf(yaml.get("url")), String.valueOf(yaml.get("agency")),
                String.valueOf(yaml.get("place")), dateFormat, columns, services);
    }

    private static Map<String, String> strings(Object value, String key, ProblemCollector problems) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
        } else {
            problems.add(0, key, "must be a map of names to names");
        }
        return result;
    }
}
