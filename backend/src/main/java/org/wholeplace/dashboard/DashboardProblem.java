package org.wholeplace.dashboard;

/** Something wrong in a dashboard file: where, and why. */
public record DashboardProblem(String file, long line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
