package org.wholeplace.place;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.graphql.InvalidInputException;
import reactor.core.publisher.Mono;

/** Places, themes, agencies, services, measures and years: reference data, served from the in-memory snapshot. */
@Controller
public class PlaceController {

    private final ReferenceDataCache reference;
    private final ReferenceDataRepository repository;

    public PlaceController(ReferenceDataCache reference, ReferenceDataRepository repository) {
        this.reference = reference;
        this.repository = repository;
    }

    @QueryMapping
    public List<Place> places(@Argument String kind, @Argument String within) {
        ReferenceData data = reference.get();
        List<Place> candidates = within == null
                ? data.places().values().stream().sorted(Comparator.comparing(Place::code)).toList()
                : data.placeAndDescendants(data.place(within).orElseThrow(
                        () -> new InvalidInputException("Unknown place code '" + within + "' in within")));
        return candidates.stream().filter(p -> kind == null || kind.equals(p.kind())).toList();
    }

    @QueryMapping
    public Place place(@Argument String code) {
        return reference.get().place(code).orElse(null);
    }

    @QueryMapping
    public List<Theme> themes() {
        return reference.get().themes().values().stream().sorted(Comparator.comparing(Theme::name)).toList();
    }

    @QueryMapping
    public List<Agency> agencies(@Argument String kind) {
        return reference.get().agencies().values().stream()
                .filter(a -> kind == null || kind.equals(a.kind()))
                .sorted(Comparator.comparing(Agency::name))
                .toList();
    }

    @QueryMapping
    public List<Service> services() {
        return reference.get().services().values().stream()
                .sorted(Comparator.comparing(Service::total).thenComparing(Service::name))
                .toList();
    }

    @QueryMapping
    public List<Measure> measures() {
        return reference.get().measures().values().stream().sorted(Comparator.comparing(Measure::code)).toList();
    }

    @QueryMapping
    public List<FinancialYear> financialYears() {
        return List.copyOf(reference.get().spendYears());
    }

    @SchemaMapping
    public Place parent(Place place) {
        return place.parentCode() == null ? null : reference.get().place(place.parentCode()).orElse(null);
    }

    @SchemaMapping
    public List<Place> children(Place place) {
        return reference.get().children(place.code());
    }

    /** One query for the population of every place in the response, not one per place. */
    @BatchMapping
    public Mono<Map<Place, List<PopulationEstimate>>> population(List<Place> places) {
        Map<String, Place> byCode = places.stream().collect(Collectors.toMap(Place::code, p -> p, (a, b) -> a));
        return repository.populationOf(byCode.keySet())
                .collectMultimap(e -> byCode.get(e.placeCode()))
                .map(found -> places.stream().distinct().collect(Collectors.toMap(p -> p,
                        p -> List.copyOf(found.getOrDefault(p, List.of())))));
    }

    @SchemaMapping
    public Place area(Agency agency) {
        return reference.get().place(agency.areaCode()).orElse(null);
    }
}
