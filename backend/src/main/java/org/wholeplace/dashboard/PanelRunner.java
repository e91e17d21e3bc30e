package org.wholeplace.dashboard;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Service;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a panel's persisted document through the backend's own GraphQL engine, with its variables taken from the
 * filters (checked against their allowed values), and shapes the result for the panel's kind. The panels of a
 * dashboard run concurrently, each as a request of its own, so each is batched as any request is.
 */
@Service
public class PanelRunner {

    private final ExecutionGraphQlService graphQl;
    private final FilterOptions options;
    private final ReferenceDataCache reference;

    public PanelRunner(ExecutionGraphQlService graphQl, FilterOptions options, ReferenceDataCache reference) {
        this.graphQl = graphQl;
        this.options = options;
        this.reference = reference;
    }

    /** Every filter's value, as asked or by default, each checked against its allowed values ({@link PanelFilters}). */
    public Mono<Map<String, String>> filterValues(Dashboard dashboard, Map<String, ?> asked) {
        ReferenceData snapshot = reference.get();
        // a filter the dashboard lacks is refused before any filter's values are read
        return Mono.fromRunnable(() -> PanelFilters.refuseUnknown(dashboard, asked))
                .thenMany(Flux.fromIterable(dashboard.filters()))
                .concatMap(filter -> options.of(filter, snapshot).map(allowed -> Map.entry(filter.name(), allowed)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(allowed -> PanelFilters.of(dashboard, asked, allowed).values());
    }

    /** A dashboard's filters as one request asks for them. */
    private record AskedFilters(String dashboardId, Map<String, ?> asked) {
    }

    /**
     * As {@link #filterValues}, checked once a request however many of the dashboard's panels ask with them:
     * checking reads what the data allows (the indicators, the programmes), the same for every panel.
     *
     * @param request the request's context, where the check is kept
     */
    public Mono<Map<String, String>> filterValuesOnce(GraphQLContext request, Dashboard dashboard,
                                                      Map<String, ?> asked) {
        return request.computeIfAbsent(new AskedFilters(dashboard.id(), asked),
                key -> filterValues(dashboard, asked).cache());
    }

    /** The panel with the filters asked for, checked first. */
    public Mono<PanelData> run(Dashboard dashboard, Panel panel, Map<String, ?> asked) {
        return filterValues(dashboard, asked).flatMap(filters -> run(panel, filters));
    }

    /** The panel with filter values already checked ({@link #filterValues}). */
    public Mono<PanelData> run(Panel panel, Map<String, String> filters) {
        return Mono.defer(() -> {
            Map<String, Object> variables = new HashMap<>();
            panel.variables().forEach((variable, filter) -> variables.put(variable, filters.get(filter)));
            var request = new DefaultExecutionGraphQlRequest(panel.document(), null, variables, Map.of(),
                    UUID.randomUUID().toString(), Locale.UK);
            ReferenceData snapshot = reference.get();
            request.configureExecutionInput((input, builder) -> builder
                    .graphQLContext(Map.of(ReferenceData.CONTEXT_KEY, snapshot)).build());
            return graphQl.execute(request).map(response -> {
                List<GraphQLError> errors = response.getExecutionResult().getErrors();
                if (!errors.isEmpty()) {
                    GraphQLError first = errors.getFirst();
                    throw first.getErrorType() == ErrorType.BAD_REQUEST
                            ? new InvalidInputException("Panel '" + panel.id() + "': " + first.getMessage())
                            : new IllegalStateException("Panel '" + panel.dashboardId() + "/" + panel.id()
                                    + "' failed: " + errors);
                }
                Map<String, Object> data = response.getExecutionResult().getData();
                Named named = Named.in(data);
                return new PanelData(filters, panel.shape(data, filters), List.copyOf(named.batchIds()),
                        List.copyOf(named.warnings()));
            });
        });
    }

    /**
     * What a result names beside its figures, found in one walk: the import batches they rest on (under batch or
     * batches) and every distinct warning message (under warnings, as an appraisal's), so that a panel of figures
     * resting on a forecast deflator or on costs combined against the workbook's advice says so.
     */
    private record Named(Set<Long> batchIds, Set<String> warnings) {

        static Named in(Object result) {
            Named named = new Named(new LinkedHashSet<>(), new LinkedHashSet<>());
            named.walk(result);
            return named;
        }

        private void walk(Object node) {
            if (node instanceof Map<?, ?> map) {
                map.forEach((key, value) -> {
                    if ("batch".equals(key) && value instanceof Map<?, ?> batch) {
                        addBatch(batch);
                    } else if ("batches".equals(key) && value instanceof List<?> batches) {
                        batches.forEach(this::addBatch);
                    } else if ("warnings".equals(key) && value instanceof List<?> list) {
                        list.stream().filter(w -> w instanceof Map<?, ?> m && m.get("message") != null)
                                .forEach(w -> warnings.add(String.valueOf(((Map<?, ?>) w).get("message"))));
                    } else {
                        walk(value);
                    }
                });
            } else if (node instanceof List<?> list) {
                list.forEach(this::walk);
            }
        }

        private void addBatch(Object batch) {
            if (batch instanceof Map<?, ?> m && m.get("id") != null) {
                batchIds.add(Long.valueOf(String.valueOf(m.get("id"))));
            }
        }
    }
}
