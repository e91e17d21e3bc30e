package org.wholeplace.programme.ingest;

import static org.wholeplace.db.generated.Tables.PROGRAMME;
import static org.wholeplace.db.generated.Tables.PROGRAMME_COHORT;
import static org.wholeplace.db.generated.Tables.PROGRAMME_COST;
import static org.wholeplace.db.generated.Tables.PROGRAMME_OUTCOME;
import static org.wholeplace.db.generated.Tables.PROGRAMME_PLACE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.programme.ingest.ProgrammeFileParser.ProgrammeFile;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import org.wholeplace.unitcost.UnitCostRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads a programme file: each programme with its places, costs, cohorts and expected outcomes. A programme loaded
 * before under the same id is replaced (its earlier batch stays in the history of imports).
 */
@Component
public class ProgrammeImporter implements FileImporter<ProgrammeFile> {

    private final ReferenceDataCache reference;
    private final UnitCostRepository unitCosts;

    public ProgrammeImporter(ReferenceDataCache reference, UnitCostRepository unitCosts) {
        this.reference = reference;
        this.unitCosts = unitCosts;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PROGRAMME;
    }

    @Override
    public Mono<ProgrammeFile> parse(ImportSource source) {
        return unitCosts.currentUnitCostCodes()
                .publishOn(Schedulers.boundedElastic())
                .map(codes -> ProgrammeFileParser.parse(source.read(), reference.get(), codes));
    }

    /** As stated by the administrator, or as the file states it. */
    @Override
    public Provenance provenance(ImportSource source, ProgrammeFile file) {
        return source.statedOr(file.provenance());
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, ProgrammeFile file, ImportSource source) {
        List<ProgrammeDefinition> programmes = file.programmes();
        List<String> ids = programmes.stream().map(ProgrammeDefinition::id).toList();
        List<Object[]> places = new ArrayList<>();
        List<Object[]> costs = new ArrayList<>();
        List<Object[]> cohorts = new ArrayList<>();
        List<Object[]> outcomes = new ArrayList<>();
        for (ProgrammeDefinition p : programmes) {
            p.places().forEach(place -> places.add(new Object[] {p.id(), place}));
            p.costs().forEach(c -> costs.add(new Object[] {p.id(), c.agency(), c.year(), c.capital(), c.revenue(),
                    c.inKind()}));
            p.cohorts().forEach(c -> cohorts.add(new Object[] {p.id(), c.year(), c.people()}));
            for (int i = 0; i < p.outcomes().size(); i++) {
                var o = p.outcomes().get(i);
                outcomes.add(new Object[] {p.id(), i, o.unitCost(), o.engagement(), o.success(), o.deadweight(),
                        o.lagYears(), o.durationYears(), o.dropOff(), o.confidenceGrade(), o.optimismBias(),
                        o.cashable()});
            }
        }
        return Mono.from(scope.dsl().deleteFrom(PROGRAMME).where(PROGRAMME.ID.in(ids)))
                .then(BatchInsert.insert(scope.dsl(), PROGRAMME, List.of(PROGRAMME.ID, PROGRAMME.BATCH_ID,
                                PROGRAMME.NAME, PROGRAMME.THEME_CODE, PROGRAMME.START_YEAR, PROGRAMME.END_YEAR,
                                PROGRAMME.DESCRIPTION, PROGRAMME.SOURCE_LINE), programmes,
                        p -> Arrays.asList(p.id(), batchId, p.name(), p.theme(), p.startYear(), p.endYear(),
                                p.description(), (int) p.line())))
                .then(BatchInsert.insert(scope.dsl(), PROGRAMME_PLACE, List.of(PROGRAMME_PLACE.PROGRAMME_ID,
                        PROGRAMME_PLACE.PLACE_CODE), places, Arrays::asList))
                .then(BatchInsert.insert(scope.dsl(), PROGRAMME_COST, List.of(PROGRAMME_COST.PROGRAMME_ID,
                        PROGRAMME_COST.AGENCY, PROGRAMME_COST.FINANCIAL_YEAR, PROGRAMME_COST.CAPITAL,
                        PROGRAMME_COST.REVENUE, PROGRAMME_COST.IN_KIND), costs, Arrays::asList))
                .then(BatchInsert.insert(scope.dsl(), PROGRAMME_COHORT, List.of(PROGRAMME_COHORT.PROGRAMME_ID,
                        PROGRAMME_COHORT.FINANCIAL_YEAR, PROGRAMME_COHORT.PEOPLE), cohorts, Arrays::asList))
                .then(BatchInsert.insert(scope.dsl(), PROGRAMME_OUTCOME, List.of(PROGRAMME_OUTCOME.PROGRAMME_ID,
                        PROGRAMME_OUTCOME.POSITION, PROGRAMME_OUTCOME.UNIT_COST_CODE, PROGRAMME_OUTCOME.ENGAGEMENT,
                        PROGRAMME_OUTCOME.SUCCESS, PROGRAMME_OUTCOME.DEADWEIGHT, PROGRAMME_OUTCOME.LAG_YEARS,
                        PROGRAMME_OUTCOME.DURATION_YEARS, PROGRAMME_OUTCOME.DROP_OFF,
                        PROGRAMME_OUTCOME.CONFIDENCE_GRADE, PROGRAMME_OUTCOME.OPTIMISM_BIAS,
                        PROGRAMME_OUTCOME.CASHABLE), outcomes, Arrays::asList))
                .thenReturn(new BatchContents(null, programmes.size(), programmes.size(),
                        "programmes: " + String.join(", ", ids), "programme:" + String.join(",",
                        ids.stream().sorted().toList())));
    }
}
