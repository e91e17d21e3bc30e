package org.wholeplace.ingest;

import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.place.FinancialYear;
import org.wholeplace.place.Measure;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.place.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads the canonical tidy spend CSV, for agencies that publish no standard return. Streamed: rows go from the file
 * through validation into PostgreSQL's COPY without the file ever being held in memory. A row may be apportioned
 * from a city-region or national place to the places below it by a driver (population, or a caseload loaded as
 * data); its parts are marked apportioned and add up to the penny. Any bad row rejects the file: the rest is still
 * read to report every problem, and the transaction is rolled back.
 *
 * <p>Columns (header names, any order): {@code place, agency, service, financial_year, amount} required;
 * {@code theme, intervention_level, supplier, measure, apportion_by} optional.
 */
@Component
public class SpendCsvImporter {

    static final String KIND = "spend";
    static final List<String> REQUIRED = List.of("place", "agency", "service", "financial_year", "amount");
    static final Set<String> OPTIONAL = Set.of("theme", "intervention_level", "supplier", "measure", "apportion_by");
    private static final Set<String> LEVELS = Set.of("universal", "targeted", "specialist", "reactive");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,16}(\\.\\d{1,2})?");

    private final ImportBatchRepository batches;
    private final SpendLineCopy copy;
    private final ReferenceDataCache reference;
    private final ImportPipeline pipeline;

    public SpendCsvImporter(ImportBatchRepository batches, SpendLineCopy copy, ReferenceDataCache reference,
                            ImportPipeline pipeline) {
        this.batches = batches;
        this.copy = copy;
        this.reference = reference;
        this.pipeline = pipeline;
    }

    public Mono<ImportOutcome> importFile(StreamedFile file, Provenance provenance, String loadedBy,
                                          LongConsumer progress) {
        OffsetDateTime started = OffsetDateTime.now();
        ReferenceData known = reference.get();
        // counts, period and source key are known once the file is read: finish() records them
        NewBatch batch = new NewBatch(KIND, provenance, null, file.name(), file.sha256(), 0, 0, null, started,
                loadedBy, null);
        return pipeline.importOnce(file.sha256(), scope -> Drivers.load(scope.dsl())
                .flatMap(drivers -> batches.insert(scope, batch).flatMap(batchId -> {
                    var reader = new RowReader(file, known, drivers, progress);
                    return copy.copy(scope, batchId, reader.lines().subscribeOn(Schedulers.boundedElastic()))
                            .then(Mono.defer(() -> reader.problems.isEmpty()
                                    ? duplicates(scope, batchId, reader.problems)
                                    : Mono.error(reader.problems.rejection())))
                            .then(Mono.defer(() -> batches.finish(scope, batchId, reader.rowsRead, reader.rowsRead,
                                    reader.period(), KIND + ":" + provenance.source() + ":" + reader.period())));
                })));
    }

    /** Two rows for the same place, agency, service, theme, year, measure, level and supplier: found by PostgreSQL. */
    private static Mono<Void> duplicates(TransactionScope scope, long batchId, ProblemCollector problems) {
        var key = List.of(SPEND_LINE.PLACE_CODE, SPEND_LINE.AGENCY_CODE, SPEND_LINE.SERVICE_CODE,
                SPEND_LINE.THEME_CODE, SPEND_LINE.FINANCIAL_YEAR, SPEND_LINE.MEASURE_CODE,
                SPEND_LINE.INTERVENTION_LEVEL, SPEND_LINE.SUPPLIER);
        return Flux.from(scope.dsl().select(DSL.min(SPEND_LINE.SOURCE_LINE), DSL.max(SPEND_LINE.SOURCE_LINE))
                        .from(SPEND_LINE)
                        .where(SPEND_LINE.BATCH_ID.eq(batchId))
                        .groupBy(key)
                        .having(DSL.count().gt(1))
                        .orderBy(DSL.max(SPEND_LINE.SOURCE_LINE))
                        .limit(ImportRejectedException.PROBLEMS_REPORTED + 1))
                .doOnNext(r -> problems.add(r.value2(), null, "the same place, agency, service, theme, year, measure, "
                        + "level and supplier as line " + r.value1()))
                .then(Mono.defer(() -> problems.isEmpty() ? Mono.empty() : Mono.error(problems.rejection())));
    }

    /** One pass over the file: rows to spend lines, problems collected on the way. */
    private static final class RowReader {
        private final StreamedFile file;
        private final ReferenceData known;
        private final Drivers drivers;
        private final LongConsumer progress;
        private final ProblemCollector problems;
        private final SortedSet<FinancialYear> years = new TreeSet<>();
        private int rowsRead;

        RowReader(StreamedFile file, ReferenceData known, Drivers drivers, LongConsumer progress) {
            this.file = file;
            this.known = known;
            this.drivers = drivers;
            this.progress = progress;
            this.problems = new ProblemCollector(file.name());
        }

        String period() {
            return years.stream().map(FinancialYear::label).collect(Collectors.joining(","));
        }

        Flux<NewSpendLine> lines() {
            return Flux.using(this::open, parser -> Flux.fromIterable(() -> rows(parser)), this::close)
                    .onErrorResume(e -> {   // the header itself could not be read
                        problems.add(1, null, "cannot be read: " + describe(e));
                        return Flux.empty();
                    })
                    // once a row is bad nothing will be kept: stop feeding COPY, but read on to report everything
                    .filter(line -> problems.isEmpty());
        }

        private CSVParser open() throws IOException {
            Reader text = file.openText(progress);
            CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(text);
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    problems.add(1, column, "no column '" + column + "' in the header");
                }
            }
            for (String column : header.keySet()) {
                if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                    problems.add(1, column, "unknown column '" + column + "'; expected " + REQUIRED
                            + " and optionally " + new TreeSet<>(OPTIONAL));
                }
            }
            return parser;
        }

        private void close(CSVParser parser) {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Iterator<NewSpendLine> rows(CSVParser parser) {
            if (!problems.isEmpty()) {
                return Collections.emptyIterator();   // a bad header: the rows cannot be read
            }
            Iterator<CSVRecord> records = parser.iterator();
            return new Iterator<>() {
                private Iterator<NewSpendLine> pending = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!pending.hasNext()) {
                        CSVRecord record;
                        try {
                            if (!records.hasNext()) {
                                return false;
                            }
                            record = records.next();
                        } catch (RuntimeException e) {   // wrong encoding, an unclosed quote: nothing after is readable
                            problems.add(parser.getCurrentLineNumber() + 1, null, "cannot be read past this line: "
                                    + describe(e));
                            return false;
                        }
                        rowsRead++;
                        pending = convert(record, parser.getCurrentLineNumber()).iterator();
                    }
                    return true;
                }

                @Override
                public NewSpendLine next() {
                    return pending.next();
                }
            };
        }

        private List<NewSpendLine> convert(CSVRecord row, long line) {
            int before = problems.total();
            if (!row.isConsistent()) {
                problems.add(line, null, "has " + row.size() + " fields where the header has "
                        + row.getParser().getHeaderMap().size() + "; is the line truncated?");
                return List.of();
            }
            for (var column : row.getParser().getHeaderNames()) {
                if (row.get(column).indexOf(StreamedFile.NOT_UTF8) >= 0) {
                    problems.add(line, column, "is not UTF-8 text; save the file as UTF-8");
                }
            }
            String placeCode = field(row, "place");
            Place place = known.place(placeCode).orElse(null);
            if (place == null) {
                problems.add(line, "place", "unknown place code '" + placeCode + "'");
            }
            String agency = field(row, "agency");
            if (!known.agencies().containsKey(agency)) {
                problems.add(line, "agency", "unknown agency code '" + agency + "'");
            }
            String serviceCode = field(row, "service");
            Service service = known.services().get(serviceCode);
            if (service == null || service.total()) {
                problems.add(line, "service", service == null ? "unknown service code '" + serviceCode + "'"
                        : "'" + serviceCode + "' is a reported total, not a service");
            }
            String theme = blankToNull(field(row, "theme"));
            if (theme != null && !known.themes().containsKey(theme)) {
                problems.add(line, "theme", "unknown theme code '" + theme + "'");
            }
            FinancialYear year = null;
            try {
                year = FinancialYear.parse(field(row, "financial_year"));
                years.add(year);
            } catch (IllegalArgumentException e) {
                problems.add(line, "financial_year", e.getMessage());
            }
            String level = blankToNull(field(row, "intervention_level"));
            if (level != null && !LEVELS.contains(level)) {
                problems.add(line, "intervention_level", "'" + level + "' is not one of " + new TreeSet<>(LEVELS));
            }
            String measure = blankToNull(field(row, "measure"));
            measure = measure == null ? Measure.NET_CURRENT_EXPENDITURE : measure;
            if (!known.measures().containsKey(measure)) {
                problems.add(line, "measure", "unknown measure '" + measure + "'");
            }
            String rawAmount = field(row, "amount");
            BigDecimal amount = null;
            if (AMOUNT.matcher(rawAmount).matches()) {
                amount = new BigDecimal(rawAmount);
            } else {
                problems.add(line, "amount", "'" + rawAmount + "' is not an amount in pounds like 1234.56");
            }
            String driver = blankToNull(field(row, "apportion_by"));
            if (problems.total() > before) {
                return List.of();
            }
            String supplier = blankToNull(field(row, "supplier"));
            if (driver == null) {
                return List.of(new NewSpendLine(placeCode, agency, serviceCode, theme, year.startYear(), measure,
                        level, supplier, amount, false, null, (int) line));
            }
            return apportion(line, place, driver, year, amount, agency, serviceCode, theme, measure, level, supplier);
        }

        private List<NewSpendLine> apportion(long line, Place place, String driver, FinancialYear year,
                                             BigDecimal amount, String agency, String service, String theme,
                                             String measure, String level, String supplier) {
            if (!drivers.knows(driver)) {
                problems.add(line, "apportion_by", "unknown driver '" + driver + "'; known: population"
                        + " and the drivers loaded as data");
                return List.of();
            }
            List<Place> parts = known.children(place.code());
            if (parts.isEmpty()) {
                problems.add(line, "apportion_by", place.code() + " has no places below it to apportion to");
                return List.of();
            }
            List<BigDecimal> weights = new ArrayList<>();
            for (Place part : parts) {
                var weight = drivers.value(driver, part.code(), year.startYear());
                if (weight.isEmpty()) {
                    problems.add(line, "apportion_by", "no " + driver + " for " + part.code() + " in mid-"
                            + year.startYear());
                    return List.of();
                }
                weights.add(weight.get());
            }
            List<BigDecimal> amounts = Apportionment.split(amount, weights);
            List<NewSpendLine> lines = new ArrayList<>(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                lines.add(new NewSpendLine(parts.get(i).code(), agency, service, theme, year.startYear(), measure,
                        level, supplier, amounts.get(i), true, driver, (int) line));
            }
            return lines;
        }

        private static String describe(Throwable e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return String.valueOf(cause.getMessage());
        }

        private static String field(CSVRecord row, String column) {
            return row.isMapped(column) ? row.get(column).strip() : "";
        }

        private static String blankToNull(String value) {
            return value.isEmpty() ? null : value;
        }
    }
}
