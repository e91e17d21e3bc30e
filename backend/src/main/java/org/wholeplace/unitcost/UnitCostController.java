package org.wholeplace.unitcost;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.db.generated.tables.records.UnitCostRecord;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.provenance.ImportBatch;
import reactor.core.publisher.Mono;

/**
 * {@code unitCosts(search, sheet, agency, priceYear)} and {@code gdpDeflator}: the Unit Cost Database, with every
 * value uprated to the price year asked for. Two statements a request: the costs, and the deflator.
 */
@Controller
public class UnitCostController {

    static final int MAX_LIMIT = 1000;

    private final UnitCostRepository repository;

    public UnitCostController(UnitCostRepository repository) {
        this.repository = repository;
    }

    @QueryMapping
    public Mono<List<UnitCost>> unitCosts(@Argument String search, @Argument String sheet, @Argument String agency,
                                          @Argument String priceYear, @Argument Integer limit) {
        int rows = limit == null ? 100 : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw new InvalidInputException("limit must be between 1 and " + MAX_LIMIT + ", not " + rows);
        }
        return repository.currentGdpDeflator().flatMap(deflator -> {
            String year = priceYear == null ? null : deflator.priceYear(priceYear, "priceYear");
            return repository.currentUnitCostsMatching(search, sheet, agency, rows)
                    .map(r -> toUnitCost(r, deflator, year))
                    .collectList();
        });
    }

    @QueryMapping
    public Mono<List<PriceIndexYear>> gdpDeflator() {
        return repository.currentGdpDeflator().map(d -> d.indexByYear().entrySet().stream()
                .map(e -> new PriceIndexYear(e.getKey(), e.getValue())).toList());
    }

    /** A financial year of the deflator series. */
    public record PriceIndexYear(String financialYear, BigDecimal index) {
    }

    @SchemaMapping(typeName = "UnitCost")
    public CompletableFuture<ImportBatch> batch(UnitCost cost, DataLoader<Long, ImportBatch> batches) {
        return batches.load(cost.batchId());
    }

    /** @param priceYear the year to uprate to; null for the workbook's own */
    private static UnitCost toUnitCost(UnitCostRecord r, GdpDeflator deflator, String priceYear) {
        String to = priceYear == null ? r.getUpratedTo() : priceYear;
        return new UnitCost(r.getCode(), r.getSheet(), r.getOutcomeCategory(), r.getOutcomeDetail(),
                r.getDescription(), r.getUnit(), r.getAgency(), r.getAgencyDetail(),
                value(r.getFiscalValue(), r.getFiscalPriceYear(), r.getFiscalValueUprated(), r.getUpratedTo(), to,
                        deflator),
                value(r.getEconomicValue(), r.getEconomicPriceYear(), r.getEconomicValueUprated(), r.getUpratedTo(),
                        to, deflator),
                value(r.getSocialValue(), r.getSocialPriceYear(), r.getSocialValueUprated(), r.getUpratedTo(), to,
                        deflator),
                r.getOriginalSource(), r.getConfidence(), r.getComment(), r.getBatchId());
    }

    private static UnitValue value(BigDecimal value, String priceYear, BigDecimal upratedInWorkbook,
                                   String workbookYear, String to, GdpDeflator deflator) {
        if (value == null && upratedInWorkbook == null) {
            return null;
        }
        return new UnitValue(value, priceYear, upratedInWorkbook, workbookYear,
                deflator.uprate(value, priceYear, to).orElse(null));
    }
}
