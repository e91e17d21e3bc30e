package org.wholeplace.dashboard;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dashboards as code.
 *
 * @param directory the folder of dashboard files: {@code dashboard-config/} of {@code wholeplace.home}
 * @param watch     whether a file changed while the backend runs is checked and, if sound, served at once
 */
@ConfigurationProperties("wholeplace.dashboards")
public record DashboardProperties(Path directory, @DefaultValue("true") boolean watch) {
}
