package org.wholeplace.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The real published data loaded on a first start with an empty database.
 *
 * @param directory      the shipped data folder (its README describes each file)
 * @param loadOnEmpty    whether to load it when no import batch exists yet
 * @param classification the service classification kept in the repository, loaded at every start unless
 *                       {@code loadClassification} is false (the command line loads only what it is given)
 */
@ConfigurationProperties("wholeplace.demo-data")
public record DemoDataProperties(@DefaultValue("../shared/data") Path directory,
                                 @DefaultValue("true") boolean loadOnEmpty,
                                 @DefaultValue("classification/service-themes.csv") Path classification,
                                 @DefaultValue("true") boolean loadClassification) {
}
