package org.wholeplace.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.provenance.ImportBatch;
import reactor.core.publisher.Mono;

/** A programme's {@code CostBenefit}, and the {@code appraisalParameters} every appraisal uses. */
@Controller
public class CostBenefitController {

    private final ProgrammeRepository repository;

    public CostBenefitController(ProgrammeRepository repository) {
        this.repository = repository;
    }

    @QueryMapping
    public Mono<AppraisalParameters> appraisalParameters() {
        return repository.currentAppraisalParameters();
    }

    @SchemaMapping(typeName = "AppraisalParameters")
    public List<DiscountSchedule.Band> discountRates(AppraisalParameters parameters) {
        return parameters.discounting().bands();
    }

    @SchemaMapping(typeName = "AppraisalParameters")
    public CompletableFuture<ImportBatch> batch(AppraisalParameters parameters, DataLoader<Long, ImportBatch> batches) {
        return batches.load(parameters.batchId());
    }

    @SchemaMapping(typeName = "CostBenefit")
    public CompletableFuture<Boolean> synthetic(ProgrammeAppraisal appraisal, DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(appraisal.batchIds()).thenApply(ImportBatch::anySynthetic);
    }

    @SchemaMapping(typeName = "CostBenefit")
    public CompletableFuture<List<ImportBatch>> batches(ProgrammeAppraisal appraisal,
                                                        DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(appraisal.batchIds());
    }

    /** The ratios are exact decimals here; GraphQL's Float serves them as doubles. */
    @SchemaMapping(typeName = "CostBenefit")
    public BigDecimal npv(ProgrammeAppraisal a) {
        return a.appraisal().npv();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public BigDecimal fiscalRoi(ProgrammeAppraisal a) {
        return a.appraisal().fiscalRoi();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public BigDecimal fiscalBcr(ProgrammeAppraisal a) {
        return a.appraisal().fiscalBcr();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public BigDecimal publicValueBcr(ProgrammeAppraisal a) {
        return a.appraisal().publicValueBcr();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public Integer paybackYears(ProgrammeAppraisal a) {
        return a.appraisal().paybackYears();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public List<CostBenefit.AgencyNet> byAgency(ProgrammeAppraisal a) {
        return a.appraisal().byAgency();
    }

    @SchemaMapping(typeName = "CostBenefit")
    public BigDecimal excludedTransfers(ProgrammeAppraisal a) {
        return a.appraisal().presentTransfers();
    }
}
