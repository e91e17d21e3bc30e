package org.wholeplace.place;

import static org.jooq.impl.DSL.arrayAgg;
import static org.wholeplace.db.generated.Tables.AGENCY;
import static org.wholeplace.db.generated.Tables.COMPARATOR_GROUP;
import static org.wholeplace.db.generated.Tables.COMPARATOR_MEMBER;
import static org.wholeplace.db.generated.Tables.MEASURE;
import static org.wholeplace.db.generated.Tables.PLACE;
import static org.wholeplace.db.generated.Tables.PLACE_POPULATION;
import static org.wholeplace.db.generated.Tables.PLACE_REGION;
import static org.wholeplace.db.generated.Tables.SERVICE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;
import static org.wholeplace.db.generated.Tables.THEME;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import org.wholeplace.period.FinancialYear;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reference tables, read over R2DBC. */
@Repository
public class ReferenceDataRepository {

    private final DSLContext dsl;

    public ReferenceDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Mono<ReferenceData> loadAll() {
        return Mono.zip(allPlaces(), allAgencies(), allServices(), allThemes(), allMeasures(), yearsWithSpend(),
                        comparatorGroups(), regions())
                .map(t -> ReferenceData.of(t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5(), t.getT6())
                        .withComparatorGroups(t.getT7()).withRegions(t.getT8()));
    }

    /** The region of each place a publisher has placed in one. */
    Mono<Map<String, String>> regions() {
        return Flux.from(dsl.select(PLACE_REGION.PLACE_CODE, PLACE_REGION.REGION_CODE).from(PLACE_REGION))
                .collectMap(r -> r.get(PLACE_REGION.PLACE_CODE), r -> r.get(PLACE_REGION.REGION_CODE));
    }

    /** The named comparator groups and their members, in the order loaded. */
    Mono<List<ComparatorGroup>> comparatorGroups() {
        Field<String[]> members = arrayAgg(COMPARATOR_MEMBER.PLACE_CODE).orderBy(COMPARATOR_MEMBER.PLACE_CODE);
        return Flux.from(dsl.select(COMPARATOR_GROUP.CODE, COMPARATOR_GROUP.NAME, members)
                        .from(COMPARATOR_GROUP)
                        .join(COMPARATOR_MEMBER).on(COMPARATOR_MEMBER.GROUP_CODE.eq(COMPARATOR_GROUP.CODE))
                        .groupBy(COMPARATOR_GROUP.CODE, COMPARATOR_GROUP.NAME)
                        .orderBy(COMPARATOR_GROUP.CODE))
                .map(r -> new ComparatorGroup(r.get(COMPARATOR_GROUP.CODE), r.get(COMPARATOR_GROUP.NAME),
                        List.of(r.get(members))))
                .collectList();
    }

    Mono<List<Place>> allPlaces() {
        return Flux.from(dsl.selectFrom(PLACE).orderBy(PLACE.CODE))
                .map(r -> new Place(r.getCode(), r.getName(), r.getKind(), r.getAuthorityClass(), r.getParentCode()))
                .collectList();
    }

    Mono<List<Agency>> allAgencies() {
        return Flux.from(dsl.selectFrom(AGENCY).orderBy(AGENCY.NAME))
                .map(r -> new Agency(r.getCode(), r.getName(), r.getKind(), r.getLevel(), r.getAreaCode(),
                        r.getReportedBy(), r.getReportedService()))
                .collectList();
    }

    Mono<List<Service>> allServices() {
        return Flux.from(dsl.selectFrom(SERVICE).orderBy(SERVICE.IS_TOTAL, SERVICE.NAME))
                .map(r -> new Service(r.getCode(), r.getName(), r.getRsxGroup(), r.getIsTotal(),
                        r.getParentCode(), r.getFormLine()))
                .collectList();
    }

    Mono<List<Theme>> allThemes() {
        return Flux.from(dsl.selectFrom(THEME).orderBy(THEME.NAME))
                .map(r -> new Theme(r.getCode(), r.getName(), r.getDescription()))
                .collectList();
    }

    Mono<List<Measure>> allMeasures() {
        return Flux.from(dsl.selectFrom(MEASURE).orderBy(MEASURE.CODE))
                .map(r -> new Measure(r.getCode(), r.getName(), r.getRsxSuffix()))
                .collectList();
    }

    Mono<Map<Basis, List<FinancialYear>>> yearsWithSpend() {
        return Flux.from(dsl.selectDistinct(SPEND_LINE.BASIS, SPEND_LINE.FINANCIAL_YEAR).from(SPEND_LINE))
                .collect(Collectors.groupingBy(r -> Basis.ofCode(r.get(SPEND_LINE.BASIS)),
                        Collectors.mapping(r -> new FinancialYear(r.get(SPEND_LINE.FINANCIAL_YEAR)),
                                Collectors.toList())));
    }

    /** Population estimates of the given places, own or summed from their children, oldest first. */
    public Flux<PopulationEstimate> populationOf(Collection<String> placeCodes) {
        return Flux.from(dsl.selectFrom(PLACE_POPULATION)
                        .where(PLACE_POPULATION.PLACE_CODE.in(placeCodes))
                        .orderBy(PLACE_POPULATION.PLACE_CODE, PLACE_POPULATION.MID_YEAR))
                .map(r -> new PopulationEstimate(r.getPlaceCode(), r.getMidYear(), r.getPopulation(), r.getDerived()));
    }
}
