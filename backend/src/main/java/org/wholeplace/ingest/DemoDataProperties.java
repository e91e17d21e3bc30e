package org.wholeplace.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The real published data loaded on a first start with an empty database.
 *
 * @param directory   the shipped data folder (its README describes each file)
 * @param loadOnEmpty whether to load it when no import batch exists yet
 */
@ConfigurationProperties("wholeplace.demo-data")
public record DemoDataProperties(@DefaultValue("../shared/data") Path directory,
                                 @DefaultValue("true") boolean loadOnEmpty) {
}
