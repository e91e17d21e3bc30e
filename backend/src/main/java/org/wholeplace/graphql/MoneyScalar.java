package org.wholeplace.graphql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** Money as an exact decimal string with two places: JSON numbers would be read as binary floats by most clients. */
public final class MoneyScalar {

    public static final GraphQLScalarType MONEY = GraphQLScalarType.newScalar()
            .name("Money")
            .description("An exact amount in pounds, as a decimal string with two places")
            .coercing(new MoneyCoercing())
            .build();

    /**
     * The one rounding rule for money: amounts are kept exact, and whatever is derived from them (per head, medians,
     * theme shares, scores) is rounded once, to the penny, half away from zero, as PostgreSQL's {@code round} does.
     */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private MoneyScalar() {
    }

    public static String format(BigDecimal amount) {
        return amount.setScale(2, ROUNDING).toPlainString();
    }

    private static final class MoneyCoercing implements Coercing<BigDecimal, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof BigDecimal amount) {
                return format(amount);
            }
            throw new CoercingSerializeException("Money must be a BigDecimal, not " + value.getClass().getName());
        }

        @Override
        public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return new BigDecimal(input.toString().strip());
            } catch (NumberFormatException e) {
                throw new CoercingParseValueException("'" + input + "' is not an amount of money");
            }
        }

        @Override
        public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
            try {
                return switch (input) {
                    case StringValue s -> new BigDecimal(s.getValue().strip());
                    case IntValue i -> new BigDecimal(i.getValue());
                    case FloatValue f -> f.getValue();
                    default -> throw new CoercingParseLiteralException("Money must be a string or a number");
                };
            } catch (NumberFormatException e) {
                throw new CoercingParseLiteralException("'" + input + "' is not an amount of money");
            }
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }
    }
}
