package org.wholeplace.provenance;

import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Tells every {@link ImportListener} that an import has committed, or that imports may have been missed. */
@Component
public class ImportEvents {

    private final List<ImportListener> listeners;

    public ImportEvents(List<ImportListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public Mono<Void> publish(ImportCompleted event) {
        return Flux.fromIterable(listeners).concatMap(listener -> listener.onImportCompleted(event)).then();
    }

    public Mono<Void> refreshAll() {
        return Flux.fromIterable(listeners).concatMap(ImportListener::refreshAll).then();
    }
}
