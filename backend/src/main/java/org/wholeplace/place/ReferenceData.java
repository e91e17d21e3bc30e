package org.wholeplace.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wholeplace.period.FinancialYear;

/**
 * An immutable snapshot of the small tables every request needs: places, agencies, services, themes, measures and the
 * financial years that have spend, per basis. Held in memory so that codes are validated and names resolved without a database
 * round trip; replaced whole after each import.
 */
public record ReferenceData(Map<String, Place> places,
                            Map<String, Agency> agencies,
                            Map<String, Service> services,
                            Map<String, Theme> themes,
                            Map<String, Measure> measures,
                            Map<Basis, SortedSet<FinancialYear>> yearsByBasis,
                            Map<String, List<Place>> childrenByParent,
                            Map<String, ComparatorGroup> comparatorGroups,
                            Map<String, String> regionOf) {

    /** Where a GraphQL request's one snapshot is kept (see {@code ReferenceSnapshot}). */
    public static final String CONTEXT_KEY = "referenceData";

    public static ReferenceData of(List<Place> places, List<Agency> agencies, List<Service> services,
                                   List<Theme> themes, List<Measure> measures,
                                   Map<Basis, ? extends Collection<FinancialYear>> yearsByBasis) {
        Map<String, List<Place>> children = places.stream()
                .filter(p -> p.parentCode() != null)
                .collect(Collectors.groupingBy(Place::parentCode, LinkedHashMap::new, Collectors.toList()));
        return new ReferenceData(byCode(places, Place::code), byCode(agencies, Agency::code),
                byCode(services, Service::code), byCode(themes, Theme::code), byCode(measures, Measure::code),
                yearsByBasis(yearsByBasis), children, Map.of(), Map.of());
    }

    /** The same snapshot with the named comparator groups loaded as data. */
    public ReferenceData withComparatorGroups(List<ComparatorGroup> groups) {
        return new ReferenceData(places, agencies, services, themes, measures, yearsByBasis, childrenByParent,
                byCode(groups, ComparatorGroup::code), regionOf);
    }

    /** The same snapshot with the region each place lies in (place code to region code), as loaded. */
    public ReferenceData withRegions(Map<String, String> regions) {
        return new ReferenceData(places, agencies, services, themes, measures, yearsByBasis, childrenByParent,
                comparatorGroups, Map.copyOf(regions));
    }

    /**
     * A comparator group by code: a named one loaded as data, or {@code tier:<kind>}, every English place of that
     * kind ({@code tier:metropolitan-district}: the 36 metropolitan districts).
     */
    public Optional<ComparatorGroup> comparatorGroup(String code) {
        if (code != null && code.startsWith(ComparatorGroup.TIER_PREFIX)) {
            String kind = code.substring(ComparatorGroup.TIER_PREFIX.length());
            List<String> members = places.values().stream()
                    .filter(p -> p.kind().equals(kind) && p.code().startsWith("E"))
                    .map(Place::code).sorted().toList();
            return members.isEmpty() ? Optional.empty()
                    : Optional.of(new ComparatorGroup(code, "English authorities of the tier " + kind, members));
        }
        if (code != null && code.startsWith(ComparatorGroup.REGION_PREFIX)) {
            String region = code.substring(ComparatorGroup.REGION_PREFIX.length());
            List<String> members = regionOf.entrySet().stream().filter(e -> e.getValue().equals(region))
                    .map(Map.Entry::getKey).sorted().toList();
            return members.isEmpty() ? Optional.empty() : Optional.of(new ComparatorGroup(code,
                    place(region).map(Place::name).orElse(region) + " (region)", members));
        }
        return Optional.ofNullable(comparatorGroups.get(code));
    }

    /**
     * Every group a place can be compared within: the named groups, then one per tier of English authority, then one
     * per English region with places.
     */
    public List<ComparatorGroup> allComparatorGroups() {
        List<ComparatorGroup> all = new ArrayList<>(comparatorGroups.values().stream()
                .sorted(Comparator.comparing(ComparatorGroup::code)).toList());
        places.values().stream().filter(p -> p.code().startsWith("E") && p.parentCode() != null)
                .map(Place::kind).distinct().sorted()
                .forEach(kind -> comparatorGroup(ComparatorGroup.TIER_PREFIX + kind).ifPresent(all::add));
        regionOf.values().stream().distinct().sorted()
                .forEach(region -> comparatorGroup(ComparatorGroup.REGION_PREFIX + region).ifPresent(all::add));
        return all;
    }

    public static ReferenceData empty() {
        return of(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    private static Map<Basis, SortedSet<FinancialYear>> yearsByBasis(
            Map<Basis, ? extends Collection<FinancialYear>> years) {
        Map<Basis, SortedSet<FinancialYear>> byBasis = new EnumMap<>(Basis.class);
        for (Basis basis : Basis.values()) {
            Collection<FinancialYear> ofBasis = years.get(basis);
            byBasis.put(basis, Collections.unmodifiableSortedSet(
                    ofBasis == null ? new TreeSet<>() : new TreeSet<>(ofBasis)));
        }
        return Collections.unmodifiableMap(byBasis);
    }

    /** The financial years with spend of any basis. */
    public SortedSet<FinancialYear> spendYears() {
        SortedSet<FinancialYear> all = new TreeSet<>();
        yearsByBasis.values().forEach(all::addAll);
        return all;
    }

    /** The financial years with spend of one basis: the outturn years, or the budget years. */
    public SortedSet<FinancialYear> spendYears(Basis basis) {
        return yearsByBasis.getOrDefault(basis, Collections.emptySortedSet());
    }

    /** The detailed lines of a service group, by form line. */
    public List<Service> detailsOf(String groupCode) {
        return services.values().stream().filter(s -> groupCode.equals(s.parentCode()))
                .sorted(Comparator.comparing(Service::formLine, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static <T> Map<String, T> byCode(List<T> values, Function<T, String> code) {
        var map = new LinkedHashMap<String, T>();
        values.forEach(v -> map.put(code.apply(v), v));
        return Map.copyOf(map);
    }

    public Optional<Place> place(String code) {
        return Optional.ofNullable(places.get(code));
    }

    public List<Place> children(String code) {
        return childrenByParent.getOrDefault(code, List.of());
    }

    /**
     * The places a place is compared with: its parent's children (a borough's fellow boroughs), itself included; just
     * itself when it has no parent.
     */
    public List<Place> peersOf(String code) {
        Place place = places.get(code);
        return place == null ? List.of() : place.parentCode() == null ? List.of(place) : children(place.parentCode());
    }

    /** The place and everything below it, parents before children. */
    public List<Place> placeAndDescendants(Place root) {
        List<Place> result = new ArrayList<>();
        List<Place> frontier = List.of(root);
        while (!frontier.isEmpty()) {
            result.addAll(frontier);
            frontier = frontier.stream().flatMap(p -> children(p.code()).stream()).toList();
        }
        return result;
    }

    /** A theme by code, including the explicit "unclassified" theme. */
    public Optional<Theme> theme(String code) {
        if (Theme.UNCLASSIFIED.code().equals(code)) {
            return Optional.of(Theme.UNCLASSIFIED);
        }
        return Optional.ofNullable(themes.get(code));
    }

    /** The agency whose own return this is (not one reported on a single service line of it), if registered. */
    public Optional<Agency> agencyReportedBy(String authorityCode) {
        return agencies.values().stream()
                .filter(a -> authorityCode.equals(a.reportedBy()) && a.reportedService() == null)
                .findFirst();
    }

    /**
     * The agency a revenue outturn return reports on one service line of its own (GMCA's fire line is GMFRS's), if
     * one is registered; otherwise the line is the return's own agency's, {@link #agencyReportedBy(String)}.
     */
    public Optional<Agency> agencyReportingService(String authorityCode, String serviceCode) {
        return agencies.values().stream()
                .filter(a -> authorityCode.equals(a.reportedBy()) && serviceCode.equals(a.reportedService()))
                .findFirst();
    }
}
