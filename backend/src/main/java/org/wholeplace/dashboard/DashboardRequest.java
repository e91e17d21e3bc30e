package org.wholeplace.dashboard;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.CodeCheck;

/** A request naming a dashboard by id ({@code dashboardChanged(id)}), checked: the dashboard is served. */
record DashboardRequest(Dashboard dashboard) {

    static DashboardRequest of(String id, Dashboards dashboards) {
        return new DashboardRequest(dashboards.withId(id).orElseThrow(() -> new InvalidInputException(
                CodeCheck.inField(CodeCheck.unknown("dashboard", id), "id"))));
    }
}
