package org.wholeplace.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.ValuesResolver;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.InputValueWithState;
import org.springframework.stereotype.Component;

/**
 * An argument or input field sent as null, where the schema states a default ({@code limit: Int = 100}), takes the
 * default, as one left out does. Clients send null for "not set" (a variable declared and sent as null), and the
 * defaults live in the schema only: no controller or request record states one again.
 */
@Component
class NullMeansSchemaDefault implements Instrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        // a property read takes no arguments: left as graphql-java's light fetcher, no environment built for it
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        List<GraphQLArgument> arguments = parameters.getField().getArguments();
        if (arguments.isEmpty()) {
            return fetcher;
        }
        return env -> {
            Map<String, Object> given = env.getArguments();
            Map<String, Object> filled = new LinkedHashMap<>(given);
            for (GraphQLArgument argument : arguments) {
                if (given.containsKey(argument.getName())) {
                    filled.put(argument.getName(), filled(given.get(argument.getName()), argument.getType(),
                            argument.hasSetDefaultValue() ? argument.getArgumentDefaultValue() : null, env));
                }
            }
            return fetcher.get(filled.equals(given) ? env
                    : DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(filled).build());
        };
    }

    /** The value, or the default where it is null; input objects and lists of them field by field. */
    private static Object filled(Object value, GraphQLInputType type, InputValueWithState byDefault,
                                 DataFetchingEnvironment env) {
        if (value == null) {
            return byDefault == null ? null : ValuesResolver.valueToInternalValue(byDefault, type,
                    env.getGraphQlContext() == null ? GraphQLContext.getDefault() : env.getGraphQlContext(),
                    env.getLocale());
        }
        GraphQLInputType unwrapped = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
            GraphQLInputType itemType = (GraphQLInputType) list.getWrappedType();
            List<Object> result = new ArrayList<>(items.size());
            items.forEach(item -> result.add(filled(item, itemType, null, env)));
            return result;
        }
        if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            Map<Object, Object> result = new LinkedHashMap<>(fields);
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                if (fields.containsKey(field.getName())) {
                    result.put(field.getName(), filled(fields.get(field.getName()), field.getType(),
                            field.hasSetDefaultValue() ? field.getInputFieldDefaultValue() : null, env));
                }
            }
            return result;
        }
        return value;
    }
}
