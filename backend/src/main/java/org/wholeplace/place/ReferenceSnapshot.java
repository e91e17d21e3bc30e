package org.wholeplace.place;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Takes one reference-data snapshot per GraphQL request and hands it to every field of the response, so that codes
 * are checked and names resolved against the same data even when an import commits mid-request. Controllers read
 * it as {@code @ContextValue(ReferenceData.CONTEXT_KEY)}.
 */
@Component
class ReferenceSnapshot implements WebGraphQlInterceptor {

    private final ReferenceDataCache cache;

    ReferenceSnapshot(ReferenceDataCache cache) {
        this.cache = cache;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        ReferenceData snapshot = cache.get();
        request.configureExecutionInput((input, builder) -> builder
                .graphQLContext(Map.of(ReferenceData.CONTEXT_KEY, snapshot)).build());
        return chain.next(request);
    }
}
