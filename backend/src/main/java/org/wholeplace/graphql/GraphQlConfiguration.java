package org.wholeplace.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webflux.GraphQlWebSocketHandler;
import org.springframework.http.codec.ServerCodecConfigurer;

/** Scalars, error mapping and the subscriptions' WebSocket handler, shared by every feature. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GraphQlConfiguration.class);

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(MoneyScalar.MONEY).scalar(JsonScalar.JSON);
    }

    /**
     * Spring Boot's own, but for closing its sessions at shutdown (Boot's is made only where there is none). Only
     * the web server has one: the import command runs without.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler graphQl, GraphQlProperties properties,
                                                    ServerCodecConfigurer codecs) {
        return new GoingAwayWebSocketHandler(graphQl, codecs, properties.getWebsocket().getConnectionInitTimeout(),
                properties.getWebsocket().getKeepAlive());
    }

    /** A subscription refused for its input says why, as a query does; any other failure stays unexplained. */
    @Bean
    SubscriptionExceptionResolverAdapter subscriptionErrors() {
        return new SubscriptionExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable ex) {
                if (ex instanceof InvalidInputException) {
                    return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(ex.getMessage())
                            .build();
                }
                log.error("Subscription failed", ex);
                return GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                        .message("Internal error; it has been logged").build();
            }
        };
    }

    /**
     * Refused input becomes a BAD_REQUEST error carrying our message; anything else is logged with its stack trace
     * and reaches the client only as an INTERNAL_ERROR with no detail. A request whose client went away before its
     * answer (a page closed or left while its panels load) is cancelled: no failure, and not logged as one.
     */
    @Bean
    DataFetcherExceptionResolverAdapter errors() {
        return new DataFetcherExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
                if (ex instanceof InvalidInputException) {
                    return GraphqlErrorBuilder.newError(env)
                            .errorType(ErrorType.BAD_REQUEST)
                            .message(ex.getMessage())
                            .build();
                }
                if (ex instanceof AbortExecutionException) {
                    log.debug("Cancelled by its client: {}", env.getExecutionStepInfo().getPath());
                    return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                            .message("Cancelled").build();
                }
                log.error("Failed to fetch {}", env.getExecutionStepInfo().getPath(), ex);
                return GraphqlErrorBuilder.newError(env)
                        .errorType(ErrorType.INTERNAL_ERROR)
                        .message("Internal error; it has been logged")
                        .build();
            }
        };
    }
}
