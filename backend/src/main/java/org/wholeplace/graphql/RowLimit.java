package org.wholeplace.graphql;

/**
 * How many rows a query returns, as its {@code limit} argument asked: from 1 to the query's most. The default is the
 * schema's ({@code limit: Int = 100}); a limit without one is refused when missing, like any other bad value.
 */
public record RowLimit(int rows) {

    public static RowLimit of(Integer asked, int most) {
        if (asked == null || asked < 1 || asked > most) {
            throw new InvalidInputException("limit must be between 1 and " + most + ", not " + asked);
        }
        return new RowLimit(asked);
    }
}
