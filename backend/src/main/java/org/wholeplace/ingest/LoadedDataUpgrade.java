package org.wholeplace.ingest;

import reactor.core.publisher.Mono;

/**
 * Rows an earlier version of Whole Place loaded, brought up to what this version derives from them: run at every
 * start, before requests are taken, and a no-op once done. A feature whose importer comes to derive more from a file
 * than it did supplies one, so that a database kept across versions answers as one loaded afresh.
 */
public interface LoadedDataUpgrade {

    /** What it brings up to date, for the log. */
    String describe();

    /** @return the rows it added; 0 when nothing was out of date */
    Mono<Integer> upgrade();
}
