package org.wholeplace.programme;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.provenance.ImportBatch;
import reactor.core.publisher.Mono;

/** {@code whoPaysWhoBenefits} and {@code investmentFlows}: programmes summed for a place and theme. */
@Controller
public class PartnershipController {

    private static final ProgrammeFilter.Fields ARGUMENTS = new ProgrammeFilter.Fields("theme", "place", "years");

    private final Partnerships partnerships;

    public PartnershipController(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @QueryMapping
    public Mono<PartnershipAppraisal> whoPaysWhoBenefits(@Argument String theme, @Argument String place,
                                                         @Argument List<String> years, @Argument String priceYear,
                                                         @ContextValue(ReferenceData.CONTEXT_KEY)
                                                         ReferenceData reference) {
        return appraisal(theme, place, years, priceYear, reference);
    }

    @QueryMapping
    public Mono<PartnershipAppraisal> investmentFlows(@Argument String theme, @Argument String place,
                                                      @Argument List<String> years, @Argument String priceYear,
                                                      @ContextValue(ReferenceData.CONTEXT_KEY)
                                                      ReferenceData reference) {
        return appraisal(theme, place, years, priceYear, reference);
    }

    private Mono<PartnershipAppraisal> appraisal(String theme, String place, List<String> years, String priceYear,
                                                 ReferenceData reference) {
        return partnerships.appraisalOf(ProgrammeFilter.checked(theme == null ? null : List.of(theme),
                        place == null ? null : List.of(place), years, reference, ARGUMENTS),
                ProgrammeAppraisal.Options.inPriceYear(priceYear));
    }

    @SchemaMapping(typeName = "Partnership")
    public CompletableFuture<List<ImportBatch>> batches(PartnershipAppraisal sums,
                                                        DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(sums.batchIds());
    }

    @SchemaMapping(typeName = "Partnership")
    public CompletableFuture<Boolean> synthetic(PartnershipAppraisal sums, DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(sums.batchIds()).thenApply(ImportBatch::anySynthetic);
    }
}
