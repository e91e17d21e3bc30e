package org.wholeplace.place;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.period.FinancialYear;
import reactor.core.publisher.Mono;

/** Places, themes, agencies, services, measures and years: reference data, served from the in-memory snapshot. */
@Controller
public class PlaceController {

    private final ReferenceDataRepository repository;

    public PlaceController(ReferenceDataRepository repository) {
        this.repository = repository;
    }

    @QueryMapping
    public List<Place> places(@Argument String kind, @Argument String within,
                              @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        PlacesRequest request = PlacesRequest.of(kind, within, data);
        List<Place> candidates = request.within() == null
                ? data.places().values().stream().sorted(Comparator.comparing(Place::code)).toList()
                : data.placeAndDescendants(request.within());
        return candidates.stream().filter(request::includes).toList();
    }

    @QueryMapping
    public Place place(@Argument String code, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return data.place(code).orElse(null);
    }

    @QueryMapping
    public List<Theme> themes(@ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return data.themes().values().stream().sorted(Comparator.comparing(Theme::name)).toList();
    }

    @QueryMapping
    public List<Agency> agencies(@Argument String kind, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return data.agencies().values().stream()
                .filter(a -> kind == null || kind.equals(a.kind()))
                .sorted(Comparator.comparing(Agency::name))
                .toList();
    }

    @QueryMapping
    public List<Service> services(@Argument Boolean detailed,
                                  @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return data.services().values().stream()
                .filter(s -> Boolean.TRUE.equals(detailed) || !s.detailed())
                .sorted(Comparator.comparing(Service::detailed).thenComparing(Service::total)
                        .thenComparing(Service::name))
                .toList();
    }

    @SchemaMapping
    public Service group(Service service, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return service.parentCode() == null ? null : data.services().get(service.parentCode());
    }

    @SchemaMapping
    public List<Service> lines(Service service, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return data.detailsOf(service.code());
    }

    @QueryMapping
    public List<Measure> measures(@ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return data.measures().values().stream().sorted(Comparator.comparing(Measure::code)).toList();
    }

    @QueryMapping
    public List<FinancialYear> financialYears(@ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return List.copyOf(data.spendYears());
    }

    @QueryMapping
    public List<ComparatorGroup> comparatorGroups(@ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return data.allComparatorGroups();
    }

    @SchemaMapping(typeName = "ComparatorGroup")
    public List<Place> members(ComparatorGroup group, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return group.members().stream().map(code -> data.place(code).orElseThrow()).toList();
    }

    @SchemaMapping
    public Place parent(Place place, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return place.parentCode() == null ? null : data.place(place.parentCode()).orElse(null);
    }

    @SchemaMapping
    public List<Place> children(Place place, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return data.children(place.code());
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
    public Place area(Agency agency, @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return data.place(agency.areaCode()).orElse(null);
    }
}
