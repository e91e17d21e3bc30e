package org.wholeplace.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.wholeplace.place.FinancialYear;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.place.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads a council's "spending over £500" transparency file: one row per payment, laid out as the publisher's
 * {@link TransparencyMapping} says. Payments are added up per service, financial year and supplier into spend lines
 * of the measure {@value #MEASURE} (payments are gross spend), supplier kept. The file is read as a stream; only the
 * sums are held.
 */
@Component
public class TransparencyImporter {

    static final String KIND = "transparency";
    static final String MEASURE = "total-expenditure";
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    private final ImportBatchRepository batches;
    private final SpendLineCopy copy;
    private final ReferenceDataCache reference;
    private final ImportPipeline pipeline;

    public TransparencyImporter(ImportBatchRepository batches, SpendLineCopy copy, ReferenceDataCache reference,
                                ImportPipeline pipeline) {
        this.batches = batches;
        this.copy = copy;
        this.reference = reference;
        this.pipeline = pipeline;
    }

    record Key(String service, int financialYear, String supplier) {
    }

    /** The payments of a file, added up. */
    record Sums(Map<Key, BigDecimal> amounts, int payments, SortedSet<FinancialYear> years) {
        String period() {
            return years.stream().map(FinancialYear::label).collect(Collectors.joining(","));
        }
    }

    public Mono<ImportOutcome> importFile(StreamedFile file, TransparencyMapping mapping, String loadedBy,
                                          LongConsumer progress) {
        OffsetDateTime started = OffsetDateTime.now();
        ReferenceData known = reference.get();
        return pipeline.importOnce(file.sha256(), scope -> Mono.fromCallable(() -> sum(file, mapping, known, progress))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(sums -> {
                    NewBatch batch = new NewBatch(KIND, mapping.provenance(), sums.period(), file.name(),
                            file.sha256(), sums.payments(), sums.payments(),
                            "mapping " + mapping.name() + "; " + sums.amounts().size() + " spend lines", started,
                            loadedBy, KIND + ":" + mapping.publisher() + ":" + sums.period());
                    Flux<NewSpendLine> lines = Flux.fromIterable(sums.amounts().entrySet())
                            .map(e -> new NewSpendLine(mapping.place(), mapping.agency(), e.getKey().service(), null,
                                    e.getKey().financialYear(), MEASURE, null, e.getKey().supplier(), e.getValue(),
                                    false, null, null));
                    return batches.insert(scope, batch)
                            .flatMap(batchId -> copy.copy(scope, batchId, lines)
                                    .then(batches.finish(scope, batchId, sums.payments(), sums.payments())));
                }));
    }

    static Sums sum(StreamedFile file, TransparencyMapping mapping, ReferenceData known, LongConsumer progress) {
        var problems = new ProblemCollector(file.name());
        if (!known.agencies().containsKey(mapping.agency())) {
            problems.add(0, null, "mapping " + mapping.name() + ": unknown agency code '" + mapping.agency() + "'");
        }
        if (known.place(mapping.place()).isEmpty()) {
            problems.add(0, null, "mapping " + mapping.name() + ": unknown place code '" + mapping.place() + "'");
        }
        mapping.services().forEach((area, code) -> {
            Service service = known.services().get(code);
            if (service == null || service.total()) {
                problems.add(0, null, "mapping " + mapping.name() + ": service area '" + area + "' maps to '" + code
                        + "', which is not a service");
            }
        });
        problems.throwIfAny();

        Map<Key, BigDecimal> amounts = new LinkedHashMap<>();
        SortedSet<FinancialYear> years = new TreeSet<>();
        int payments = 0;
        try (Reader text = file.openText(progress);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(text)) {
            for (String column : mapping.columns().values()) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(1, column, "no column '" + column + "' (mapping " + mapping.name() + ")");
                }
            }
            problems.throwIfAny();
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (!row.isConsistent()) {
                    problems.add(line, null, "has " + row.size() + " fields, the header has "
                            + parser.getHeaderMap().size());
                    continue;
                }
                payments++;
                int before = problems.total();
                String area = field(row, mapping, "service-area");
                String service = mapping.services().get(area);
                if (service == null) {
                    problems.add(line, mapping.columns().get("service-area"), "service area '" + area
                            + "' has no service in mapping " + mapping.name());
                }
                LocalDate date = null;
                try {
                    date = LocalDate.parse(field(row, mapping, "date"), mapping.dateFormat());
                } catch (DateTimeParseException e) {
                    problems.add(line, mapping.columns().get("date"), "'" + field(row, mapping, "date")
                            + "' is not a date like the mapping's pattern");
                }
                String rawAmount = field(row, mapping, "amount").replace("£", "").replace(",", "");
                if (!AMOUNT.matcher(rawAmount).matches()) {
                    problems.add(line, mapping.columns().get("amount"), "'" + field(row, mapping, "amount")
                            + "' is not an amount in pounds");
                }
                for (String column : mapping.columns().values()) {
                    if (row.get(column).indexOf(StreamedFile.NOT_UTF8) >= 0) {
                        problems.add(line, column, "is not UTF-8 text; save the file as UTF-8");
                    }
                }
                if (problems.total() > before) {
                    continue;
                }
                // the financial year starts on 1 April
                FinancialYear year = new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
                years.add(year);
                String supplier = field(row, mapping, "supplier");
                amounts.merge(new Key(service, year.startYear(), supplier.isEmpty() ? null : supplier),
                        new BigDecimal(rawAmount), BigDecimal::add);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(0, null, "is not readable CSV: " + e.getMessage());
        }
        if (payments == 0 && problems.isEmpty()) {
            problems.add(0, null, "has no payments");
        }
        problems.throwIfAny();
        return new Sums(amounts, payments, years);
    }

    private static String field(CSVRecord row, TransparencyMapping mapping, String column) {
        return row.get(mapping.columns().get(column)).strip();
    }
}
