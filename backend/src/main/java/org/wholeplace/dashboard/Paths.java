package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paths of a panel's mapping: field names (as the result names them, aliases included) joined by dots, a list
 * item picked by its index ({@code spend.rows[0].total}).
 */
final class Paths {

    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)])?");
    private static final Map<String, List<Step>> PARSED = new ConcurrentHashMap<>();

    /** One step of a path: a field, and the item of its list when an index is given. */
    record Step(String field, Integer index) {
    }

    private Paths() {
    }

    /**
     * Each path parsed once: shaping a panel reads a path for every row and every field. The paths are those of the
     * dashboard files, so there are few.
     */
    static List<Step> steps(String path) {
        return PARSED.computeIfAbsent(path, Paths::parse);
    }

    private static List<Step> parse(String path) {
        List<Step> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + path + "' is not a path (spend.rows[0].total)");
            }
            steps.add(new Step(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2))));
        }
        return List.copyOf(steps);
    }

    /** The value at the path in a result (maps and lists as JSON gives them); null where any step is missing. */
    static Object valueAt(Object root, String path) {
        Object at = root;
        for (Step step : steps(path)) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(step.field());
            if (step.index() != null) {
                at = at instanceof List<?> list && step.index() < list.size() ? list.get(step.index()) : null;
            }
        }
        return at;
    }

    /** The list at the path; empty where there is none. */
    static List<?> listAt(Object root, String path) {
        return valueAt(root, path) instanceof List<?> list ? list : List.of();
    }

    /**
     * What a field is called when a file does not say: its name in words (perHead: Per head), or for a name, code or
     * id its parent's (place.name: Place).
     */
    static String humanName(String path) {
        List<Step> steps = steps(path);
        String field = steps.getLast().field();
        if (steps.size() > 1 && List.of("name", "code", "id", "label").contains(field)) {
            field = steps.get(steps.size() - 2).field();
        }
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
