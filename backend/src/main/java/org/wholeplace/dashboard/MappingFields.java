package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** A panel's {@code mapping} as its file gives it, already checked against the kind's JSON Schema. */
record MappingFields(JsonNode node) {

    /** The text of the key; null when the file leaves it out. */
    String text(String key) {
        return node.has(key) ? node.get(key).asString() : null;
    }

    /** One path or a list of them; empty when left out. */
    List<String> paths(String key) {
        List<String> paths = new ArrayList<>();
        if (node.has(key) && node.get(key).isArray()) {
            node.get(key).forEach(v -> paths.add(v.asString()));
        } else if (node.has(key)) {
            paths.add(node.get(key).asString());
        }
        return List.copyOf(paths);
    }

    /** An object of strings, in the file's order; empty when left out. */
    Map<String, String> strings(String key) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node.has(key)) {
            node.get(key).properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
        }
        return values;
    }

    /** What a field is called in legends and headings ({@code labels}). */
    FieldLabels labels() {
        return new FieldLabels(strings("labels"));
    }

    /** Each item of the list under the key, as fields of its own. */
    List<MappingFields> items(String key) {
        List<MappingFields> items = new ArrayList<>();
        if (node.has(key)) {
            node.get(key).forEach(item -> items.add(new MappingFields(item)));
        }
        return List.copyOf(items);
    }
}
