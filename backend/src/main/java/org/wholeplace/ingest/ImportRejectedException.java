package org.wholeplace.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file refused whole: nothing of it was written. Carries the first problems found, every distinct problem once
 * with its count ({@link ProblemGroup}), and how many there were; its message tells the groups, one line each.
 */
public class ImportRejectedException extends RuntimeException {

    public static final int PROBLEMS_REPORTED = 100;

    private final transient List<ImportProblem> problems;
    private final transient List<ProblemGroup> groups;
    private final int totalProblems;

    /**
     * @param problems the first problems found (at most {@link #PROBLEMS_REPORTED} are kept) of {@code total}
     * @param groups   the distinct problems, each with its count, in the order first met
     */
    public ImportRejectedException(List<ImportProblem> problems, List<ProblemGroup> groups, int total) {
        super(describe(groups, total));
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), PROBLEMS_REPORTED)));
        this.groups = List.copyOf(groups);
        this.totalProblems = total;
    }

    /** Problems that are each their own group (a check that names every one it found). */
    public ImportRejectedException(List<ImportProblem> problems, int total) {
        this(problems, problems.stream().limit(PROBLEMS_REPORTED)
                .map(p -> new ProblemGroup(p.file(), p.field(), p.reason(), 1, List.of(p.line()))).toList(), total);
    }

    public ImportRejectedException(ImportProblem problem) {
        this(List.of(problem), 1);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** Every distinct problem once, with how many rows have it and the first of their lines. */
    public List<ProblemGroup> groups() {
        return groups;
    }

    public int totalProblems() {
        return totalProblems;
    }

    private static String describe(List<ProblemGroup> groups, int total) {
        String shown = groups.stream().map(ProblemGroup::toString).collect(Collectors.joining("\n  "));
        int told = groups.stream().mapToInt(ProblemGroup::count).sum();
        int hidden = total - told;
        return "Rejected, nothing loaded: " + total + " problem(s)\n  " + shown
                + (hidden > 0 ? "\n  ... and " + hidden + " more" : "");
    }
}
