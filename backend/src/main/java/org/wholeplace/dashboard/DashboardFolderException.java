package org.wholeplace.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The dashboard folder read at start has files with problems: the backend does not start. */
public class DashboardFolderException extends IllegalStateException {

    private final Path directory;
    private final List<DashboardProblem> problems;

    public DashboardFolderException(Path directory, List<DashboardProblem> problems) {
        super("The dashboards in " + directory + " have problems:\n  " + problems.stream()
                .map(DashboardProblem::toString).collect(Collectors.joining("\n  ")));
        this.directory = directory;
        this.problems = List.copyOf(problems);
    }

    public Path directory() {
        return directory;
    }

    public List<DashboardProblem> problems() {
        return problems;
    }
}
