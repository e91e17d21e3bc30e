package org.wholeplace.dashboard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.CodeCheck;

/**
 * The filters a panel's {@code data(filters: ...)} (or its CSV) asks for, checked: every name one of the dashboard's
 * filters, every value one its filter allows; a filter not asked for takes the dashboard's default (the file's, not
 * this code's).
 *
 * @param values every filter's value, in the dashboard's order
 */
record PanelFilters(Map<String, String> values) {

    /**
     * @param asked   as the request gives them; null when it gives none
     * @param allowed each filter's allowed values, by filter name ({@link FilterOptions})
     */
    static PanelFilters of(Dashboard dashboard, Map<String, ?> asked, Map<String, List<FilterOption>> allowed) {
        refuseUnknown(dashboard, asked);
        Map<String, ?> given = asked == null ? Map.of() : asked;
        Map<String, String> values = new LinkedHashMap<>();
        for (DashboardFilter filter : dashboard.filters()) {
            Object value = given.get(filter.name());
            String chosen = value == null ? filter.defaultValue() : String.valueOf(value);
            List<FilterOption> options = allowed.getOrDefault(filter.name(), List.of());
            if (options.stream().noneMatch(o -> o.value().equals(chosen))) {
                throw new InvalidInputException(CodeCheck.inField(CodeCheck.unknown(filter.kind().code(), chosen),
                        "filters." + filter.name()) + "; its values: " + options.stream().map(FilterOption::value)
                        .collect(Collectors.joining(", ")));
            }
            values.put(filter.name(), chosen);
        }
        return new PanelFilters(Collections.unmodifiableMap(values));
    }

    /** A filter name the dashboard does not have: refused, naming the ones it has. */
    static void refuseUnknown(Dashboard dashboard, Map<String, ?> asked) {
        Set<String> unknown = new LinkedHashSet<>(asked == null ? Set.of() : asked.keySet());
        dashboard.filters().forEach(f -> unknown.remove(f.name()));
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(CodeCheck.inField(CodeCheck.unknown("filter", unknown.iterator().next()),
                    "filters") + "; dashboard '" + dashboard.id() + "' has the filters " + dashboard.filters().stream()
                    .map(DashboardFilter::name).collect(Collectors.joining(", ")));
        }
    }
}
