package org.wholeplace.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** A file refused whole: nothing of it was written. Carries the first problems found and how many there were. */
public class ImportRejectedException extends RuntimeException {

    public static final int PROBLEMS_REPORTED = 100;

    private final transient List<ImportProblem> problems;
    private final int totalProblems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), PROBLEMS_REPORTED)));
        this.totalProblems = problems.size();
    }

    public ImportRejectedException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public int totalProblems() {
        return totalProblems;
    }

    private static String describe(List<ImportProblem> problems) {
        String shown = problems.stream().limit(PROBLEMS_REPORTED).map(ImportProblem::toString)
                .collect(Collectors.joining("\n  "));
        String more = problems.size() > PROBLEMS_REPORTED
                ? "\n  ... and " + (problems.size() - PROBLEMS_REPORTED) + " more" : "";
        return "Rejected, nothing loaded: " + problems.size() + " problem(s)\n  " + shown + more;
    }
}
