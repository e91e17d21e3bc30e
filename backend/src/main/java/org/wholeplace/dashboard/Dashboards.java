package org.wholeplace.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Service;
import org.wholeplace.provenance.ImportCompleted;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.ImportListener;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The dashboards served, and the changes to them: every import that commits, on any instance (see
 * provenance.ImportNotifications), is told to the dashboards whose panels read its kind; a dashboard file changed
 * while the backend runs is told as a change of definition. The folder is read once every other bean is ready,
 * since checking a panel's document needs the schema the backend serves.
 */
@Service
public class Dashboards implements SmartInitializingSingleton, DisposableBean, ImportListener {

    private final DashboardProperties properties;
    private final ObjectProvider<GraphQlSource> graphQl;
    private final Sinks.Many<DashboardChange> changes = Sinks.many().multicast().directBestEffort();
    private volatile DashboardCatalogue catalogue;

    public Dashboards(DashboardProperties properties, ObjectProvider<GraphQlSource> graphQl) {
        this.properties = properties;
        this.graphQl = graphQl;
    }

    @Override
    public void afterSingletonsInstantiated() {
        catalogue = new DashboardCatalogue(properties.directory(), graphQl.getObject().schema(),
                changed -> emit(changed.id(), "definition", null));
        if (properties.watch()) {
            catalogue.watch();
        }
    }

    public List<Dashboard> all() {
        return catalogue.dashboards();
    }

    public Optional<Dashboard> withId(String id) {
        return catalogue.dashboard(id);
    }

    public List<DashboardProblem> problems() {
        return catalogue.problems();
    }

    /** The changes to one dashboard from now on. */
    public Flux<DashboardChange> changesOf(String id) {
        return changes.asFlux().filter(change -> change.dashboardId().equals(id));
    }

    @Override
    public Mono<Void> onImportCompleted(ImportCompleted event) {
        if (catalogue != null) {
            ImportKind.of(event.batch().kind()).ifPresent(kind -> catalogue.dashboards().stream()
                    .filter(d -> d.panels().stream().anyMatch(p -> p.reads().contains(kind)))
                    .forEach(d -> emit(d.id(), "import", event.batch().id())));
        }
        return Mono.empty();
    }

    @Override
    public Mono<Void> refreshAll() {
        if (catalogue != null) {
            catalogue.dashboards().forEach(d -> emit(d.id(), "refresh", null));
        }
        return Mono.empty();
    }

    /** Imports and reloads are told from several threads; a sink takes one signal at a time. */
    private synchronized void emit(String dashboardId, String reason, Long batchId) {
        changes.tryEmitNext(new DashboardChange(dashboardId, reason, batchId, OffsetDateTime.now()));
    }

    /**
     * At shutdown every stream of changes ends, so that the clients holding one (a viewer open in a browser) let the
     * server's graceful shutdown finish at once instead of after its timeout; the viewer subscribes again when the
     * backend is back. The context is closed before its web server stops, so this comes first.
     */
    @EventListener(ContextClosedEvent.class)
    public synchronized void endChanges() {
        changes.tryEmitComplete();
    }

    @Override
    public void destroy() {
        if (catalogue != null) {
            catalogue.close();
        }
    }
}
