package org.wholeplace.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A dashboard as its file describes it, checked (dashboard-config/, one YAML file a dashboard). */
public record Dashboard(String id, String title, String description, Audience audience, List<String> tags,
                        List<DashboardFilter> filters, List<Panel> panels, Path file) {

    public Optional<Panel> panel(String panelId) {
        return panels.stream().filter(p -> p.id().equals(panelId)).findFirst();
    }

    public Optional<DashboardFilter> filter(String name) {
        return filters.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
