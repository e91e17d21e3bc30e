package org.wholeplace.spend;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.Measure;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Service;

/**
 * A spend request checked against the reference data: every code known, every combination possible. An empty set of
 * places, agencies or themes means all; services and years are always explicit.
 *
 * @param years      the years whose spend the rows add up
 * @param withPerHead whether to compute per-head figures (asked for, or ordered by)
 * @param withChange  whether to compute the change from the previous year: asked for, and each row covers one year
 * @param withBatches whether to list the import batches behind each row
 */
public record SpendRequest(Set<String> places, Set<String> agencies, Set<String> services, Set<String> themes,
                           SortedSet<FinancialYear> years, String measure, List<SpendDimension> groupBy,
                           List<SpendOrder> orderBy, int limit, boolean withPerHead, boolean withChange,
                           boolean withBatches) {

    /** The figures a caller may not want, each costing the query extra work. */
    public enum Extra {
        PER_HEAD, CHANGE, BATCHES
    }

    public static final int MAX_LIMIT = 10_000;

    public static SpendRequest of(SpendFilter filter, List<SpendDimension> groupBy, List<SpendOrder> orderBy,
                                  Integer limit, ReferenceData reference, Set<Extra> wanted) {
        SpendFilter f = filter == null ? new SpendFilter(null, null, null, null, null, null, null) : filter;
        List<SpendDimension> dimensions = groupBy == null ? List.of() : groupBy;
        List<SpendOrder> orders = orderBy == null ? List.of() : orderBy;

        Set<String> places = known(f.places(), code -> reference.place(code).isPresent(), "place", "places");
        if (f.within() != null) {
            Place root = reference.place(f.within()).orElseThrow(
                    () -> new InvalidInputException("Unknown place code '" + f.within() + "' in filter.within"));
            Set<String> inside = reference.placeAndDescendants(root).stream().map(Place::code)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (places.isEmpty()) {
                places = inside;
            } else {
                places.retainAll(inside);
                if (places.isEmpty()) {
                    throw new InvalidInputException("None of filter.places lies within " + f.within());
                }
            }
        }
        Set<String> agencies = known(f.agencies(), reference.agencies()::containsKey, "agency", "agencies");
        Set<String> themes = known(f.themes(), code -> reference.theme(code).isPresent(), "theme", "themes");
        Set<String> services = services(f.services(), reference);
        SortedSet<FinancialYear> years = years(f.years(), reference);

        String measure = f.measure() == null ? Measure.NET_CURRENT_EXPENDITURE : f.measure();
        if (!reference.measures().containsKey(measure)) {
            throw new InvalidInputException("Unknown measure '" + measure + "' in filter.measure; known: "
                    + String.join(", ", new TreeSet<>(reference.measures().keySet())));
        }
        if (new LinkedHashSet<>(dimensions).size() != dimensions.size()) {
            throw new InvalidInputException("groupBy names a dimension twice: " + dimensions);
        }
        for (SpendOrder order : orders) {
            order.by().dimension().filter(d -> !dimensions.contains(d)).ifPresent(d -> {
                throw new InvalidInputException("Cannot order by " + order.by() + ": the rows are not grouped by "
                        + d + "; add it to groupBy");
            });
        }
        int rows = limit == null ? 1000 : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw new InvalidInputException("limit must be between 1 and " + MAX_LIMIT + ", not " + rows);
        }
        boolean oneYearPerRow = dimensions.contains(SpendDimension.YEAR) || years.size() == 1;
        boolean perHead = wanted.contains(Extra.PER_HEAD)
                || orders.stream().anyMatch(o -> o.by() == SpendOrderField.PER_HEAD);
        boolean change = oneYearPerRow && (wanted.contains(Extra.CHANGE)
                || orders.stream().anyMatch(o -> o.by() == SpendOrderField.CHANGE_FROM_PREVIOUS_YEAR));
        return new SpendRequest(places, agencies, services, themes, years, measure, List.copyOf(dimensions),
                List.copyOf(orders), rows, perHead, change, wanted.contains(Extra.BATCHES));
    }

    private static Set<String> known(Collection<String> codes, Predicate<String> isKnown, String what,
                                     String field) {
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (!isKnown.test(code)) {
                throw new InvalidInputException(CodeCheck.inField(CodeCheck.unknown(what, code), "filter." + field));
            }
            result.add(code);
        }
        return result;
    }

    /** A reported total is the sum of the other services: asked for with them, it would count everything twice. */
    private static Set<String> services(Collection<String> codes, ReferenceData reference) {
        Set<String> asked = known(codes, reference.services()::containsKey, "service", "services");
        if (asked.isEmpty()) {
            return reference.services().values().stream().filter(s -> !s.total()).map(Service::code)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
        if (asked.size() > 1) {
            for (String code : asked) {
                if (reference.services().get(code).total()) {
                    throw new InvalidInputException("Service '" + code + "' is a reported total of the other "
                            + "services; ask for it on its own, not with " + asked.stream()
                            .filter(other -> !other.equals(code)).collect(Collectors.joining(", ")));
                }
            }
        }
        return asked;
    }

    private static SortedSet<FinancialYear> years(Collection<String> labels, ReferenceData reference) {
        if (labels == null || labels.isEmpty()) {
            return new TreeSet<>(reference.spendYears());
        }
        SortedSet<FinancialYear> years = new TreeSet<>();
        for (String label : labels) {
            FinancialYear year;
            try {
                year = FinancialYear.parse(label);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage() + " (filter.years)");
            }
            if (!reference.spendYears().contains(year)) {
                throw new InvalidInputException("No spend for " + year.label() + " (filter.years); years with spend: "
                        + reference.spendYears().stream().map(FinancialYear::label).collect(Collectors.joining(", ")));
            }
            years.add(year);
        }
        return years;
    }
}
