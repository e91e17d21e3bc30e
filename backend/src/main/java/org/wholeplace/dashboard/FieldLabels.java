package org.wholeplace.dashboard;

import java.util.Map;

/** What a mapping's fields are called in legends and headings: as the file labels them, or their names in words. */
record FieldLabels(Map<String, String> labels) {

    FieldLabels {
        labels = Map.copyOf(labels);
    }

    static FieldLabels none() {
        return new FieldLabels(Map.of());
    }

    String of(String path) {
        return labels.getOrDefault(path, Paths.humanName(path));
    }
}
