package org.wholeplace.prices.ingest;

import static org.wholeplace.db.generated.Tables.ONS_DEFLATOR_PERIOD;
import static org.wholeplace.db.generated.Tables.ONS_DEFLATOR_SERIES;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.prices.OnsGdpDeflator;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

/**
 * ONS's GDP implied deflator (YBGB) in the CSV ONS's time-series pages download, as downloaded: header rows of two
 * fields ({@code "Title","Gross domestic product at market prices:Implied deflator:SA"}, {@code "CDID","YBGB"},
 * {@code "Release date","30-06-2025"}, ...), then one row per period, the calendar years ({@code "2022","100.0"})
 * and the quarters ({@code "2022 Q2","99.1"}). The fields are named for the problems as ONS's page shows them:
 * {@code period} and {@code value}. A later release replaces the earlier one (history kept).
 */
@Component
public class OnsGdpDeflatorImporter implements FileImporter<OnsGdpDeflatorImporter.TimeSeries> {

    static final Provenance ONS = new Provenance(
            "ONS GDP at market prices: implied deflator (YBGB), UK Economic Accounts", "Office for National Statistics",
            "Open Government Licence v3.0",
            "https://www.ons.gov.uk/economy/grossdomesticproductgdp/timeseries/ybgb/ukea", false);

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4}) Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("\\d{4} [A-Z]{3}");
    private static final Pattern INDEX = Pattern.compile("\\d+(\\.\\d+)?");
    private static final DateTimeFormatter RELEASE_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    /** What the file holds: the header's statements of the series, and its periods in file order. */
    public record TimeSeries(String seriesId, String title, String datasetId, LocalDate releaseDate,
                             List<Period> periods) {
    }

    /** One row of figures; {@code quarter} null for a calendar year's. */
    public record Period(int year, Integer quarter, BigDecimal index, long line) {

        String label() {
            return quarter == null ? String.valueOf(year) : year + " Q" + quarter;
        }
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ONS_GDP_DEFLATOR;
    }

    @Override
    public Mono<TimeSeries> parse(ImportSource source) {
        return Mono.fromCallable(() -> parse(source.read()));
    }

    @Override
    public Provenance provenance(ImportSource source, TimeSeries series) {
        return source.statedOr(ONS);
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, TimeSeries series, ImportSource source) {
        var dsl = scope.dsl();
        return Mono.from(dsl.insertInto(ONS_DEFLATOR_SERIES)
                        .set(ONS_DEFLATOR_SERIES.BATCH_ID, batchId)
                        .set(ONS_DEFLATOR_SERIES.SERIES_ID, series.seriesId())
                        .set(ONS_DEFLATOR_SERIES.TITLE, series.title())
                        .set(ONS_DEFLATOR_SERIES.DATASET_ID, series.datasetId())
                        .set(ONS_DEFLATOR_SERIES.RELEASE_DATE, series.releaseDate()))
                .then(BatchInsert.insert(dsl, ONS_DEFLATOR_PERIOD,
                        List.of(ONS_DEFLATOR_PERIOD.BATCH_ID, ONS_DEFLATOR_PERIOD.SERIES_ID, ONS_DEFLATOR_PERIOD.PERIOD,
                                ONS_DEFLATOR_PERIOD.YEAR,
                                ONS_DEFLATOR_PERIOD.QUARTER, ONS_DEFLATOR_PERIOD.INDEX_VALUE,
                                ONS_DEFLATOR_PERIOD.SOURCE_LINE),
                        series.periods(), p -> Arrays.asList(batchId, series.seriesId(), p.label(), p.year(),
                                p.quarter() == null ? null : p.quarter().shortValue(), p.index(), (int) p.line())))
                .thenReturn(BatchContents.of(series.periods().size())
                        .withPeriod(span(series.periods()))
                        .withNotes("Release " + series.releaseDate() + "; spend in real terms uses the quarters "
                                + "(a financial year is the mean of its four, April to March)")
                        .withSourceKey("ons-timeseries/" + series.seriesId()));
    }

    static TimeSeries parse(SourceFile file) {
        var problems = new ProblemCollector(file.name());
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Long> headerLine = new HashMap<>();
        List<Period> periods = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(file.text()))) {
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                String first = row.get(0).strip();
                boolean isPeriod = YEAR.matcher(first).matches() || QUARTER.matcher(first).matches()
                        || MONTH.matcher(first).matches();
                if (!isPeriod) {
                    if (!periods.isEmpty()) {
                        problems.add(line, "period", "'" + first + "' is not a period (a year \"2022\" or a quarter "
                                + "\"2022 Q2\"), and the header rows end where the figures begin");
                    } else if (row.size() > 2) {
                        problems.add(line, first, "a header row has two fields, this one " + row.size());
                    } else {
                        header.put(first, row.size() > 1 ? row.get(1).strip() : "");
                        headerLine.put(first, line);
                    }
                    continue;
                }
                if (row.size() != 2) {
                    problems.add(line, null, "has " + row.size() + " fields; a period's row has two, period and value");
                    continue;
                }
                if (MONTH.matcher(first).matches()) {
                    problems.add(line, "period", "'" + first + "' is a month; only years and quarters are read");
                    continue;
                }
                String raw = row.get(1).strip();
                if (!INDEX.matcher(raw).matches() || new BigDecimal(raw).signum() <= 0) {
                    problems.add(line, "value", "'" + raw + "' for " + first + " is not a positive index");
                    continue;
                }
                Matcher quarter = QUARTER.matcher(first);
                Period period = quarter.matches()
                        ? new Period(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)),
                                new BigDecimal(raw), line)
                        : new Period(Integer.parseInt(first), null, new BigDecimal(raw), line);
                Long earlier = firstLine.putIfAbsent(period.label(), line);
                if (earlier != null) {
                    problems.add(line, "period", "a second value for " + period.label() + " (first on line "
                            + earlier + ")");
                } else {
                    periods.add(period);
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            problems.add(0, null, "is not readable CSV: " + e.getMessage());
        }
        String series = header.get("CDID");
        if (series == null) {
            problems.add(0, "CDID", "no \"CDID\" header row: the series is not stated");
        } else if (!OnsGdpDeflator.SERIES.equals(series)) {
            problems.add(headerLine.get("CDID"), "CDID", "'" + series + "' is not " + OnsGdpDeflator.SERIES
                    + ", the GDP implied deflator this kind reads");
        }
        String title = header.get("Title");
        if (title == null || title.isEmpty()) {
            problems.add(headerLine.getOrDefault("Title", 0L), "Title", "no \"Title\" header row");
        }
        LocalDate released = null;
        String release = header.get("Release date");
        if (release != null) {
            try {
                released = LocalDate.parse(release, RELEASE_DATE);
            } catch (DateTimeParseException e) {
                problems.add(headerLine.get("Release date"), "Release date", "'" + release
                        + "' is not a date as ONS writes it (30-06-2025)");
            }
        }
        if (periods.stream().noneMatch(p -> p.quarter() != null) && problems.isEmpty()) {
            problems.add(0, null, "has no quarters (\"2022 Q2\"): financial years are derived from them");
        }
        problems.throwIfAny();
        return new TimeSeries(series, title, header.get("Source dataset ID"), released, List.copyOf(periods));
    }

    private static String span(List<Period> periods) {
        List<Period> quarters = periods.stream().filter(p -> p.quarter() != null).toList();
        return quarters.getFirst().label() + " to " + quarters.getLast().label();
    }
}
