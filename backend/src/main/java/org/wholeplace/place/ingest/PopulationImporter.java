package org.wholeplace.place.ingest;

import static org.wholeplace.db.generated.Tables.POPULATION_ESTIMATE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.CsvRows;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

/**
 * Loads mid-year population estimates from a CSV with the columns {@code ons_code, mid_year, population} (others are
 * ignored). A later file's estimate for the same place and year replaces the earlier one.
 */
@Component
public class PopulationImporter implements FileImporter<List<PopulationImporter.Estimate>> {

    static final Provenance ONS = new Provenance("ONS mid-year population estimates", "Office for National Statistics",
            "Open Government Licence v3.0",
            "https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates", false);

    private final ReferenceDataCache reference;

    public PopulationImporter(ReferenceDataCache reference) {
        this.reference = reference;
    }

    record Estimate(String placeCode, int midYear, int population) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.POPULATION;
    }

    @Override
    public Mono<List<Estimate>> parse(ImportSource source) {
        return Mono.fromCallable(() -> parse(source.read(), reference.get()));
    }

    @Override
    public Provenance provenance(ImportSource source, List<Estimate> estimates) {
        return source.statedOr(ONS);
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, List<Estimate> estimates,
                                     ImportSource source) {
        return BatchInsert.insert(scope.dsl(), POPULATION_ESTIMATE,
                        List.of(POPULATION_ESTIMATE.PLACE_CODE, POPULATION_ESTIMATE.MID_YEAR,
                                POPULATION_ESTIMATE.POPULATION, POPULATION_ESTIMATE.BATCH_ID),
                        estimates, e -> List.of(e.placeCode(), e.midYear(), e.population(), batchId),
                        insert -> insert.onConflict(POPULATION_ESTIMATE.PLACE_CODE, POPULATION_ESTIMATE.MID_YEAR)
                                .doUpdate()
                                .set(POPULATION_ESTIMATE.POPULATION, DSL.excluded(POPULATION_ESTIMATE.POPULATION))
                                .set(POPULATION_ESTIMATE.BATCH_ID, DSL.excluded(POPULATION_ESTIMATE.BATCH_ID)))
                .thenReturn(BatchContents.of(estimates.size()).withPeriod(period(estimates)));
    }

    static List<Estimate> parse(SourceFile file, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        List<Estimate> estimates = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        CsvRows.read(file, List.of("ons_code", "mid_year", "population"), problems, (row, line) -> {
            String code = row.get("ons_code").strip();
            Integer year = positiveInt(row.get("mid_year"), line, "mid_year", problems);
            Integer population = positiveInt(row.get("population"), line, "population", problems);
            Optional<String> unknown = CodeCheck.place(known, code);
            if (unknown.isPresent()) {
                problems.add(line, "ons_code", unknown.get());
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
