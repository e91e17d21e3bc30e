package org.wholeplace.classification.ingest;

import static org.wholeplace.db.generated.Tables.SERVICE_CLASSIFICATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
import org.wholeplace.spend.InterventionLevel;
import reactor.core.publisher.Mono;

/**
 * Loads the service classification ({@code classification/service-themes.csv}): columns {@code service, theme,
 * intervention_level, share}. Each load is a new version that replaces the last (source key
 * {@value #SOURCE_KEY}); the earlier versions stay as history. Themed spend figures follow at once: the
 * classification is applied when spend is read.
 */
@Component
public class ClassificationImporter implements FileImporter<List<ClassificationImporter.Allocation>> {

    static final String SOURCE_KEY = "classification";
    static final Provenance REPOSITORY = new Provenance("Whole Place service classification",
            "Whole Place administrators (classification/service-themes.csv)", "as the repository", null, false);
    private static final Pattern SHARE = Pattern.compile("(0(\\.\\d{1,8})?|1(\\.0{1,8})?)");

    private final ReferenceDataCache reference;

    public ClassificationImporter(ReferenceDataCache reference) {
        this.reference = reference;
    }

    record Allocation(String service, String theme, String level, BigDecimal share, long line) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CLASSIFICATION;
    }

    @Override
    public Mono<List<Allocation>> parse(ImportSource source) {
        return Mono.fromCallable(() -> parse(source.read(), reference.get()));
    }

    @Override
    public Provenance provenance(ImportSource source, List<Allocation> rows) {
        return source.statedOr(REPOSITORY);
    }

    /** An empty classification is allowed: it leaves all spend unclassified. */
    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, List<Allocation> rows, ImportSource source) {
        return BatchInsert.insert(scope.dsl(), SERVICE_CLASSIFICATION, List.of(SERVICE_CLASSIFICATION.BATCH_ID,
                                SERVICE_CLASSIFICATION.SERVICE_CODE, SERVICE_CLASSIFICATION.THEME_CODE,
                                SERVICE_CLASSIFICATION.INTERVENTION_LEVEL, SERVICE_CLASSIFICATION.SHARE,
                                SERVICE_CLASSIFICATION.SOURCE_LINE), rows,
                        a -> Arrays.asList(batchId, a.service(), a.theme(), a.level(), a.share(), (int) a.line()))
                .thenReturn(BatchContents.of(rows.size()).withSourceKey(SOURCE_KEY));
    }

    static List<Allocation> parse(SourceFile file, ReferenceData known) {
        var problems = new ProblemCollector(file.name());
        List<Allocation> rows = new ArrayList<>();
        Map<String, BigDecimal> sharePerService = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        CsvRows.read(file, List.of("service", "theme", "share"), problems, (row, line) -> {
            int before = problems.total();
            String serviceCode = row.get("service").strip();
            CodeCheck.service(known, serviceCode).ifPresent(problem -> problems.add(line, "service", problem));
            String theme = row.get("theme").strip();
            CodeCheck.theme(known, theme).ifPresent(problem -> problems.add(line, "theme", problem));
            String level = row.isMapped("intervention_level") ? row.get("intervention_level").strip() : "";
            if (!level.isEmpty() && InterventionLevel.of(level).isEmpty()) {
                problems.add(line, "intervention_level", InterventionLevel.notALevel(level));
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
