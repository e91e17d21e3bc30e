package org.wholeplace.ingest;

import java.util.ArrayList;
import java.util.List;

/** Gathers every problem in a file, so that one rejection reports them all rather than only the first. */
final class ProblemCollector {

    private final String file;
    private final List<ImportProblem> problems = new ArrayList<>();

    ProblemCollector(String file) {
        this.file = file;
    }

    void add(long line, String field, String reason) {
        problems.add(new ImportProblem(file, line, field, reason));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** @throws ImportRejectedException if any problem was found */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
    }
}
