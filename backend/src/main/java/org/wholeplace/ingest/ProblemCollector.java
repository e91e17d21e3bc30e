package org.wholeplace.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the problems in a file, so that one rejection reports them all rather than only the first. Keeps the first
 * {@link ImportRejectedException#PROBLEMS_REPORTED} and counts the rest, so memory stays flat however bad the file.
 */
public final class ProblemCollector {

    private final String file;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int total;

    public ProblemCollector(String file) {
        this.file = file;
    }

    public void add(long line, String field, String reason) {
        total++;
        if (problems.size() < ImportRejectedException.PROBLEMS_REPORTED) {
            problems.add(new ImportProblem(file, line, field, reason));
        }
    }

    public int total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public ImportRejectedException rejection() {
        return new ImportRejectedException(problems, total);
    }

    /** @throws ImportRejectedException if any problem was found */
    public void throwIfAny() {
        if (total > 0) {
            throw rejection();
        }
    }
}
