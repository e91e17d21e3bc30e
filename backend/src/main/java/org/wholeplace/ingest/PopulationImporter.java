package org.wholeplace.ingest;

import static org.wholeplace.db.generated.Tables.POPULATION_ESTIMATE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads mid-year population estimates from a CSV with the columns {@code ons_code, mid_year, population} (others are
 * ignored). A later file's estimate for the same place and year replaces the earlier one.
 */
@Component
public class PopulationImporter {

    static final String KIND = "population";
    static final Provenance ONS = new Provenance("ONS mid-year population estimates", "Office for National Statistics",
            "Open Government Licence v3.0",
            "https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates", false);

    private final ImportBatchRepository batches;
    private final ReferenceDataCache reference;
    private final ImportPipeline pipeline;

    public PopulationImporter(ImportBatchRepository batches, ReferenceDataCache reference, ImportPipeline pipeline) {
        this.batches = batches;
        this.reference = reference;
        this.pipeline = pipeline;
    }

    record Estimate(String placeCode, int midYear, int population) {
    }

    public Mono<ImportOutcome> importFile(SourceFile file, String loadedBy) {
        OffsetDateTime started = OffsetDateTime.now();
        return pipeline.importOnce(file.sha256(), scope -> Mono.fromCallable(() -> parse(file, reference.get()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(estimates -> {
                    NewBatch batch = new NewBatch(KIND, ONS, period(estimates), file.name(), file.sha256(),
                            estimates.size(), estimates.size(), null, started, loadedBy, null);
                    return batches.insert(scope, batch).flatMap(batchId -> {
                        var insert = scope.dsl().insertInto(POPULATION_ESTIMATE, POPULATION_ESTIMATE.PLACE_CODE,
                                POPULATION_ESTIMATE.MID_YEAR, POPULATION_ESTIMATE.POPULATION,
                                POPULATION_ESTIMATE.BATCH_ID);
                        for (Estimate e : estimates) {
                            insert = insert.values(e.placeCode(), e.midYear(), e.population(), batchId);
                        }
                        return Mono.from(insert.onConflict(POPULATION_ESTIMATE.PLACE_CODE, POPULATION_ESTIMATE.MID_YEAR)
                                        .doUpdate()
                                        .set(POPULATION_ESTIMATE.POPULATION, DSL.excluded(POPULATION_ESTIMATE.POPULATION))
                                        .set(POPULATION_ESTIMATE.BATCH_ID, DSL.excluded(POPULATION_ESTIMATE.BATCH_ID)))
                                .then(batches.finish(scope, batchId, estimates.size(), estimates.size()));
                    });
                }));
    }

    static List<Estimate> parse(SourceFile file, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        List<Estimate> estimates = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        CsvRows.read(file, List.of("ons_code", "mid_year", "population"), problems, (row, line) -> {
            String code = row.get("ons_code").strip();
            Integer year = positiveInt(row.get("mid_year"), line, "mid_year", problems);
            Integer population = positiveInt(row.get("population"), line, "population", problems);
            if (known.place(code).isEmpty()) {
                problems.add(line, "ons_code", "unknown place code '" + code + "'");
            } else if (year != null && population != null) {
                Long earlier = firstLine.putIfAbsent(code + "/" + year, line);
                if (earlier != null) {
                    problems.add(line, "mid_year", "a second estimate for " + code + " in " + year
                            + " (first on line " + earlier + ")");
                } else {
                    estimates.add(new Estimate(code, year, population));
                }
            }
        });
        if (estimates.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "has no estimates");
        }
        problems.throwIfAny();
        return estimates;
    }

    private static Integer positiveInt(String raw, long line, String field, ProblemCollector problems) {
        try {
            int value = Integer.parseInt(raw.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(line, field, "'" + raw + "' is not a positive whole number");
        return null;
    }

    private static String period(List<Estimate> estimates) {
        int from = estimates.stream().mapToInt(Estimate::midYear).min().orElseThrow();
        int to = estimates.stream().mapToInt(Estimate::midYear).max().orElseThrow();
        return from == to ? "mid-" + from : "mid-" + from + " to mid-" + to;
    }
}
