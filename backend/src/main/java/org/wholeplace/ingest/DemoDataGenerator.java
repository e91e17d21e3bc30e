package org.wholeplace.ingest;

import reactor.core.publisher.Mono;

/**
 * A data set the demo generates where the real world publishes none (multi-agency spend per borough): loaded after
 * the published files on a first start, through the {@link ImportService} like any file, and marked synthetic.
 */
public interface DemoDataGenerator {

    /** What it makes, for the log. */
    String describe();

    Mono<ImportOutcome> load(ImportService imports, String loadedBy);
}
