package org.wholeplace.ingest;

import static org.wholeplace.db.generated.Tables.DRIVER_VALUE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads apportionment drivers other than population, such as a caseload: a CSV with the columns
 * {@code driver, ons_code, mid_year, value}. A later file's value for the same driver, place and year replaces the
 * earlier one. A spend row then names the driver in {@code apportion_by}.
 */
@Component
public class DriverImporter {

    static final String KIND = "driver";
    private static final Pattern DRIVER_CODE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern VALUE = Pattern.compile("\\d{1,14}(\\.\\d{1,4})?");

    private final ImportBatchRepository batches;
    private final ReferenceDataCache reference;
    private final ImportPipeline pipeline;

    public DriverImporter(ImportBatchRepository batches, ReferenceDataCache reference, ImportPipeline pipeline) {
        this.batches = batches;
        this.reference = reference;
        this.pipeline = pipeline;
    }

    record DriverValue(String driver, String placeCode, int midYear, BigDecimal value) {
    }

    public Mono<ImportOutcome> importFile(SourceFile file, Provenance provenance, String loadedBy) {
        OffsetDateTime started = OffsetDateTime.now();
        return pipeline.importOnce(file.sha256(), scope -> Mono.fromCallable(() -> parse(file, reference.get()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(values -> {
                    String drivers = String.join(",", new TreeSet<>(values.stream().map(DriverValue::driver).toList()));
                    NewBatch batch = new NewBatch(KIND, provenance, null, file.name(), file.sha256(), values.size(),
                            values.size(), "drivers: " + drivers, started, loadedBy, null);
                    return batches.insert(scope, batch).flatMap(batchId -> {
                        var insert = scope.dsl().insertInto(DRIVER_VALUE, DRIVER_VALUE.DRIVER_CODE,
                                DRIVER_VALUE.PLACE_CODE, DRIVER_VALUE.MID_YEAR, DRIVER_VALUE.VALUE,
                                DRIVER_VALUE.BATCH_ID);
                        for (DriverValue v : values) {
                            insert = insert.values(v.driver(), v.placeCode(), v.midYear(), v.value(), batchId);
                        }
                        return Mono.from(insert.onConflict(DRIVER_VALUE.DRIVER_CODE, DRIVER_VALUE.PLACE_CODE,
                                                DRIVER_VALUE.MID_YEAR)
                                        .doUpdate()
                                        .set(DRIVER_VALUE.VALUE, DSL.excluded(DRIVER_VALUE.VALUE))
                                        .set(DRIVER_VALUE.BATCH_ID, DSL.excluded(DRIVER_VALUE.BATCH_ID)))
                                .then(batches.finish(scope, batchId, values.size(), values.size()));
                    });
                }));
    }

    static List<DriverValue> parse(SourceFile file, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        List<DriverValue> values = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        CsvRows.read(file, List.of("driver", "ons_code", "mid_year", "value"), problems, (row, line) -> {
            String driver = row.get("driver").strip();
            String code = row.get("ons_code").strip();
            String year = row.get("mid_year").strip();
            String value = row.get("value").strip();
            int before = problems.total();
            if (!DRIVER_CODE.matcher(driver).matches() || driver.equals(Drivers.POPULATION)) {
                problems.add(line, "driver", "'" + driver + "' is not a driver code (lower case, digits and "
                        + "hyphens; 'population' is built in)");
            }
            if (known.place(code).isEmpty()) {
                problems.add(line, "ons_code", "unknown place code '" + code + "'");
            }
            if (!year.matches("\\d{4}")) {
                problems.add(line, "mid_year", "'" + year + "' is not a year");
            }
            if (!VALUE.matcher(value).matches()) {
                problems.add(line, "value", "'" + value + "' is not a non-negative number");
            }
            if (problems.total() > before) {
                return;
            }
            Long earlier = firstLine.putIfAbsent(driver + "/" + code + "/" + year, line);
            if (earlier != null) {
                problems.add(line, "mid_year", "a second " + driver + " value for " + code + " in " + year
                        + " (first on line " + earlier + ")");
            } else {
                values.add(new DriverValue(driver, code, Integer.parseInt(year), new BigDecimal(value)));
            }
        });
        if (values.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "has no values");
        }
        problems.throwIfAny();
        return values;
    }
}
