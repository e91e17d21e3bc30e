package org.wholeplace.prices;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.provenance.ImportBatch;

/** The fields of a response's {@code prices} that are not its records' own: the deflator's batch, exact indices. */
@Controller
public class PricesController {

    /** Through the shared loader of batches by id, as every other batch of a response. */
    @SchemaMapping(typeName = "OnsGdpDeflator")
    public CompletableFuture<ImportBatch> batch(OnsGdpDeflator deflator, DataLoader<Long, ImportBatch> batches) {
        return batches.load(deflator.batchId());
    }

    @SchemaMapping(typeName = "OnsGdpDeflator")
    public String releaseDate(OnsGdpDeflator deflator) {
        return deflator.releaseDate() == null ? null : deflator.releaseDate().toString();
    }

    /** As a plain decimal string: exact, where a Float would not be. */
    @SchemaMapping(typeName = "FinancialYearIndex")
    public String index(Prices.FinancialYearIndex index) {
        return index.index().toPlainString();
    }
}
