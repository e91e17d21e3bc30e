package org.wholeplace.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the problems in a file, so that one rejection reports them all rather than only the first. Keeps the first
 * {@link ImportRejectedException#PROBLEMS_REPORTED} as they came, and every distinct problem (reason and field) once
 * with its count and first lines, so that a file with one mistake on 9,801 rows reads as one line; memory stays flat
 * however bad the file (distinct problems past {@link ImportRejectedException#PROBLEMS_REPORTED} are only counted).
 */
public final class ProblemCollector {

    private final String file;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<Alike, Tally> groups = new LinkedHashMap<>();
    private int total;

    public ProblemCollector(String file) {
        this.file = file;
    }

    private record Alike(String field, String reason) {
    }

    private static final class Tally {
        private int count;
        private final List<Long> firstLines = new ArrayList<>();
    }

    public void add(long line, String field, String reason) {
        total++;
        if (problems.size() < ImportRejectedException.PROBLEMS_REPORTED) {
            problems.add(new ImportProblem(file, line, field, reason));
        }
        Alike alike = new Alike(field, reason);
        Tally tally = groups.get(alike);
        if (tally == null && groups.size() < ImportRejectedException.PROBLEMS_REPORTED) {
            tally = new Tally();
            groups.put(alike, tally);
        }
        if (tally != null) {
            tally.count++;
            if (tally.firstLines.size() < ProblemGroup.LINES_SHOWN) {
                tally.firstLines.add(line);
            }
        }
    }

    public int total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public ImportRejectedException rejection() {
        List<ProblemGroup> grouped = groups.entrySet().stream()
                .map(e -> new ProblemGroup(file, e.getKey().field(), e.getKey().reason(), e.getValue().count,
                        List.copyOf(e.getValue().firstLines)))
                .toList();
        return new ImportRejectedException(problems, grouped, total);
    }

    /** @throws ImportRejectedException if any problem was found */
    public void throwIfAny() {
        if (total > 0) {
            throw rejection();
        }
    }
}
