package org.wholeplace.spend.ingest;

import static org.wholeplace.db.generated.Tables.DRIVER_VALUE;
import static org.wholeplace.db.generated.Tables.PLACE_POPULATION;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The values spend can be apportioned by, per driver, place and mid-year: {@code population} (the estimates, own or
 * summed from children) and every driver loaded as data (a caseload). Small: read whole for one import.
 */
record Drivers(Map<String, Map<String, Map<Integer, BigDecimal>>> values) {

    static final String POPULATION = "population";

    static Mono<Drivers> load(DSLContext dsl) {
        Map<String, Map<String, Map<Integer, BigDecimal>>> values = new HashMap<>();
        Flux<Void> population = Flux.from(dsl.selectFrom(PLACE_POPULATION))
                .doOnNext(r -> put(values, POPULATION, r.getPlaceCode(), r.getMidYear(),
                        BigDecimal.valueOf(r.getPopulation())))
                .thenMany(Flux.empty());
        Flux<Void> others = Flux.from(dsl.selectFrom(DRIVER_VALUE))
                .doOnNext(r -> put(values, r.getDriverCode(), r.getPlaceCode(), r.getMidYear(), r.getValue()))
                .thenMany(Flux.empty());
        return population.thenMany(others).then(Mono.fromSupplier(() -> new Drivers(values)));
    }

    private static void put(Map<String, Map<String, Map<Integer, BigDecimal>>> values, String driver, String place,
                            int midYear, BigDecimal value) {
        values.computeIfAbsent(driver, d -> new HashMap<>()).computeIfAbsent(place, p -> new HashMap<>())
                .put(midYear, value);
    }

    boolean knows(String driver) {
        return values.containsKey(driver);
    }

    Optional<BigDecimal> value(String driver, String place, int midYear) {
        return Optional.ofNullable(values.getOrDefault(driver, Map.of()).getOrDefault(place, Map.of()).get(midYear));
    }
}
