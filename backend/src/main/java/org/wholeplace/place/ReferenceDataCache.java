package org.wholeplace.place;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import org.wholeplace.provenance.ImportCompleted;
import org.wholeplace.provenance.ImportListener;
import reactor.core.publisher.Mono;

/**
 * The current {@link ReferenceData}, reloaded after every import committed by any process or instance (the import
 * notifications tell every instance).
 */
@Component
public class ReferenceDataCache implements ImportListener {

    private final ReferenceDataRepository repository;
    private final AtomicReference<ReferenceData> current = new AtomicReference<>(ReferenceData.empty());

    public ReferenceDataCache(ReferenceDataRepository repository) {
        this.repository = repository;
    }

    public ReferenceData get() {
        return current.get();
    }

    public Mono<ReferenceData> refresh() {
        return repository.loadAll().doOnNext(current::set);
    }

    @Override
    public Mono<Void> onImportCompleted(ImportCompleted event) {
        return refresh().then();
    }

    @Override
    public Mono<Void> refreshAll() {
        return refresh().then();
    }
}
