package org.wholeplace.unitcost;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.provenance.ImportBatch;
import reactor.core.publisher.Mono;

/**
 * {@code unitCosts(search, sheet, agency, priceYear)} and {@code gdpDeflator}: the Unit Cost Database, with every
 * value uprated to the price year asked for. Two statements a request: the costs, and the deflator; a third for the
 * agencies sharing the fiscal savings of all of them, when asked.
 */
@Controller
public class UnitCostController {

    private final UnitCostRepository repository;

    public UnitCostController(UnitCostRepository repository) {
        this.repository = repository;
    }

    @QueryMapping
    public Mono<List<UnitCost>> unitCosts(@Argument String search, @Argument String sheet, @Argument String agency,
                                          @Argument String priceYear, @Argument Integer limit) {
        UnitCostRequest request = UnitCostRequest.of(search, sheet, agency, priceYear, limit);
        return repository.currentGdpDeflator().flatMap(deflator -> {
            String year = request.priceYear() == null ? null : deflator.priceYear(request.priceYear(), "priceYear");
            return repository.currentUnitCostsMatching(request)
                    .map(cost -> cost.upratedTo(year, deflator))
                    .collectList();
        });
    }

    @QueryMapping
    public Mono<List<PriceIndexYear>> gdpDeflator() {
        return repository.currentGdpDeflator().map(d -> d.indexByYear().entrySet().stream()
                .map(e -> new PriceIndexYear(e.getKey(), e.getValue(), d.isForecast(e.getKey()))).toList());
    }

    @BatchMapping(typeName = "UnitCost")
    public Mono<Map<UnitCost, List<FiscalSaving>>> savings(List<UnitCost> costs) {
        return repository.currentSavingsOf(costs.stream().map(UnitCost::code).filter(Objects::nonNull).toList())
                .map(stored -> costs.stream().distinct().collect(Collectors.toMap(Function.identity(),
                        cost -> FiscalSaving.ofCost(cost, cost.code() == null ? List.of()
                                : stored.getOrDefault(cost.code(), List.of())))));
    }

    @BatchMapping(typeName = "UnitCost")
    public Mono<Map<UnitCost, TransferPayment>> transfer(List<UnitCost> costs) {
        return repository.currentTransfersOf(codesOf(costs)).map(stored -> byCost(costs, stored));
    }

    @BatchMapping(typeName = "UnitCost")
    public Mono<Map<UnitCost, DoubleCountingNote>> doubleCounting(List<UnitCost> costs) {
        return repository.currentDoubleCountingOf(codesOf(costs)).map(stored -> byCost(costs, stored));
    }

    private static List<String> codesOf(List<UnitCost> costs) {
        return costs.stream().map(UnitCost::code).filter(Objects::nonNull).toList();
    }

    /** Each cost with what is stored for its code; a cost with nothing stored is left out, and so answers null. */
    private static <T> Map<UnitCost, T> byCost(List<UnitCost> costs, Map<String, T> byCode) {
        return costs.stream().distinct().filter(c -> c.code() != null && byCode.containsKey(c.code()))
                .collect(Collectors.toMap(Function.identity(), c -> byCode.get(c.code())));
    }

    @SchemaMapping(typeName = "UnitCost")
    public CompletableFuture<ImportBatch> batch(UnitCost cost, DataLoader<Long, ImportBatch> batches) {
        return batches.load(cost.batchId());
    }
}
