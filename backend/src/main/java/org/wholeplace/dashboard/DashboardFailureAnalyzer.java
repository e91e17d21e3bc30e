package org.wholeplace.dashboard;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start stopped by dashboard files with problems says so as Spring Boot reports a start that failed for its
 * configuration: what is wrong, file by file and line by line, and what to do, without a stack trace to read past.
 */
class DashboardFailureAnalyzer extends AbstractFailureAnalyzer<DashboardFolderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DashboardFolderException cause) {
        return new FailureAnalysis(cause.getMessage(), "Correct the files named (dashboard-config/README.md gives the "
                + "format, and dashboard.schema.json beside them the keys each may hold), or set "
                + "wholeplace.dashboards.directory to another folder.", cause);
    }
}
