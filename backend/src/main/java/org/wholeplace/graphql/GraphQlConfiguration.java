package org.wholeplace.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;

/** Scalars and error mapping shared by every feature. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GraphQlConfiguration.class);

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(MoneyScalar.MONEY).scalar(JsonScalar.JSON);
    }

    /**
     * Refused input becomes a BAD_REQUEST error carrying our message; anything else is logged with its stack trace
     * and reaches the client only as an INTERNAL_ERROR with no detail.
     */
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
                log.error("Failed to fetch {}", env.getExecutionStepInfo().getPath(), ex);
                return GraphqlErrorBuilder.newError(env)
                        .errorType(ErrorType.INTERNAL_ERROR)
                        .message("Internal error; it has been logged")
                        .build();
            }
        };
    }
}
