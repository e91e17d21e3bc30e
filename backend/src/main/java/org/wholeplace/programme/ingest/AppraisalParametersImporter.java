package org.wholeplace.programme.ingest;

import static org.wholeplace.db.generated.Tables.DISCOUNT_RATE_BAND;
import static org.wholeplace.db.generated.Tables.OPTIMISM_BIAS_GRADE;
import static org.wholeplace.db.generated.Tables.REINVESTMENT_DEAL;
import static org.wholeplace.db.generated.Tables.REINVESTMENT_DEAL_TIER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.ingest.YamlFields;
import org.wholeplace.programme.AppraisalParameters.OptimismBiasGrade;
import org.wholeplace.programme.DiscountSchedule;
import org.wholeplace.programme.ReinvestmentDeal;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import reactor.core.publisher.Mono;

/**
 * Loads the appraisal parameters ({@code programmes/appraisal-parameters.yaml}): the optimism bias correction of each
 * confidence grade, the discount rate from each year of an appraisal on, and the reinvestment deal's terms. A file
 * gives all three, with its provenance; each load is a version that replaces the last (source key
 * {@value #SOURCE_KEY}).
 */
@Component
public class AppraisalParametersImporter implements FileImporter<AppraisalParametersImporter.Parameters> {

    static final String SOURCE_KEY = "appraisal-parameters";
    private static final Set<String> TOP_KEYS = Set.of("source", "publisher", "licence", "url", "optimismBias",
            "discountRates", "reinvestmentDeal");

    /** The file's tables, as the appraisals read them, and who stands behind them. */
    record Parameters(Provenance provenance, List<OptimismBiasGrade> grades, List<DiscountSchedule.Band> bands,
                      ReinvestmentDeal deal) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.APPRAISAL_PARAMETERS;
    }

    @Override
    public Mono<Parameters> parse(ImportSource source) {
        return Mono.fromCallable(() -> parse(source.read()));
    }

    @Override
    public Provenance provenance(ImportSource source, Parameters parameters) {
        return source.statedOr(parameters.provenance());
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, Parameters parameters,
                                     ImportSource source) {
        int rows = parameters.grades().size() + parameters.bands().size();
        return BatchInsert.insert(scope.dsl(), OPTIMISM_BIAS_GRADE, List.of(OPTIMISM_BIAS_GRADE.BATCH_ID,
                        OPTIMISM_BIAS_GRADE.GRADE, OPTIMISM_BIAS_GRADE.CORRECTION, OPTIMISM_BIAS_GRADE.DESCRIPTION),
                        parameters.grades(), g -> List.of(batchId, g.grade(), g.correction(), g.description()))
                .then(BatchInsert.insert(scope.dsl(), DISCOUNT_RATE_BAND, List.of(DISCOUNT_RATE_BAND.BATCH_ID,
                                DISCOUNT_RATE_BAND.FROM_YEAR, DISCOUNT_RATE_BAND.RATE), parameters.bands(),
                        b -> List.of(batchId, b.fromYear(), b.rate())))
                .then(BatchInsert.insert(scope.dsl(), REINVESTMENT_DEAL, List.of(REINVESTMENT_DEAL.BATCH_ID,
                        REINVESTMENT_DEAL.PAYS_FROM, REINVESTMENT_DEAL.SOURCE), List.of(parameters.deal()),
                        d -> List.of(batchId, d.paysFrom(), d.source())))
                .then(BatchInsert.insert(scope.dsl(), REINVESTMENT_DEAL_TIER, List.of(REINVESTMENT_DEAL_TIER.BATCH_ID,
                        REINVESTMENT_DEAL_TIER.FROM_FALL, REINVESTMENT_DEAL_TIER.TO_FALL, REINVESTMENT_DEAL_TIER.SHARE),
                        parameters.deal().tiers(), t -> List.of(batchId, t.from(), t.to(), t.share())))
                .thenReturn(new BatchContents(null, rows, rows, parameters.grades().size() + " confidence grades, "
                        + parameters.bands().size() + " discount rate bands, a reinvestment deal of "
                        + parameters.deal().tiers().size() + " tiers", SOURCE_KEY));
    }

    /**
     * Refused, with line and field: an unknown key, a missing table, a grade twice or grades not 1, 2, 3 ... in
     * turn, a correction or rate outside 0 to below 1, discount bands not starting at year 0 or out of order.
     */
    static Parameters parse(SourceFile file) {
        var problems = new ProblemCollector(file.name());
        var yaml = new YamlFields(problems);
        Node root = YamlFields.compose(file, problems);
        if (!(root instanceof MappingNode mapping)) {
            problems.add(1, null, "the file must be a mapping with source, publisher, licence, optimismBias, "
                    + "discountRates and reinvestmentDeal");
            throw problems.rejection();
        }
        Map<String, Node> top = yaml.entries(mapping, "", TOP_KEYS);
        String sourceName = yaml.text(top, "source", "", mapping, true);
        String publisher = yaml.text(top, "publisher", "", mapping, true);
        String licence = yaml.text(top, "licence", "", mapping, true);
        String url = yaml.text(top, "url", "", mapping, false);
        List<OptimismBiasGrade> grades = grades(yaml, top, mapping);
        List<DiscountSchedule.Band> bands = bands(yaml, top, mapping);
        ReinvestmentDeal deal = deal(yaml, top, mapping);
        problems.throwIfAny();
        return new Parameters(new Provenance(sourceName, publisher, licence, url, false), List.copyOf(grades),
                List.copyOf(bands), deal);
    }

    /**
     * {@code reinvestmentDeal: {source, paysFrom, tiers: [{from, to, share}, ...]}}; tiers in order of the fall, not
     * overlapping.
     */
    private static ReinvestmentDeal deal(YamlFields yaml, Map<String, Node> top, MappingNode root) {
        Node node = top.get("reinvestmentDeal");
        if (!(node instanceof MappingNode deal)) {
            yaml.problems().add(YamlFields.line(node == null ? root : node), "reinvestmentDeal", "no reinvestment "
                    + "deal: a mapping of source, paysFrom and tiers ({from, to, share})");
            return null;
        }
        int before = yaml.problems().total();
        Map<String, Node> f = yaml.entries(deal, "reinvestmentDeal", Set.of("source", "paysFrom", "tiers"));
        String source = yaml.text(f, "source", "reinvestmentDeal", deal, true);
        BigDecimal paysFrom = yaml.share(f, "paysFrom", "reinvestmentDeal", deal);
        List<ReinvestmentDeal.Tier> tiers = new ArrayList<>();
        List<Node> nodes = yaml.list(f, "tiers", "reinvestmentDeal", deal);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "reinvestmentDeal.tiers[" + i + "]";
            if (!(nodes.get(i) instanceof MappingNode row)) {
                yaml.problems().add(YamlFields.line(nodes.get(i)), path, "a tier must be a mapping: from, to, share");
                continue;
            }
            Map<String, Node> t = yaml.entries(row, path, Set.of("from", "to", "share"));
            BigDecimal from = yaml.share(t, "from", path, row);
            BigDecimal to = yaml.share(t, "to", path, row);
            BigDecimal share = yaml.share(t, "share", path, row);
            if (from != null && to != null && share != null) {
                tiers.add(new ReinvestmentDeal.Tier(from, to, share));
            }
        }
        if (yaml.problems().total() > before) {
            return null;
        }
        try {
            return new ReinvestmentDeal(paysFrom, tiers, source);
        } catch (IllegalArgumentException e) {
            yaml.problems().add(YamlFields.line(f.getOrDefault("tiers", deal)), "reinvestmentDeal.tiers",
                    e.getMessage());
            return null;
        }
    }

    private static List<OptimismBiasGrade> grades(YamlFields yaml, Map<String, Node> top, MappingNode root) {
        List<OptimismBiasGrade> grades = new ArrayList<>();
        List<Node> nodes = yaml.list(top, "optimismBias", "", root);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "optimismBias[" + i + "]";
            if (!(nodes.get(i) instanceof MappingNode row)) {
                yaml.problems().add(YamlFields.line(nodes.get(i)), path, "a grade must be a mapping: grade, "
                        + "correction, description");
                continue;
            }
            Map<String, Node> f = yaml.entries(row, path, Set.of("grade", "correction", "description"));
            Integer grade = yaml.whole(f, "grade", path, row, 1);
            BigDecimal correction = yaml.share(f, "correction", path, row);
            String description = yaml.text(f, "description", path, row, true);
            if (correction != null && correction.compareTo(BigDecimal.ONE) == 0) {
                yaml.problems().add(YamlFields.line(f.get("correction")), path + ".correction",
                        "a correction of 1 would leave nothing of a benefit");
            } else if (grade != null && grade != i + 1) {
                yaml.problems().add(YamlFields.line(f.get("grade")), path + ".grade", "grades run 1, 2, 3 ... in "
                        + "turn: " + (i + 1) + " is expected here, not " + grade);
            } else if (grade != null && correction != null && description != null) {
                grades.add(new OptimismBiasGrade(grade, correction, description));
            }
        }
        return grades;
    }

    private static List<DiscountSchedule.Band> bands(YamlFields yaml, Map<String, Node> top, MappingNode root) {
        List<DiscountSchedule.Band> bands = new ArrayList<>();
        List<Node> nodes = yaml.list(top, "discountRates", "", root);
        for (int i = 0; i < nodes.size(); i++) {
            String path = "discountRates[" + i + "]";
            if (!(nodes.get(i) instanceof MappingNode row)) {
                yaml.problems().add(YamlFields.line(nodes.get(i)), path, "a band must be a mapping: fromYear, rate");
                continue;
            }
            Map<String, Node> f = yaml.entries(row, path, Set.of("fromYear", "rate"));
            Integer from = yaml.whole(f, "fromYear", path, row, 0);
            BigDecimal rate = yaml.share(f, "rate", path, row);
            if (rate != null && rate.compareTo(BigDecimal.ONE) == 0) {
                yaml.problems().add(YamlFields.line(f.get("rate")), path + ".rate", "a rate must be below 1");
            } else if (from != null && bands.isEmpty() && from != 0) {
                yaml.problems().add(YamlFields.line(f.get("fromYear")), path + ".fromYear",
                        "the first band must start at year 0, not " + from);
            } else if (from != null && !bands.isEmpty() && from <= bands.getLast().fromYear()) {
                yaml.problems().add(YamlFields.line(f.get("fromYear")), path + ".fromYear",
                        "bands must be in order of their first year: " + from + " comes after "
                                + bands.getLast().fromYear());
            } else if (from != null && rate != null) {
                bands.add(new DiscountSchedule.Band(from, rate));
            }
        }
        return bands;
    }
}
