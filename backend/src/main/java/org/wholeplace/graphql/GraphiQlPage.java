package org.wholeplace.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /graphiql}: GraphiQL on the backend's own copies of its scripts and styles. Spring for GraphQL's page
 * loads them from a public CDN, which leaves a blank page on a network without internet access.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage {

    @Bean
    RouterFunction<ServerResponse> graphiQl() {
        var page = new ClassPathResource("pages/graphiql.html");
        return RouterFunctions.route()
                .GET("/graphiql", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page))
                .build();
    }
}
