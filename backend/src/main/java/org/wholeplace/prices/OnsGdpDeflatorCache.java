package org.wholeplace.prices;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import org.wholeplace.provenance.ImportCompleted;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.ImportListener;
import reactor.core.publisher.Mono;

/** The current ONS GDP deflator, reloaded after every import committed by any process or instance. */
@Component
public class OnsGdpDeflatorCache implements ImportListener {

    private final OnsGdpDeflatorRepository repository;
    private final AtomicReference<Optional<OnsGdpDeflator>> current = new AtomicReference<>(Optional.empty());

    public OnsGdpDeflatorCache(OnsGdpDeflatorRepository repository) {
        this.repository = repository;
    }

    /** The deflator loaded last; empty before any is imported. */
    public Optional<OnsGdpDeflator> get() {
        return current.get();
    }

    public Mono<Void> refresh() {
        return repository.currentDeflator().map(Optional::of).defaultIfEmpty(Optional.empty())
                .doOnNext(current::set).then();
    }

    @Override
    public Mono<Void> onImportCompleted(ImportCompleted event) {
        // only an import of the deflator changes it (superseding happens in the same import)
        return ImportKind.ONS_GDP_DEFLATOR.code().equals(event.batch().kind()) ? refresh() : Mono.empty();
    }

    @Override
    public Mono<Void> refreshAll() {
        return refresh();
    }
}
