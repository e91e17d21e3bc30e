package org.wholeplace.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The real published data loaded on a first start with an empty database, and the files kept beside it. Each path is
 * a setting of its own whose default starts at {@code wholeplace.home} ({@code application.yaml}), so pointing one
 * elsewhere moves no other.
 *
 * @param directory      the shipped data folder, {@code data/} of {@code wholeplace.home} (its README describes each file)
 * @param loadOnEmpty    whether to load it when no import batch exists yet
 * @param classification the service classification kept in the repository
 * @param indicators     the indicator catalogue kept in the repository
 * @param appraisalParameters the optimism bias table and discount rates of programme appraisals, kept in the
 *                       repository
 * @param programmes     the synthetic programmes a first start loads after the shipped data, kept in the repository
 *                       ({@code programmes/} of {@code wholeplace.home}, not of the data folder)
 * @param synthetic      whether the demo data includes the generated multi-agency spend, marked synthetic
 * @param loadCatalogues whether to load the classification, the indicator catalogue and the appraisal parameters at
 *                       every start (a no-op when unchanged); the command line loads only what it is given
 */
@ConfigurationProperties("wholeplace.demo-data")
public record DemoDataProperties(Path directory,
                                 @DefaultValue("true") boolean loadOnEmpty,
                                 Path classification,
                                 Path indicators,
                                 Path appraisalParameters,
                                 Path programmes,
                                 @DefaultValue("true") boolean loadCatalogues,
                                 @DefaultValue("true") boolean synthetic) {
}
