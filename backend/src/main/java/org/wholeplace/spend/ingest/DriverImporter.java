package org.wholeplace.spend.ingest;

import static org.wholeplace.db.generated.Tables.DRIVER_VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

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
 * Loads apportionment drivers other than population, such as a caseload: a CSV with the columns
 * {@code driver, ons_code, mid_year, value}. A later file's value for the same driver, place and year replaces the
 * earlier one. A spend row then names the driver in {@code apportion_by}.
 */
@Component
public class DriverImporter implements FileImporter<List<DriverImporter.DriverValue>> {

    private static final Pattern DRIVER_CODE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern VALUE = Pattern.compile("\\d{1,14}(\\.\\d{1,4})?");

    private final ReferenceDataCache reference;

    public DriverImporter(ReferenceDataCache reference) {
        this.reference = reference;
    }

    record DriverValue(String driver, String placeCode, int midYear, BigDecimal value) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DRIVER;
    }

    @Override
    public Mono<List<DriverValue>> parse(ImportSource source) {
        return Mono.fromCallable(() -> parse(source.read(), reference.get()));
    }

    @Override
    public Provenance provenance(ImportSource source, List<DriverValue> values) {
        return source.stated();
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, List<DriverValue> values,
                                     ImportSource source) {
        String drivers = String.join(",", new TreeSet<>(values.stream().map(DriverValue::driver).toList()));
        return BatchInsert.insert(scope.dsl(), DRIVER_VALUE, List.of(DRIVER_VALUE.DRIVER_CODE,
                                DRIVER_VALUE.PLACE_CODE, DRIVER_VALUE.MID_YEAR, DRIVER_VALUE.VALUE, DRIVER_VALUE.BATCH_ID),
                        values, v -> List.of(v.driver(), v.placeCode(), v.midYear(), v.value(), batchId),
                        insert -> insert.onConflict(DRIVER_VALUE.DRIVER_CODE, DRIVER_VALUE.PLACE_CODE,
                                        DRIVER_VALUE.MID_YEAR)
                                .doUpdate()
                                .set(DRIVER_VALUE.VALUE, DSL.excluded(DRIVER_VALUE.VALUE))
                                .set(DRIVER_VALUE.BATCH_ID, DSL.excluded(DRIVER_VALUE.BATCH_ID)))
                .thenReturn(BatchContents.of(values.size()).withNotes("drivers: " + drivers));
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
            CodeCheck.place(known, code).ifPresent(problem -> problems.add(line, "ons_code", problem));
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
