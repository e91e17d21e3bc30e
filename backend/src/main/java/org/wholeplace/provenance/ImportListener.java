package org.wholeplace.provenance;

import reactor.core.publisher.Mono;

/**
 * A feature that must react to new data (reference data, caches, live dashboards). Each is called, in turn, after an
 * import commits, whichever process or instance ran it (see {@link ImportNotifications}). For an import run by this
 * instance it is called before the import is reported done, so a caller that sees the import finish sees its effects.
 */
public interface ImportListener {

    Mono<Void> onImportCompleted(ImportCompleted event);

    /**
     * Imports may have committed unseen (the notification connection was down, or had not yet started): forget or
     * reload everything derived from the data.
     */
    Mono<Void> refreshAll();
}
