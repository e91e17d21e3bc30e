package org.wholeplace.spend;

/** One ordering key of a spend request, as GraphQL gives it: the direction defaults (DESC) in the schema. */
public record SpendOrder(SpendOrderField by, Direction direction) {

    public enum Direction {
        ASC, DESC
    }

    public boolean descending() {
        return direction == Direction.DESC;
    }
}
