package org.wholeplace.dashboard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.provenance.ImportBatch;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code dashboards}, {@code dashboard(id)}, each panel's {@code data}, {@code dashboardProblems}, and the changes. */
@Controller
public class DashboardController {

    private final Dashboards dashboards;
    private final PanelRunner panels;
    private final FilterOptions options;

    public DashboardController(Dashboards dashboards, PanelRunner panels, FilterOptions options) {
        this.dashboards = dashboards;
        this.panels = panels;
        this.options = options;
    }

    @QueryMapping
    public List<Dashboard> dashboards(@Argument Audience audience) {
        return dashboards.all().stream().filter(d -> audience == null || d.audience() == audience).toList();
    }

    @QueryMapping
    public Dashboard dashboard(@Argument String id) {
        return dashboards.withId(id).orElse(null);
    }

    @QueryMapping
    public List<DashboardProblem> dashboardProblems() {
        return dashboards.problems();
    }

    @SubscriptionMapping
    public Flux<DashboardChange> dashboardChanged(@Argument String id) {
        return Mono.fromCallable(() -> DashboardRequest.of(id, dashboards))
                .flatMapMany(request -> dashboards.changesOf(request.dashboard().id()));
    }

    @SchemaMapping(typeName = "DashboardFilter")
    public String kind(DashboardFilter filter) {
        return filter.kind().code();
    }

    @SchemaMapping(typeName = "DashboardFilter", field = "default")
    public String defaultValue(DashboardFilter filter) {
        return filter.defaultValue();
    }

    @SchemaMapping(typeName = "DashboardFilter")
    public Mono<List<FilterOption>> options(DashboardFilter filter,
                                            @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData reference) {
        return options.of(filter, reference);
    }

    @SchemaMapping(typeName = "Panel")
    public String kind(Panel panel) {
        return panel.kind().code();
    }

    @SchemaMapping(typeName = "Panel")
    public Mono<PanelData> data(Panel panel, @Argument Map<String, Object> filters, GraphQLContext request) {
        Dashboard dashboard = dashboards.withId(panel.dashboardId()).orElseThrow(() -> new InvalidInputException(
                "Dashboard '" + panel.dashboardId() + "' is no longer served"));
        return panels.filterValuesOnce(request, dashboard, filters).flatMap(values -> panels.run(panel, values));
    }

    @SchemaMapping(typeName = "PanelData")
    public CompletableFuture<List<ImportBatch>> batches(PanelData data, DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(data.batchIds());
    }

    @SchemaMapping(typeName = "PanelData")
    public CompletableFuture<Boolean> synthetic(PanelData data, DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(data.batchIds()).thenApply(ImportBatch::anySynthetic);
    }

    @SchemaMapping(typeName = "DashboardChange")
    public String dashboard(DashboardChange change) {
        return change.dashboardId();
    }

    @SchemaMapping(typeName = "DashboardChange")
    public CompletableFuture<ImportBatch> batch(DashboardChange change, DataLoader<Long, ImportBatch> batches) {
        return change.batchId() == null ? CompletableFuture.completedFuture(null) : batches.load(change.batchId());
    }

    @SchemaMapping(typeName = "DashboardChange")
    public String at(DashboardChange change) {
        return change.at().toString();
    }
}
