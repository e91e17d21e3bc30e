package org.wholeplace.programme.ingest;

import static org.wholeplace.db.generated.Tables.PROGRAMME;
import static org.wholeplace.db.generated.Tables.PROGRAMME_COHORT;
import static org.wholeplace.db.generated.Tables.PROGRAMME_COST;
import static org.wholeplace.db.generated.Tables.PROGRAMME_INDICATOR;
import static org.wholeplace.db.generated.Tables.PROGRAMME_INDICATOR_COMPARATOR;
import static org.wholeplace.db.generated.Tables.PROGRAMME_OUTCOME;
import static org.wholeplace.db.generated.Tables.PROGRAMME_OUTCOME_CASHABLE;
import static org.wholeplace.db.generated.Tables.PROGRAMME_PLACE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.outcome.Indicator;
import org.wholeplace.outcome.IndicatorObservations;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.programme.AppraisalParameters;
import org.wholeplace.programme.ProgrammeRepository;
import org.wholeplace.programme.ingest.ProgrammeFileParser.ProgrammeFile;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import org.wholeplace.unitcost.UnitCostRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads a programme file: each programme with its places, costs, cohorts, expected outcomes and the indicators it is
 * tracked against. A programme loaded before under the same id is replaced (its earlier batch stays in the history of
 * imports). The file is checked against what is loaded: the unit costs and the agencies sharing their savings, the
 * confidence grades of the optimism bias table, the deflator's years and the indicator catalogue.
 */
@Component
public class ProgrammeImporter implements FileImporter<ProgrammeFile> {

    private final ReferenceDataCache reference;
    private final UnitCostRepository unitCosts;
    private final ProgrammeRepository programmes;
    private final IndicatorObservations indicators;

    public ProgrammeImporter(ReferenceDataCache reference, UnitCostRepository unitCosts,
                             ProgrammeRepository programmes, IndicatorObservations indicators) {
        this.reference = reference;
        this.unitCosts = unitCosts;
        this.programmes = programmes;
        this.indicators = indicators;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PROGRAMME;
    }

    @Override
    public Mono<ProgrammeFile> parse(ImportSource source) {
        Mono<Set<Integer>> grades = programmes.currentAppraisalParameters()
                .map(p -> p.optimismBias().stream().map(AppraisalParameters.OptimismBiasGrade::grade)
                        .collect(Collectors.toSet()))
                .defaultIfEmpty(Set.of());
        return Mono.zip(unitCosts.currentSavingAgencies(), grades,
                        unitCosts.currentGdpDeflator().map(d -> d.indexByYear().keySet()),
                        indicators.catalogue().map(all -> all.stream().map(Indicator::id)
                                .collect(Collectors.toSet())))
                .publishOn(Schedulers.boundedElastic())
                .map(known -> ProgrammeFileParser.parse(source.read(), new ProgrammeFileParser.Known(reference.get(),
                        known.getT1(), known.getT2(), Set.copyOf(known.getT3()), known.getT4())));
    }

    /** As stated by the administrator, or as the file states it. */
    @Override
    public Provenance provenance(ImportSource source, ProgrammeFile file) {
        return source.statedOr(file.provenance());
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, ProgrammeFile file, ImportSource source) {
        List<ProgrammeDefinition> all = file.programmes();
        List<String> ids = all.stream().map(ProgrammeDefinition::id).toList();
        List<Object[]> places = new ArrayList<>();
        List<Object[]> costs = new ArrayList<>();
        List<Object[]> cohorts = new ArrayList<>();
        List<Object[]> outcomes = new ArrayList<>();
        List<Object[]> cashable = new ArrayList<>();
        List<Object[]> tracked = new ArrayList<>();
        List<Object[]> comparators = new ArrayList<>();
        for (ProgrammeDefinition p : all) {
            p.places().forEach(place -> places.add(new Object[] {p.id(), place}));
            p.costs().forEach(c -> costs.add(new Object[] {p.id(), c.agency(), c.year(), c.capital(), c.revenue(),
                    c.inKind(), c.confidenceGrade()}));
            p.cohorts().forEach(c -> cohorts.add(new Object[] {p.id(), c.year(), c.people()}));
            for (int i = 0; i < p.outcomes().size(); i++) {
                var o = p.outcomes().get(i);
                outcomes.add(new Object[] {p.id(), i, o.unitCost(), o.engagement(), o.success(), o.deadweight(),
                        o.lagYears(), o.durationYears(), o.dropOff(), o.confidenceGrade(), o.cashable()});
                int position = i;
                o.cashableByAgency().forEach((agency, flag) -> cashable.add(new Object[] {p.id(), position, agency,
                        flag}));
            }
            for (int i = 0; i < p.indicators().size(); i++) {
                var link = p.indicators().get(i);
                tracked.add(new Object[] {p.id(), link.indicatorId(), i, link.comparatorGroup(), link.costShare()});
                link.comparators().forEach(place -> comparators.add(new Object[] {p.id(), link.indicatorId(),
                        place}));
            }
        }
        var dsl = scope.dsl();
        return Mono.from(dsl.deleteFrom(PROGRAMME).where(PROGRAMME.ID.in(ids)))
                .then(BatchInsert.insert(dsl, PROGRAMME, List.of(PROGRAMME.ID, PROGRAMME.BATCH_ID,
                                PROGRAMME.NAME, PROGRAMME.THEME_CODE, PROGRAMME.START_YEAR, PROGRAMME.END_YEAR,
                                PROGRAMME.DESCRIPTION, PROGRAMME.COST_PRICE_YEAR, PROGRAMME.SOURCE_LINE), all,
                        p -> Arrays.asList(p.id(), batchId, p.name(), p.theme(), p.startYear(), p.endYear(),
                                p.description(), p.costPriceYear(), (int) p.line())))
                .then(BatchInsert.insert(dsl, PROGRAMME_PLACE, List.of(PROGRAMME_PLACE.PROGRAMME_ID,
                        PROGRAMME_PLACE.PLACE_CODE), places, Arrays::asList))
                .then(BatchInsert.insert(dsl, PROGRAMME_COST, List.of(PROGRAMME_COST.PROGRAMME_ID,
                        PROGRAMME_COST.AGENCY, PROGRAMME_COST.FINANCIAL_YEAR, PROGRAMME_COST.CAPITAL,
                        PROGRAMME_COST.REVENUE, PROGRAMME_COST.IN_KIND, PROGRAMME_COST.CONFIDENCE_GRADE), costs,
                        Arrays::asList))
                .then(BatchInsert.insert(dsl, PROGRAMME_COHORT, List.of(PROGRAMME_COHORT.PROGRAMME_ID,
                        PROGRAMME_COHORT.FINANCIAL_YEAR, PROGRAMME_COHORT.PEOPLE), cohorts, Arrays::asList))
                .then(BatchInsert.insert(dsl, PROGRAMME_OUTCOME, List.of(PROGRAMME_OUTCOME.PROGRAMME_ID,
                        PROGRAMME_OUTCOME.POSITION, PROGRAMME_OUTCOME.UNIT_COST_CODE, PROGRAMME_OUTCOME.ENGAGEMENT,
                        PROGRAMME_OUTCOME.SUCCESS, PROGRAMME_OUTCOME.DEADWEIGHT, PROGRAMME_OUTCOME.LAG_YEARS,
                        PROGRAMME_OUTCOME.DURATION_YEARS, PROGRAMME_OUTCOME.DROP_OFF,
                        PROGRAMME_OUTCOME.CONFIDENCE_GRADE, PROGRAMME_OUTCOME.CASHABLE), outcomes, Arrays::asList))
                .then(BatchInsert.insert(dsl, PROGRAMME_OUTCOME_CASHABLE, List.of(
                        PROGRAMME_OUTCOME_CASHABLE.PROGRAMME_ID, PROGRAMME_OUTCOME_CASHABLE.POSITION,
                        PROGRAMME_OUTCOME_CASHABLE.AGENCY, PROGRAMME_OUTCOME_CASHABLE.CASHABLE), cashable,
                        Arrays::asList))
                .then(BatchInsert.insert(dsl, PROGRAMME_INDICATOR, List.of(PROGRAMME_INDICATOR.PROGRAMME_ID,
                        PROGRAMME_INDICATOR.INDICATOR_ID, PROGRAMME_INDICATOR.POSITION,
                        PROGRAMME_INDICATOR.COMPARATOR_GROUP, PROGRAMME_INDICATOR.COST_SHARE), tracked,
                        Arrays::asList))
                .then(BatchInsert.insert(dsl, PROGRAMME_INDICATOR_COMPARATOR, List.of(
                        PROGRAMME_INDICATOR_COMPARATOR.PROGRAMME_ID, PROGRAMME_INDICATOR_COMPARATOR.INDICATOR_ID,
                        PROGRAMME_INDICATOR_COMPARATOR.PLACE_CODE), comparators, Arrays::asList))
                .thenReturn(new BatchContents(null, all.size(), all.size(),
                        "programmes: " + String.join(", ", ids), "programme:" + String.join(",",
                        ids.stream().sorted().toList())));
    }
}
