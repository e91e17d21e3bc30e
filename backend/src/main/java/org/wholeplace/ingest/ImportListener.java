package org.wholeplace.ingest;

import reactor.core.publisher.Mono;

/**
 * A feature that must react to new data (reference data, caches, live dashboards). Each is called, in turn, after an
 * import commits and before the import is reported done, so a caller that sees the import finish sees its effects.
 */
public interface ImportListener {

    Mono<Void> onImportCompleted(ImportCompleted event);
}
