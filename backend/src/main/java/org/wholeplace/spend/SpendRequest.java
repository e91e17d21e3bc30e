package org.wholeplace.spend;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.graphql.RowLimit;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Basis;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.Measure;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Service;
import org.wholeplace.prices.OnsGdpDeflator;
import org.wholeplace.prices.PriceBasis;
import org.wholeplace.prices.Prices;
import org.wholeplace.prices.PricesInput;

/**
 * A spend request checked against the reference data: every code known, every combination possible. An empty set of
 * places, agencies or themes means all; services and years are always explicit.
 *
 * @param services   the services asked for: by default every service group, never a detailed line beside its group
 * @param detailedServices the detailed lines of the groups in {@code services}: a request by theme reads these in
 *                   place of a group total that itemises them
 * @param bases      the bases the rows add up: one, unless the rows are grouped by basis
 * @param years      the years whose spend the rows add up
 * @param withPerHead whether to compute per-head figures (asked for, or ordered by)
 * @param withChange  whether to compute the change from the previous year: asked for, and each row covers one year
 * @param withBatches whether to list the import batches behind each row
 * @param withVariance whether to compute each row's budget, outturn and their difference: asked for, and the rows
 *                   are not grouped by basis
 * @param prices     the prices money is stated in: cash, or one year's prices with the index of every year read
 */
public record SpendRequest(Set<String> places, Set<String> agencies, Set<String> services,
                           Set<String> detailedServices, Set<String> themes, Set<Basis> bases,
                           SortedSet<FinancialYear> years, String measure, List<SpendDimension> groupBy,
                           List<SpendOrder> orderBy, int limit, boolean withPerHead, boolean withChange,
                           boolean withBatches, boolean withVariance, Prices prices) {

    /** The figures a caller may not want, each costing the query extra work. */
    public enum Extra {
        PER_HEAD, CHANGE, BATCHES, VARIANCE
    }

    /** Whether themes matter to the request: grouped by, or filtered on. */
    public boolean byTheme() {
        return groupBy.contains(SpendDimension.THEME) || !themes.isEmpty();
    }

    /** The one basis of every row, when the rows are not grouped by basis. */
    public Basis basis() {
        return bases.iterator().next();
    }

    public static final int MAX_LIMIT = 10_000;

    /**
     * The arguments of {@code spend} checked. Their defaults are the schema's ({@code limit: Int = 1000}, the filter
     * itself {@code = {}}, its measure and basis), filled in by GraphQL, so a caller in Java states every one.
     */
    public static SpendRequest of(SpendFilter filter, List<SpendDimension> groupBy, List<SpendOrder> orderBy,
                                  Integer limit, ReferenceData reference, Set<Extra> wanted) {
        return of(filter, groupBy, orderBy, limit, null, Optional.empty(), reference, wanted);
    }

    /**
     * As above, with the {@code prices} argument: null or CASH is cash; REAL needs a year, and the deflator to cover
     * it and every year a figure is read from (with the change, the years before those asked for too).
     */
    public static SpendRequest of(SpendFilter filter, List<SpendDimension> groupBy, List<SpendOrder> orderBy,
                                  Integer limit, PricesInput prices, Optional<OnsGdpDeflator> deflator,
                                  ReferenceData reference, Set<Extra> wanted) {
        SpendFilter f = filter;   // the schema's defaults filled in: {} for the filter, its measure and basis
        List<SpendDimension> dimensions = groupBy == null ? List.of() : groupBy;
        List<SpendOrder> orders = orderBy == null ? List.of() : orderBy;

        Set<String> places = known(f.places(), code -> reference.place(code).isPresent(), "place", "places");
        if (f.within() != null) {
            Place root = reference.place(f.within()).orElseThrow(() -> new InvalidInputException(
                    CodeCheck.inField(CodeCheck.unknown("place", f.within()), "filter.within")));
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
        Set<String> detailedServices = services.stream().flatMap(code -> reference.detailsOf(code).stream())
                .map(Service::code).filter(code -> !services.contains(code))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        // an empty list is outturn, as the schema's default: "no basis" has no other meaning for a sum of spend
        Set<Basis> bases = f.basis().isEmpty() ? EnumSet.of(Basis.OUTTURN) : EnumSet.copyOf(f.basis());
        if (bases.size() > 1 && !dimensions.contains(SpendDimension.BASIS)) {
            throw new InvalidInputException("filter.basis names " + bases.size() + " bases, so each row would add "
                    + "budgets to outturns; group by BASIS, or ask for one basis and read the rows' variance");
        }
        SortedSet<FinancialYear> years = years(f.years(), bases, reference);

        String measure = f.measure();
        CodeCheck.measure(reference, measure).ifPresent(problem -> {
            throw new InvalidInputException(CodeCheck.inField(problem, "filter.measure",
                    "known: " + String.join(", ", new TreeSet<>(reference.measures().keySet()))));
        });
        if (new LinkedHashSet<>(dimensions).size() != dimensions.size()) {
            throw new InvalidInputException("groupBy names a dimension twice: " + dimensions);
        }
        for (SpendOrder order : orders) {
            order.by().dimension().filter(d -> !dimensions.contains(d)).ifPresent(d -> {
                throw new InvalidInputException("Cannot order by " + order.by() + ": the rows are not grouped by "
                        + d + "; add it to groupBy");
            });
        }
        int rows = RowLimit.of(limit, MAX_LIMIT).rows();
        boolean oneYearPerRow = dimensions.contains(SpendDimension.YEAR) || years.size() == 1;
        boolean perHead = wanted.contains(Extra.PER_HEAD)
                || orders.stream().anyMatch(o -> o.by() == SpendOrderField.PER_HEAD);
        boolean change = oneYearPerRow && (wanted.contains(Extra.CHANGE)
                || orders.stream().anyMatch(o -> o.by() == SpendOrderField.CHANGE_FROM_PREVIOUS_YEAR));
        boolean variance = !dimensions.contains(SpendDimension.BASIS) && (wanted.contains(Extra.VARIANCE)
                || orders.stream().anyMatch(o -> o.by() == SpendOrderField.VARIANCE));
        return new SpendRequest(places, agencies, services, detailedServices, themes, bases, years, measure,
                List.copyOf(dimensions), List.copyOf(orders), rows, perHead, change, wanted.contains(Extra.BATCHES),
                variance, prices(prices, deflator, years, change));
    }

    private static Prices prices(PricesInput asked, Optional<OnsGdpDeflator> deflator, SortedSet<FinancialYear> years,
                                 boolean withChange) {
        if (asked == null || asked.basis() == null || asked.basis() == PriceBasis.CASH) {
            return Prices.CASH;
        }
        if (asked.year() == null || asked.year().isBlank()) {
            throw new InvalidInputException("prices.year is required with basis: REAL: the financial year whose "
                    + "prices the figures are stated in (\"2022-23\")");
        }
        FinancialYear target;
        try {
            target = FinancialYear.parse(asked.year().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage() + " (prices.year)");
        }
        OnsGdpDeflator gdp = deflator.orElseThrow(() -> new InvalidInputException("No ONS GDP deflator is loaded, "
                + "so spend cannot be stated in real terms (prices); import one: kind ons-gdp-deflator"));
        gdp.realTermsIn(target, List.of(), "prices.year");   // the target alone first: its refusal names prices.year
        SortedSet<FinancialYear> read = new TreeSet<>(years);
        if (withChange) {
            years.forEach(year -> read.add(year.previous()));
        }
        return gdp.realTermsIn(target, read, withChange ? "filter.years, and with the change the year before each"
                : "filter.years");
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

    /**
     * A reported total is the sum of the other services, and a group's total the sum of its detailed lines: asked for
     * with them, either would count twice. By default, every service group.
     */
    private static Set<String> services(Collection<String> codes, ReferenceData reference) {
        Set<String> asked = known(codes, reference.services()::containsKey, "service", "services");
        if (asked.isEmpty()) {
            return reference.services().values().stream().filter(s -> !s.total() && !s.detailed())
                    .map(Service::code).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        for (String code : asked) {
            String group = reference.services().get(code).parentCode();
            if (group != null && asked.contains(group)) {
                throw new InvalidInputException("Service '" + code + "' is a line of '" + group + "'; asked for "
                        + "with it, it would count twice (filter.services)");
            }
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

    /** The years asked for, each with spend of a basis asked for; by default, every such year. */
    private static SortedSet<FinancialYear> years(Collection<String> labels, Set<Basis> bases,
                                                  ReferenceData reference) {
        SortedSet<FinancialYear> withSpend = new TreeSet<>();
        bases.forEach(basis -> withSpend.addAll(reference.spendYears(basis)));
        if (labels == null || labels.isEmpty()) {
            return withSpend;
        }
        SortedSet<FinancialYear> years = new TreeSet<>();
        for (String label : labels) {
            FinancialYear year;
            try {
                year = FinancialYear.parse(label);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage() + " (filter.years)");
            }
            if (!withSpend.contains(year)) {
                String basis = bases.stream().map(Basis::code).collect(Collectors.joining(" or "));
                throw new InvalidInputException("No " + basis + " spend for " + year.label() + " (filter.years); "
                        + "years with " + basis + " spend: "
                        + withSpend.stream().map(FinancialYear::label).collect(Collectors.joining(", ")));
            }
            years.add(year);
        }
        return years;
    }
}
