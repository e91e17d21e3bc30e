package org.wholeplace.ingest;

import static org.wholeplace.db.generated.Tables.INDICATOR;
import static org.wholeplace.db.generated.Tables.INDICATOR_THEME;

import java.time.OffsetDateTime;
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
import org.wholeplace.outcome.Polarity;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads the indicator catalogue ({@code outcomes/indicators.csv}): what each outcome indicator is, how its source
 * names it, and which themes it belongs to. An indicator already in the catalogue is updated in place (its
 * observations keep pointing at it); one left out of a later file stays, since observations may refer to it.
 */
@Component
public class IndicatorCatalogueImporter {

    static final String KIND = "indicators";
    static final String SOURCE_KEY = "indicators";
    static final Provenance REPOSITORY = new Provenance("Whole Place indicator catalogue",
            "Whole Place administrators (outcomes/indicators.csv)", "as the repository", null, false);
    static final List<String> COLUMNS = List.of("id", "name", "source_name", "source_measure", "value_type", "unit",
            "multiplier", "polarity", "themes", "source", "publisher", "licence", "url");
    private static final Set<String> VALUE_TYPES = Set.of("proportion", "rate", "count", "mean",
            "age-standardised-rate");
    private static final Set<String> POLARITIES = Arrays.stream(Polarity.values()).map(Polarity::code)
            .collect(Collectors.toSet());
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern MULTIPLIER = Pattern.compile("[1-9]\\d{0,8}");

    private final ImportBatchRepository batches;
    private final ReferenceDataCache reference;
    private final ImportPipeline pipeline;

    public IndicatorCatalogueImporter(ImportBatchRepository batches, ReferenceDataCache reference,
                                      ImportPipeline pipeline) {
        this.batches = batches;
        this.reference = reference;
        this.pipeline = pipeline;
    }

    record Entry(String id, String name, String sourceName, String sourceMeasure, String valueType, String unit,
                 Integer multiplier, String polarity, List<String> themes, String source, String publisher,
                 String licence, String url) {
    }

    public Mono<ImportOutcome> importFile(SourceFile file, Provenance provenance, String loadedBy) {
        Provenance stated = provenance == null ? REPOSITORY : provenance;
        OffsetDateTime started = OffsetDateTime.now();
        return pipeline.importOnce(file.sha256(), scope -> Mono.fromCallable(() -> parse(file, reference.get()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(entries -> {
                    NewBatch batch = new NewBatch(KIND, stated, null, file.name(), file.sha256(), entries.size(),
                            entries.size(), null, started, loadedBy, SOURCE_KEY);
                    return batches.insert(scope, batch).flatMap(batchId -> {
                        var upsert = scope.dsl().insertInto(INDICATOR, INDICATOR.ID, INDICATOR.NAME,
                                INDICATOR.SOURCE_NAME, INDICATOR.SOURCE_MEASURE, INDICATOR.VALUE_TYPE, INDICATOR.UNIT,
                                INDICATOR.MULTIPLIER, INDICATOR.POLARITY, INDICATOR.SOURCE, INDICATOR.PUBLISHER,
                                INDICATOR.LICENCE, INDICATOR.URL, INDICATOR.BATCH_ID);
                        var themes = scope.dsl().insertInto(INDICATOR_THEME, INDICATOR_THEME.INDICATOR_ID,
                                INDICATOR_THEME.THEME_CODE);
                        for (Entry e : entries) {
                            upsert = upsert.values(e.id(), e.name(), e.sourceName(), e.sourceMeasure(), e.valueType(),
                                    e.unit(), e.multiplier(), e.polarity(), e.source(), e.publisher(), e.licence(),
                                    e.url(), batchId);
                            for (String theme : e.themes()) {
                                themes = themes.values(e.id(), theme);
                            }
                        }
                        var upserted = upsert.onConflict(INDICATOR.ID).doUpdate()
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
                                .set(INDICATOR.URL, DSL.excluded(INDICATOR.URL))
                                .set(INDICATOR.BATCH_ID, DSL.excluded(INDICATOR.BATCH_ID));
                        List<String> ids = entries.stream().map(Entry::id).toList();
                        boolean anyTheme = entries.stream().anyMatch(e -> !e.themes().isEmpty());
                        return Mono.from(upserted)
                                .then(Mono.from(scope.dsl().deleteFrom(INDICATOR_THEME)
                                        .where(INDICATOR_THEME.INDICATOR_ID.in(ids))))
                                .then(anyTheme ? Mono.from(themes) : Mono.empty())
                                .then(batches.finish(scope, batchId, entries.size(), entries.size()));
                    });
                }));
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
            String valueType = row.get("value_type").strip();
            if (!VALUE_TYPES.contains(valueType)) {
                problems.add(line, "value_type", "'" + valueType + "' is not one of " + new TreeSet<>(VALUE_TYPES));
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
                if (!known.themes().containsKey(theme)) {
                    problems.add(line, "themes", "unknown theme code '" + theme + "'");
                }
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
