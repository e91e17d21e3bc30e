package org.wholeplace.outcome.ingest;

import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.INDICATOR_THEME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.CsvRows;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.outcome.Polarity;
import org.wholeplace.outcome.ValueType;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

/**
 * Loads the indicator catalogue ({@code outcomes/indicators.csv}): what each outcome indicator is, how its source
 * names it, and which themes it belongs to. An indicator already in the catalogue is updated in place (its
 * observations keep pointing at it); one left out of a later file stays, since observations may refer to it.
 */
@Component
public class IndicatorCatalogueImporter implements FileImporter<List<IndicatorCatalogueImporter.Entry>> {

    static final String SOURCE_KEY = "indicators";
    static final Provenance REPOSITORY = new Provenance("Whole Place indicator catalogue",
            "Whole Place administrators (outcomes/indicators.csv)", "as the repository", null, false);
    static final List<String> COLUMNS = List.of("id", "name", "source_name", "source_measure", "value_type", "unit",
            "multiplier", "polarity", "themes", "source", "publisher", "licence", "url");
    private static final Set<String> POLARITIES = Arrays.stream(Polarity.values()).map(Polarity::code)
            .collect(Collectors.toSet());
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern MULTIPLIER = Pattern.compile("[1-9]\\d{0,8}");

    private final ReferenceDataCache reference;

    public IndicatorCatalogueImporter(ReferenceDataCache reference) {
        this.reference = reference;
    }

    record Entry(String id, String name, String sourceName, String sourceMeasure, ValueType valueType, String unit,
                 Integer multiplier, String polarity, List<String> themes, String source, String publisher,
                 String licence, String url) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.INDICATORS;
    }

    @Override
    public Mono<List<Entry>> parse(ImportSource source) {
        return Mono.fromCallable(() -> parse(source.read(), reference.get()));
    }

    @Override
    public Provenance provenance(ImportSource source, List<Entry> entries) {
        return source.statedOr(REPOSITORY);
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, List<Entry> entries, ImportSource source) {
        return upsert(scope, batchId, entries, true)
                .thenReturn(BatchContents.of(entries.size()).withSourceKey(SOURCE_KEY));
    }

    /**
     * Entries written into the catalogue, with their themes: one already there is updated in place.
     *
     * @param claim whether an entry already there is re-pointed to this batch (the catalogue's own file), or keeps
     *              the batch that first registered it (an indicator a data file's mapping declares)
     */
    static Mono<Void> upsert(TransactionScope scope, long batchId, List<Entry> entries, boolean claim) {
        List<String> ids = entries.stream().map(Entry::id).toList();
        List<List<String>> themes = entries.stream()
                .flatMap(e -> e.themes().stream().map(theme -> List.of(e.id(), theme))).toList();
        return BatchInsert.insert(scope.dsl(), INDICATOR, List.of(INDICATOR.ID, INDICATOR.NAME,
                                INDICATOR.SOURCE_NAME, INDICATOR.SOURCE_MEASURE, INDICATOR.VALUE_TYPE, INDICATOR.UNIT,
                                INDICATOR.MULTIPLIER, INDICATOR.POLARITY, INDICATOR.SOURCE, INDICATOR.PUBLISHER,
                                INDICATOR.LICENCE, INDICATOR.URL, INDICATOR.BATCH_ID), entries,
                        e -> Arrays.asList(e.id(), e.name(), e.sourceName(), e.sourceMeasure(), e.valueType().code(),
                                e.unit(), e.multiplier(), e.polarity(), e.source(), e.publisher(), e.licence(),
                                e.url(), batchId),
                        upsert -> {
                            var update = upsert.onConflict(INDICATOR.ID).doUpdate()
                                    .set(INDICATOR.NAME, DSL.excluded(INDICATOR.NAME))
                                    .set(INDICATOR.SOURCE_NAME, DSL.excluded(INDICATOR.SOURCE_NAME))
                                    .set(INDICATOR.SOURCE_MEASURE, DSL.excluded(INDICATOR.SOURCE_MEASURE))
                                    .set(INDICATOR.VALUE_TYPE, DSL.excluded(INDICATOR.VALUE_TYPE))
                                    .set(INDICATOR.UNIT, DSL.excluded(INDICATOR.UNIT))
                                    .set(INDICATOR.MULTIPLIER, DSL.excluded(INDICATOR.MULTIPLIER))
                                    .set(INDICATOR.POLARITY, DSL.excluded(INDICATOR.POLARITY))
                                    .set(INDICATOR.SOURCE, DSL.excluded(INDICATOR.SOURCE))
                                    .set(INDICATOR.PUBLISHER, DSL.excluded(INDICATOR.PUBLISHER))
                                    .set(INDICATOR.LICENCE, DSL.excluded(INDICATOR.LICENCE))
                                    .set(INDICATOR.URL, DSL.excluded(INDICATOR.URL));
                            return claim ? update.set(INDICATOR.BATCH_ID, DSL.excluded(INDICATOR.BATCH_ID)) : update;
                        })
                .then(Mono.from(scope.dsl().deleteFrom(INDICATOR_THEME).where(INDICATOR_THEME.INDICATOR_ID.in(ids))))
                .then(BatchInsert.insert(scope.dsl(), INDICATOR_THEME,
                        List.of(INDICATOR_THEME.INDICATOR_ID, INDICATOR_THEME.THEME_CODE), themes, row -> row));
    }

    static List<Entry> parse(SourceFile file, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> idLine = new HashMap<>();
        Map<String, Long> sourceNameLine = new HashMap<>();
        CsvRows.read(file, COLUMNS, problems, (row, line) -> {
            int before = problems.total();
            String id = row.get("id").strip();
            if (!ID.matcher(id).matches()) {
                problems.add(line, "id", "'" + id + "' is not an indicator id (letters, digits and hyphens)");
            }
            String name = required(row.get("name"), line, "name", problems);
            String sourceName = required(row.get("source_name"), line, "source_name", problems);
            String valueTypeCode = row.get("value_type").strip();
            ValueType valueType = ValueType.of(valueTypeCode).orElse(null);
            if (valueType == null) {
                problems.add(line, "value_type", "'" + valueTypeCode + "' is not one of " + new TreeSet<>(ValueType.codes()));
            }
            String unit = required(row.get("unit"), line, "unit", problems);
            String multiplier = row.get("multiplier").strip();
            if (!multiplier.isEmpty() && !MULTIPLIER.matcher(multiplier).matches()) {
                problems.add(line, "multiplier", "'" + multiplier + "' is not a positive whole number");
            }
            String polarity = row.get("polarity").strip();
            if (!POLARITIES.contains(polarity)) {
                problems.add(line, "polarity", "'" + polarity + "' is not one of " + new TreeSet<>(POLARITIES));
            }
            List<String> themes = Arrays.stream(row.get("themes").split(";")).map(String::strip)
                    .filter(t -> !t.isEmpty()).distinct().toList();
            for (String theme : themes) {
                CodeCheck.theme(known, theme).ifPresent(problem -> problems.add(line, "themes", problem));
            }
            String source = required(row.get("source"), line, "source", problems);
            String publisher = required(row.get("publisher"), line, "publisher", problems);
            String licence = required(row.get("licence"), line, "licence", problems);
            if (problems.total() > before) {
                return;
            }
            Long earlier = idLine.putIfAbsent(id, line);
            Long sameName = sourceNameLine.putIfAbsent(sourceName, line);
            if (earlier != null) {
                problems.add(line, "id", "indicator '" + id + "' is listed already (line " + earlier + ")");
            } else if (sameName != null) {
                problems.add(line, "source_name", "'" + sourceName + "' names the indicator on line " + sameName
                        + " already");
            } else {
                String measure = row.get("source_measure").strip();
                String url = row.get("url").strip();
                entries.add(new Entry(id, name, sourceName, measure.isEmpty() ? null : measure, valueType, unit,
                        multiplier.isEmpty() ? null : Integer.valueOf(multiplier), polarity, themes, source,
                        publisher, licence, url.isEmpty() ? null : url));
            }
        });
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(0, null, "has no indicators");
        }
        problems.throwIfAny();
        return entries;
    }

    private static String required(String raw, long line, String field, ProblemCollector problems) {
        String value = raw.strip();
        if (value.isEmpty()) {
            problems.add(line, field, "is empty");
        }
        return value;
    }
}
