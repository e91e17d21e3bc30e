package org.wholeplace.graphql;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * Any JSON value: for results whose shape the schema cannot name in advance (a dashboard panel's data, shaped for
 * its kind) and for a dashboard's filter values. Money inside stays a decimal string, as the Money scalar writes it.
 */
public final class JsonScalar {

    public static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
            .name("JSON")
            .description("Any JSON value: an object, a list, a string, a number, true, false or null")
            .coercing(new JsonCoercing())
            .build();

    private JsonScalar() {
    }

    private static final class JsonCoercing implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return plain(value);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            return input;
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            return literal(input, variables);
        }

        private static Object literal(Value<?> input, CoercedVariables variables) {
            return switch (input) {
                case NullValue n -> null;
                case StringValue s -> s.getValue();
                case BooleanValue b -> b.isValue();
                case IntValue i -> i.getValue();
                case FloatValue f -> f.getValue();
                case EnumValue e -> e.getName();
                case ArrayValue a -> {
                    List<Object> values = new ArrayList<>();
                    a.getValues().forEach(v -> values.add(literal(v, variables)));
                    yield values;
                }
                case ObjectValue o -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    for (ObjectField field : o.getObjectFields()) {
                        fields.put(field.getName(), literal(field.getValue(), variables));
                    }
                    yield fields;
                }
                case VariableReference v -> variables.get(v.getName());
                default -> throw new CoercingParseLiteralException("not a JSON value: " + input);
            };
        }

        /** What Jackson writes as JSON: maps, lists, strings, numbers, booleans; money as its decimal string. */
        private static Object plain(Object value) {
            return switch (value) {
                case null -> null;
                case BigDecimal amount -> amount;
                case Map<?, ?> map -> {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
                    yield copy;
                }
                case List<?> list -> list.stream().map(JsonCoercing::plain).toList();
                case String s -> s;
                case Number n -> n;
                case Boolean b -> b;
                default -> throw new CoercingSerializeException("not a JSON value: " + value.getClass().getName());
            };
        }
    }
}
