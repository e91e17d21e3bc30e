package org.wholeplace.spend.ingest;

import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jooq.Table;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.StreamedFile;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.place.Service;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads a council's "spending over £500" transparency file: one row per payment, laid out as the publisher's
 * {@link TransparencyMapping} says. Payments are added up per service, financial year and supplier into spend lines
 * of the measure {@value #MEASURE} (payments are gross spend), supplier kept. The file is read as a stream; only the
 * sums are held.
 */
@Component
public class TransparencyImporter implements FileImporter<TransparencyImporter.Sums> {

    static final String MEASURE = "total-expenditure";
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    private final SpendLineCopy copy;
    private final ReferenceDataCache reference;

    public TransparencyImporter(SpendLineCopy copy, ReferenceDataCache reference) {
        this.copy = copy;
        this.reference = reference;
    }

    record Key(String service, int financialYear, String supplier) {
    }

    /** The payments of a file, added up, as the publisher's mapping reads them. */
    record Sums(TransparencyMapping mapping, Map<Key, BigDecimal> amounts, int payments,
                SortedSet<FinancialYear> years) {
        String period() {
            return years.stream().map(FinancialYear::label).collect(Collectors.joining(","));
        }
    }

    @Override
    public ImportKind kind() {
        return ImportKind.TRANSPARENCY;
    }

    @Override
    public List<Table<?>> tablesToAnalyse() {
        return List.of(SPEND_LINE);
    }

    /** The file is read as a stream; only the sums are held. */
    @Override
    public Mono<Sums> parse(ImportSource source) {
        return Mono.fromCallable(() -> {
            if (source.mapping() == null) {
                throw new IllegalArgumentException("a transparency file needs its publisher's mapping");
            }
            return sum(source, TransparencyMapping.read(source.mapping()), reference.get());
        });
    }

    /** The publisher's, as its mapping states it. */
    @Override
    public Provenance provenance(ImportSource source, Sums sums) {
        return sums.mapping().provenance();
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, Sums sums, ImportSource source) {
        TransparencyMapping mapping = sums.mapping();
        Flux<NewSpendLine> lines = Flux.fromIterable(sums.amounts().entrySet())
                .map(e -> new NewSpendLine(mapping.place(), mapping.agency(), e.getKey().service(), null,
                        e.getKey().financialYear(), MEASURE, null, e.getKey().supplier(), e.getValue(), false, null,
                        null));
        return copy.copy(scope, batchId, lines)
                .thenReturn(new BatchContents(sums.period(), sums.payments(), sums.payments(),
                        "mapping " + mapping.name() + "; " + sums.amounts().size() + " spend lines",
                        kind().code() + ":" + mapping.publisher() + ":" + sums.period()));
    }

    static Sums sum(ImportSource file, TransparencyMapping mapping, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        CodeCheck.agency(known, mapping.agency())
                .ifPresent(problem -> problems.add(0, null, "mapping " + mapping.name() + ": " + problem));
        CodeCheck.place(known, mapping.place())
                .ifPresent(problem -> problems.add(0, null, "mapping " + mapping.name() + ": " + problem));
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
        try (Reader text = file.openText();
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
                FinancialYear year = FinancialYear.containing(date);
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
        return new Sums(mapping, amounts, payments, years);
    }

    private static String field(CSVRecord row, TransparencyMapping mapping, String column) {
        return row.get(mapping.columns().get(column)).strip();
    }
}
