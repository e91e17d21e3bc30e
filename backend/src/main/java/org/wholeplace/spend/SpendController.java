package org.wholeplace.spend;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.prices.OnsGdpDeflatorCache;
import org.wholeplace.prices.PricesInput;
import org.wholeplace.provenance.ImportBatch;
import reactor.core.publisher.Mono;

/** {@code spend(filter, groupBy, orderBy, limit, prices)}: checks the request, runs one query, resolves codes to records. */
@Controller
public class SpendController {

    private final SpendQuery query;
    private final OnsGdpDeflatorCache deflator;

    public SpendController(SpendQuery query, OnsGdpDeflatorCache deflator) {
        this.query = query;
        this.deflator = deflator;
    }

    @QueryMapping
    public Mono<SpendResult> spend(@Argument SpendFilter filter, @Argument List<SpendDimension> groupBy,
                                   @Argument List<SpendOrder> orderBy, @Argument Integer limit,
                                   @Argument PricesInput prices, DataFetchingFieldSelectionSet selection,
                                   @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        SpendRequest request = SpendRequest.of(filter, groupBy, orderBy, limit, prices, deflator.get(), data,
                wanted(selection));
        return query.spendGroupedBy(request)
                .collectList()
                .map(rows -> new SpendResult(
                        rows.stream().map(row -> SpendRow.of(row, data)).toList(),
                        rows.isEmpty() ? 0 : rows.getFirst().rowCount(),
                        rows.isEmpty() ? BigDecimal.ZERO : rows.getFirst().grandTotal(),
                        data.measures().get(request.measure()),
                        List.copyOf(request.years()), request.prices()));
    }

    /** The import batches behind a row, through the shared loader: one query for every row of the response. */
    @SchemaMapping(typeName = "SpendRow")
    public CompletableFuture<List<ImportBatch>> batches(SpendRow row, DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(row.batchIds());
    }

    /** Whether any line behind a row was generated rather than published. */
    @SchemaMapping(typeName = "SpendRow")
    public CompletableFuture<Boolean> synthetic(SpendRow row, DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(row.batchIds())
                .thenApply(ImportBatch::anySynthetic);
    }

    /** The optional figures the query selects; the others are not computed. */
    private static Set<SpendRequest.Extra> wanted(DataFetchingFieldSelectionSet selection) {
        Set<SpendRequest.Extra> wanted = EnumSet.noneOf(SpendRequest.Extra.class);
        if (selection.contains("rows/perHead")) {
            wanted.add(SpendRequest.Extra.PER_HEAD);
        }
        if (selection.contains("rows/changeFromPreviousYear") || selection.contains("rows/percentChangeFromPreviousYear")) {
            wanted.add(SpendRequest.Extra.CHANGE);
        }
        if (selection.contains("rows/batches") || selection.contains("rows/synthetic")) {
            wanted.add(SpendRequest.Extra.BATCHES);
        }
        if (selection.contains("rows/budget") || selection.contains("rows/outturn")
                || selection.contains("rows/variance") || selection.contains("rows/variancePercent")) {
            wanted.add(SpendRequest.Extra.VARIANCE);
        }
        return wanted;
    }
}
