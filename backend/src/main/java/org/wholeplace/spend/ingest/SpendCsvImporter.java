package org.wholeplace.spend.ingest;

import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.StreamedFile;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.Measure;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import org.wholeplace.spend.InterventionLevel;
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
public class SpendCsvImporter implements FileImporter<SpendCsvImporter.RowReader> {

    static final List<String> REQUIRED = List.of("place", "agency", "service", "financial_year", "amount");
    static final Set<String> OPTIONAL = Set.of("theme", "intervention_level", "supplier", "measure", "apportion_by");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,16}(\\.\\d{1,2})?");

    private final SpendLineCopy copy;
    private final ReferenceDataCache reference;
    private final DSLContext dsl;

    public SpendCsvImporter(SpendLineCopy copy, ReferenceDataCache reference, DSLContext dsl) {
        this.copy = copy;
        this.reference = reference;
        this.dsl = dsl;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SPEND;
    }

    @Override
    public List<Table<?>> tablesToAnalyse() {
        return List.of(SPEND_LINE);
    }

    /** The file is read while it is written: what parsing gives is the reader, ready to stream the rows. */
    @Override
    public Mono<RowReader> parse(ImportSource source) {
        ReferenceData known = reference.get();
        return Drivers.load(dsl).map(drivers -> new RowReader(source, known, drivers));
    }

    @Override
    public Provenance provenance(ImportSource source, RowReader reader) {
        return source.stated();
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, RowReader reader, ImportSource source) {
        return copy.copy(scope, batchId, reader.lines().subscribeOn(Schedulers.boundedElastic()))
                .then(Mono.defer(() -> reader.problems.isEmpty()
                        ? duplicates(scope, batchId, reader.problems)
                        : Mono.error(reader.problems.rejection())))
                .then(Mono.fromSupplier(() -> new BatchContents(reader.period(), reader.rowsRead, reader.rowsRead,
                        null, kind().code() + ":" + source.stated().source() + ":" + reader.period())));
    }

    /** Two rows for the same place, agency, service, theme, year, measure, level and supplier: found by PostgreSQL. */
    private static Mono<Void> duplicates(TransactionScope scope, long batchId, ProblemCollector problems) {
        var key = List.of(SPEND_LINE.PLACE_CODE, SPEND_LINE.AGENCY_CODE, SPEND_LINE.SERVICE_CODE,
                SPEND_LINE.THEME_CODE, SPEND_LINE.FINANCIAL_YEAR, SPEND_LINE.MEASURE_CODE,
                SPEND_LINE.INTERVENTION_LEVEL, SPEND_LINE.SUPPLIER);
        var first = DSL.min(SPEND_LINE.SOURCE_LINE).as("first_line");
        var repeat = DSL.max(SPEND_LINE.SOURCE_LINE).as("repeat_line");
        return Flux.from(scope.dsl().select(first, repeat)
                        .from(SPEND_LINE)
                        .where(SPEND_LINE.BATCH_ID.eq(batchId))
                        .groupBy(key)
                        .having(DSL.count().gt(1))
                        .orderBy(DSL.max(SPEND_LINE.SOURCE_LINE))
                        .limit(ImportRejectedException.PROBLEMS_REPORTED + 1))
                .doOnNext(r -> problems.add(r.get(repeat), null, "the same place, agency, service, theme, year, "
                        + "measure, level and supplier as line " + r.get(first)))
                .then(Mono.defer(() -> problems.isEmpty() ? Mono.empty() : Mono.error(problems.rejection())));
    }

    /** One pass over the file, as COPY takes it: rows to spend lines, problems collected on the way. */
    static final class RowReader {
        private final ImportSource source;
        private final ReferenceData known;
        private final Drivers drivers;
        private final ProblemCollector problems;
        private final SortedSet<FinancialYear> years = new TreeSet<>();
        private int rowsRead;

        RowReader(ImportSource source, ReferenceData known, Drivers drivers) {
            this.source = source;
            this.known = known;
            this.drivers = drivers;
            this.problems = new ProblemCollector(source.name());
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
            Reader text = source.openText();
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
            CodeCheck.place(known, placeCode).ifPresent(problem -> problems.add(line, "place", problem));
            String agency = field(row, "agency");
            CodeCheck.agency(known, agency).ifPresent(problem -> problems.add(line, "agency", problem));
            String serviceCode = field(row, "service");
            CodeCheck.service(known, serviceCode).ifPresent(problem -> problems.add(line, "service", problem));
            String theme = blankToNull(field(row, "theme"));
            if (theme != null) {
                CodeCheck.theme(known, theme).ifPresent(problem -> problems.add(line, "theme", problem));
            }
            FinancialYear year = null;
            try {
                year = FinancialYear.parse(field(row, "financial_year"));
                years.add(year);
            } catch (IllegalArgumentException e) {
                problems.add(line, "financial_year", e.getMessage());
            }
            String level = blankToNull(field(row, "intervention_level"));
            if (level != null && InterventionLevel.of(level).isEmpty()) {
                problems.add(line, "intervention_level", InterventionLevel.notALevel(level));
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
