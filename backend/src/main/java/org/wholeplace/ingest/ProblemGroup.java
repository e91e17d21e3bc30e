package org.wholeplace.ingest;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Alike problems of a refused file, told once: the same reason in the same field, how many rows have it and the first
 * of their lines. "9,801 rows: 'X' is not in the indicator catalogue (lines 2, 3, 4, … and 9,791 more)".
 *
 * @param firstLines the first {@link #LINES_SHOWN} lines with the problem (0 for the file as a whole)
 */
public record ProblemGroup(String file, String field, String reason, int count, List<Long> firstLines) {

    public static final int LINES_SHOWN = 10;

    @Override
    public String toString() {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        String where = file + (field == null ? "" : " [" + field + "]");
        if (count == 1) {
            long line = firstLines.getFirst();
            return file + (line > 0 ? ":" + line : "") + (field == null ? "" : " [" + field + "]") + ": " + reason;
        }
        String lines = firstLines.stream().filter(l -> l > 0).map(String::valueOf).collect(Collectors.joining(", "));
        int more = count - firstLines.size();
        return where + ": " + number.format(count) + " rows: " + reason
                + (lines.isEmpty() ? "" : " (lines " + lines + (more > 0 ? " and " + number.format(more) + " more" : "")
                + ")");
    }
}
