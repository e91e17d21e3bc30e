package org.wholeplace.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** A file refused whole: nothing of it was written. Carries the first problems found and how many there were. */
public class ImportRejectedException extends RuntimeException {

    public static final int PROBLEMS_REPORTED = 100;

    private final transient List<ImportProblem> problems;
    private final int totalProblems;

    /** @param problems the first problems found (at most {@link #PROBLEMS_REPORTED} are kept) of {@code total} */
    public ImportRejectedException(List<ImportProblem> problems, int total) {
        super(describe(problems, total));
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), PROBLEMS_REPORTED)));
        this.totalProblems = total;
    }

    public ImportRejectedException(ImportProblem problem) {
        this(List.of(problem), 1);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public int totalProblems() {
        return totalProblems;
    }

    private static String describe(List<ImportProblem> problems, int total) {
        String shown = problems.stream().limit(PROBLEMS_REPORTED).map(ImportProblem::toString)
                .collect(Collectors.joining("\n  "));
        int hidden = total - (int) Math.min(problems.size(), PROBLEMS_REPORTED);
        return "Rejected, nothing loaded: " + total + " problem(s)\n  " + shown
                + (hidden > 0 ? "\n  ... and " + hidden + " more" : "");
    }
}
