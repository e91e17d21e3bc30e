package org.wholeplace.ingest;

import static org.wholeplace.db.generated.Tables.SERVICE_CLASSIFICATION;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.place.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads the service classification ({@code classification/service-themes.csv}): columns {@code service, theme,
 * intervention_level, share}. Each load is a new version that replaces the last (source key
 * {@value #SOURCE_KEY}); the earlier versions stay as history. Themed spend figures follow at once: the
 * classification is applied when spend is read.
 */
@Component
public class ClassificationImporter {

    static final String KIND = "classification";
    static final String SOURCE_KEY = "classification";
    static final Provenance REPOSITORY = new Provenance("Whole Place service classification",
            "Whole Place administrators (classification/service-themes.csv)", "as the repository", null, false);
    private static final Set<String> LEVELS = Set.of("universal", "targeted", "specialist", "reactive");
    private static final Pattern SHARE = Pattern.compile("(0(\\.\\d{1,8})?|1(\\.0{1,8})?)");

    private final ImportBatchRepository batches;
    private final ReferenceDataCache reference;
    private final ImportPipeline pipeline;

    public ClassificationImporter(ImportBatchRepository batches, ReferenceDataCache reference,
                                  ImportPipeline pipeline) {
        this.batches = batches;
        this.reference = reference;
        this.pipeline = pipeline;
    }

    record Allocation(String service, String theme, String level, BigDecimal share, long line) {
    }

    public Mono<ImportOutcome> importFile(SourceFile file, Provenance provenance, String loadedBy) {
        Provenance stated = provenance == null ? REPOSITORY : provenance;
        OffsetDateTime started = OffsetDateTime.now();
        return pipeline.importOnce(file.sha256(), scope -> Mono.fromCallable(() -> parse(file, reference.get()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(rows -> {
                    NewBatch batch = new NewBatch(KIND, stated, null, file.name(), file.sha256(), rows.size(),
                            rows.size(), null, started, loadedBy, SOURCE_KEY);
                    return batches.insert(scope, batch).flatMap(batchId -> {
                        if (rows.isEmpty()) {   // an empty classification leaves all spend unclassified
                            return batches.finish(scope, batchId, 0, 0);
                        }
                        var insert = scope.dsl().insertInto(SERVICE_CLASSIFICATION,
                                SERVICE_CLASSIFICATION.BATCH_ID, SERVICE_CLASSIFICATION.SERVICE_CODE,
                                SERVICE_CLASSIFICATION.THEME_CODE, SERVICE_CLASSIFICATION.INTERVENTION_LEVEL,
                                SERVICE_CLASSIFICATION.SHARE, SERVICE_CLASSIFICATION.SOURCE_LINE);
                        for (Allocation a : rows) {
                            insert = insert.values(batchId, a.service(), a.theme(), a.level(), a.share(),
                                    (int) a.line());
                        }
                        return Mono.from(insert).then(batches.finish(scope, batchId, rows.size(), rows.size()));
                    });
                }));
    }

    static List<Allocation> parse(SourceFile file, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        List<Allocation> rows = new ArrayList<>();
        Map<String, BigDecimal> sharePerService = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        CsvRows.read(file, List.of("service", "theme", "share"), problems, (row, line) -> {
            int before = problems.total();
            String serviceCode = row.get("service").strip();
            Service service = known.services().get(serviceCode);
            if (service == null || service.total()) {
                problems.add(line, "service", service == null ? "unknown service code '" + serviceCode + "'"
                        : "'" + serviceCode + "' is a reported total, not a service");
            }
            String theme = row.get("theme").strip();
            if (!known.themes().containsKey(theme)) {
                problems.add(line, "theme", "unknown theme code '" + theme + "'");
            }
            String level = row.isMapped("intervention_level") ? row.get("intervention_level").strip() : "";
            if (!level.isEmpty() && !LEVELS.contains(level)) {
                problems.add(line, "intervention_level", "'" + level + "' is not one of " + new TreeSet<>(LEVELS));
            }
            String share = row.get("share").strip();
            if (!SHARE.matcher(share).matches() || new BigDecimal(share).signum() == 0) {
                problems.add(line, "share", "'" + share + "' is not a share above 0 and at most 1");
            }
            if (problems.total() > before) {
                return;
            }
            Long earlier = firstLine.putIfAbsent(serviceCode + "/" + theme + "/" + level, line);
            if (earlier != null) {
                problems.add(line, "theme", "'" + serviceCode + "' is classified under '" + theme
                        + "' already (line " + earlier + ")");
                return;
            }
            BigDecimal total = sharePerService.merge(serviceCode, new BigDecimal(share), BigDecimal::add);
            if (total.compareTo(BigDecimal.ONE) > 0) {
                problems.add(line, "share", "the shares of '" + serviceCode + "' add up to " + total.toPlainString()
                        + ", more than 1");
            }
            rows.add(new Allocation(serviceCode, theme, level.isEmpty() ? null : level, new BigDecimal(share),
                    line));
        });
        problems.throwIfAny();
        return rows;
    }
}
