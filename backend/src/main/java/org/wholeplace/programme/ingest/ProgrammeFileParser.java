package org.wholeplace.programme.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.wholeplace.ingest.ProblemCollector;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.ingest.YamlFields;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.provenance.Provenance;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a programme file (programmes/README.md): YAML with a list {@code programmes}. Every problem is reported with
 * the line it is on and the path of its field ({@code programmes[0].outcomes[1].success}); an unknown key is one. A
 * cost or cohort dated outside the programme's years is one: it would fall outside the appraisal's years, or start
 * people on a programme that has ended.
 */
final class ProgrammeFileParser {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern PRICE_YEAR = Pattern.compile("(\\d{4})[/-](\\d{2})");
    private static final Set<String> TOP_KEYS = Set.of("programmes", "source", "publisher", "licence", "url",
            "synthetic");
    private static final Set<String> PROGRAMME_KEYS = Set.of("id", "name", "theme", "places", "start", "end",
            "description", "costPriceYear", "costs", "cohorts", "outcomes", "indicators");
    private static final Set<String> COST_KEYS = Set.of("agency", "year", "capital", "revenue", "inKind",
            "confidence");
    private static final Set<String> OUTCOME_KEYS = Set.of("unitCost", "engagement", "success", "deadweight",
            "lagYears", "durationYears", "dropOff", "confidence", "cashable");
    private static final Set<String> INDICATOR_KEYS = Set.of("indicator", "comparators", "comparatorGroup",
            "costShare");

    /**
     * What a programme file is checked against.
     *
     * @param savingAgencies the agencies making each current unit cost's fiscal saving, by cost code
     * @param grades         the confidence grades of the current optimism bias table
     * @param priceYears     the years of the current GDP deflator (2015/16)
     * @param indicators     the ids of the indicator catalogue
     */
    record Known(ReferenceData reference, Map<String, Set<String>> savingAgencies, Set<Integer> grades,
                 Set<String> priceYears, Set<String> indicators) {
    }

    private final YamlFields yaml;
    private final ProblemCollector problems;
    private final Known known;

    private ProgrammeFileParser(ProblemCollector problems, Known known) {
        this.yaml = new YamlFields(problems);
        this.problems = problems;
        this.known = known;
    }

    /** A file's programmes and the provenance it states. */
    record ProgrammeFile(Provenance provenance, List<ProgrammeDefinition> programmes) {
    }

    static ProgrammeFile parse(SourceFile file, Known known) {
        var problems = new ProblemCollector(file.name());
        Node root = YamlFields.compose(file, problems);
        var parser = new ProgrammeFileParser(problems, known);
        List<ProgrammeDefinition> programmes = new ArrayList<>();
        Map<String, Node> top = root instanceof MappingNode m ? parser.yaml.entries(m, "", TOP_KEYS) : Map.of();
        Node list = top.get("programmes");
        Provenance provenance = root instanceof MappingNode m ? parser.provenance(top, m) : null;
        if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(root == null ? 1 : YamlFields.line(root), "programmes", "the file must hold a non-empty list "
                    + "'programmes'");
            throw problems.rejection();
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            ProgrammeDefinition p = parser.programme(sequence.getValue().get(i), "programmes[" + i + "]");
            if (p != null && !ids.add(p.id())) {
                problems.add(p.line(), "programmes[" + i + "].id", "programme '" + p.id() + "' appears twice");
            } else if (p != null) {
                programmes.add(p);
            }
        }
        problems.throwIfAny();
        return new ProgrammeFile(provenance, List.copyOf(programmes));
    }

    /** Who stands behind the figures: the file says, and an administrator's statement at import overrides it. */
    private Provenance provenance(Map<String, Node> top, MappingNode root) {
        String source = yaml.text(top, "source", "", root, true);
        String publisher = yaml.text(top, "publisher", "", root, true);
        String licence = yaml.text(top, "licence", "", root, true);
        String url = yaml.text(top, "url", "", root, false);
        Boolean synthetic = top.containsKey("synthetic") ? yaml.flag(top.get("synthetic"), "synthetic") : null;
        return source == null || publisher == null || licence == null ? null
                : new Provenance(source, publisher, licence, url, Boolean.TRUE.equals(synthetic));
    }

    private ProgrammeDefinition programme(Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(YamlFields.line(node), path, "a programme must be a mapping of its fields");
            return null;
        }
        int before = problems.total();
        Map<String, Node> f = yaml.entries(mapping, path, PROGRAMME_KEYS);
        String id = yaml.text(f, "id", path, mapping, true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(YamlFields.line(f.get("id")), path + ".id", "'" + id + "' is not an id (lower case, digits, "
                    + "hyphens)");
        }
        String name = yaml.text(f, "name", path, mapping, true);
        String theme = yaml.text(f, "theme", path, mapping, true);
        if (theme != null) {
            CodeCheck.theme(known.reference(), theme)
                    .ifPresent(p -> problems.add(YamlFields.line(f.get("theme")), path + ".theme", p));
        }
        List<String> places = places(yaml.list(f, "places", path, mapping), path + ".places");
        Integer start = year(f, "start", path, mapping);
        Integer end = year(f, "end", path, mapping);
        if (start != null && end != null && end < start) {
            problems.add(YamlFields.line(f.get("end")), path + ".end", "ends before it starts");
        }
        String costPriceYear = f.containsKey("costPriceYear") ? priceYear(f.get("costPriceYear"),
                path + ".costPriceYear") : null;
        List<ProgrammeDefinition.Cost> costs = new ArrayList<>();
        List<Node> costNodes = yaml.list(f, "costs", path, mapping);
        for (int i = 0; i < costNodes.size(); i++) {
            cost(costNodes.get(i), path + ".costs[" + i + "]").ifPresent(costs::add);
        }
        List<ProgrammeDefinition.Cohort> cohorts = cohorts(f.get("cohorts"), path + ".cohorts", mapping);
        List<ProgrammeDefinition.Outcome> outcomes = new ArrayList<>();
        List<Node> outcomeNodes = yaml.list(f, "outcomes", path, mapping);
        for (int i = 0; i < outcomeNodes.size(); i++) {
            outcome(outcomeNodes.get(i), path + ".outcomes[" + i + "]").ifPresent(outcomes::add);
        }
        List<ProgrammeDefinition.IndicatorLink> indicators = new ArrayList<>();
        List<Node> indicatorNodes = yaml.optionalList(f, "indicators", path);
        for (int i = 0; i < indicatorNodes.size(); i++) {
            indicator(indicatorNodes.get(i), path + ".indicators[" + i + "]", indicators).ifPresent(indicators::add);
        }
        costShares(indicators, f.get("indicators"), path + ".indicators");
        if (problems.total() > before) {
            return null;
        }
        withinYears(costs, costNodes, cohorts, f.get("cohorts"), start, end, path);
        if (problems.total() > before) {
            return null;
        }
        return new ProgrammeDefinition(id, name, theme, places, start, end,
                f.containsKey("description") ? yaml.scalar(f.get("description"), path + ".description") : null,
                costPriceYear, YamlFields.line(mapping), List.copyOf(costs), cohorts, List.copyOf(outcomes),
                List.copyOf(indicators));
    }

    /**
     * Costs and cohorts dated within the programme's years: one before its start would get a negative year of the
     * appraisal (left out of its present values), a cohort after its end would start people on a programme that has
     * ended, and a cost after it would fall outside the years the programme says it runs.
     */
    private void withinYears(List<ProgrammeDefinition.Cost> costs, List<Node> costNodes,
                             List<ProgrammeDefinition.Cohort> cohorts, Node cohortNode, int start, int end,
                             String path) {
        String years = "the programme runs " + new FinancialYear(start).label() + " to " + new FinancialYear(end)
                .label();
        for (int i = 0; i < costs.size(); i++) {
            int year = costs.get(i).year();
            if (year < start || year > end) {
                Node node = costNodes.get(i) instanceof MappingNode m
                        ? yaml.entries(m, path, COST_KEYS).getOrDefault("year", m) : costNodes.get(i);
                problems.add(YamlFields.line(node), path + ".costs[" + i + "].year", "a cost in "
                        + new FinancialYear(year).label() + " is outside the programme's years: " + years);
            }
        }
        // read without a problem, the cohorts are the mapping's entries in turn
        List<NodeTuple> entries = cohortNode instanceof MappingNode m ? m.getValue() : List.of();
        for (int i = 0; i < cohorts.size(); i++) {
            int year = cohorts.get(i).year();
            if (year < start || year > end) {
                Node key = entries.get(i).getKeyNode();
                String label = yaml.scalar(key, path + ".cohorts");
                problems.add(YamlFields.line(key), path + ".cohorts." + label, "a cohort starting in " + label
                        + " is outside the programme's years: " + years);
            }
        }
    }

    /**
     * The parts of the programme's cost its indicators bear, where stated: together at most 1. What they leave is
     * shared equally among the indicators stating none or, when every indicator states one, attributed to none of
     * them (a programme may charge its tracked indicators only part of its cost).
     */
    private void costShares(List<ProgrammeDefinition.IndicatorLink> links, Node node, String path) {
        List<BigDecimal> stated = links.stream().map(ProgrammeDefinition.IndicatorLink::costShare)
                .filter(s -> s != null).toList();
        if (stated.isEmpty()) {
            return;
        }
        BigDecimal sum = stated.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) > 0) {
            problems.add(YamlFields.line(node), path, "the indicators' costShare add up to " + sum.toPlainString()
                    + "; they must add up to at most 1, the programme's whole cost");
        }
    }

    private List<String> places(List<Node> nodes, String path) {
        List<String> places = new ArrayList<>();
        for (Node place : nodes) {
            String code = yaml.scalar(place, path);
            if (code != null && known.reference().place(code).isEmpty()) {
                problems.add(YamlFields.line(place), path, CodeCheck.unknown("place", code));
            } else if (code != null && places.contains(code)) {
                problems.add(YamlFields.line(place), path, "place " + code + " is listed twice");
            } else if (code != null) {
                places.add(code);
            }
        }
        return List.copyOf(places);
    }

    private List<ProgrammeDefinition.Cohort> cohorts(Node node, String path, MappingNode parent) {
        if (!(node instanceof MappingNode cohortMap)) {
            problems.add(node == null ? YamlFields.line(parent) : YamlFields.line(node), path,
                    "cohorts must map each financial year to the people starting (2023-24: 300)");
            return List.of();
        }
        List<ProgrammeDefinition.Cohort> cohorts = new ArrayList<>();
        for (NodeTuple t : cohortMap.getValue()) {
            Integer year = yearOf(t.getKeyNode(), path);
            Integer people = yaml.wholeOf(t.getValueNode(), path + "." + yaml.scalar(t.getKeyNode(), path), 0);
            if (year != null && people != null) {
                cohorts.add(new ProgrammeDefinition.Cohort(year, people));
            }
        }
        return List.copyOf(cohorts);
    }

    private Optional<ProgrammeDefinition.Cost> cost(Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(YamlFields.line(node), path, "a cost must be a mapping: agency, year, capital, revenue, "
                    + "inKind, confidence");
            return Optional.empty();
        }
        int before = problems.total();
        Map<String, Node> f = yaml.entries(mapping, path, COST_KEYS);
        String agency = yaml.text(f, "agency", path, mapping, true);
        Integer year = year(f, "year", path, mapping);
        BigDecimal capital = money(f, "capital", path);
        BigDecimal revenue = money(f, "revenue", path);
        BigDecimal inKind = money(f, "inKind", path);
        Integer grade = f.containsKey("confidence") ? grade(f.get("confidence"), path + ".confidence") : null;
        return problems.total() > before ? Optional.empty()
                : Optional.of(new ProgrammeDefinition.Cost(agency, year, capital, revenue, inKind, grade));
    }

    private Optional<ProgrammeDefinition.Outcome> outcome(Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(YamlFields.line(node), path, "an outcome must be a mapping of its fields");
            return Optional.empty();
        }
        int before = problems.total();
        Map<String, Node> f = yaml.entries(mapping, path, OUTCOME_KEYS);
        String code = yaml.text(f, "unitCost", path, mapping, true);
        if (code != null && !known.savingAgencies().containsKey(code)) {
            problems.add(YamlFields.line(f.get("unitCost")), path + ".unitCost", "'" + code + "' is not a cost code "
                    + "of the Unit Cost Database loaded");
        }
        BigDecimal engagement = yaml.share(f, "engagement", path, mapping);
        BigDecimal success = yaml.share(f, "success", path, mapping);
        BigDecimal deadweight = yaml.share(f, "deadweight", path, mapping);
        BigDecimal dropOff = yaml.share(f, "dropOff", path, mapping);
        Integer lag = yaml.whole(f, "lagYears", path, mapping, 0);
        Integer duration = yaml.whole(f, "durationYears", path, mapping, 1);
        Node confidence = f.get("confidence");
        Integer grade = confidence == null ? null : grade(confidence, path + ".confidence");
        if (confidence == null) {
            problems.add(YamlFields.line(mapping), path + ".confidence", "no confidence (the grade of the evidence, "
                    + "whose optimism bias is taken off the benefit)");
        }
        Node cashableNode = f.get("cashable");
        boolean cashable = false;
        Map<String, Boolean> byAgency = Map.of();
        if (cashableNode == null) {
            problems.add(YamlFields.line(mapping), path + ".cashable", "no cashable (true, false, or each agency's: "
                    + "{Police: true, NHS: false})");
        } else if (cashableNode instanceof MappingNode agencies) {
            byAgency = cashableByAgency(agencies, code, path + ".cashable");
        } else {
            cashable = Boolean.TRUE.equals(yaml.flag(cashableNode, path + ".cashable"));
        }
        return problems.total() > before ? Optional.empty()
                : Optional.of(new ProgrammeDefinition.Outcome(code, engagement, success, deadweight, lag, duration,
                        dropOff, grade, cashable, byAgency));
    }

    /** Each agency named must make part of the unit cost's saving; it is kept as the Unit Cost Database names it. */
    private Map<String, Boolean> cashableByAgency(MappingNode agencies, String unitCost, String path) {
        Set<String> saving = known.savingAgencies().getOrDefault(unitCost, Set.of());
        Map<String, Boolean> byAgency = new LinkedHashMap<>();
        for (NodeTuple t : agencies.getValue()) {
            String named = yaml.scalar(t.getKeyNode(), path);
            Boolean flag = yaml.flag(t.getValueNode(), path + "." + named);
            Optional<String> agency = saving.stream().filter(a -> a.equalsIgnoreCase(named)).findFirst();
            if (named != null && agency.isEmpty() && !saving.isEmpty()) {
                problems.add(YamlFields.line(t.getKeyNode()), path + "." + named, "'" + named + "' makes no part of "
                        + unitCost + "'s saving; its agencies: " + String.join(", ", new TreeSet<>(saving)));
            } else if (agency.isPresent() && flag != null && byAgency.put(agency.get(), flag) != null) {
                problems.add(YamlFields.line(t.getKeyNode()), path + "." + named, "'" + named + "' is given twice");
            }
        }
        return Map.copyOf(byAgency);
    }

    /**
     * An indicator the programme is tracked against: its id alone ({@code "90803"}), or {@code {indicator: 90803,
     * comparators: [E08000001, ...]}} or {@code {indicator: 90803, comparatorGroup: cipfa-manchester}}, either with
     * {@code costShare: 0.5}, the part of the programme's cost it bears.
     */
    private Optional<ProgrammeDefinition.IndicatorLink> indicator(Node node, String path,
                                                                   List<ProgrammeDefinition.IndicatorLink> before) {
        String id;
        List<String> comparators = List.of();
        String group = null;
        BigDecimal costShare = null;
        Node idNode = node;
        if (node instanceof MappingNode mapping) {
            Map<String, Node> f = yaml.entries(mapping, path, INDICATOR_KEYS);
            id = yaml.text(f, "indicator", path, mapping, true);
            idNode = f.getOrDefault("indicator", node);
            comparators = places(yaml.optionalList(f, "comparators", path), path + ".comparators");
            group = f.containsKey("comparatorGroup") ? comparatorGroup(f.get("comparatorGroup"),
                    path + ".comparatorGroup") : null;
            if (group != null && f.containsKey("comparators")) {
                problems.add(YamlFields.line(f.get("comparatorGroup")), path + ".comparatorGroup", "give comparators "
                        + "or comparatorGroup, not both");
            }
            if (f.containsKey("costShare")) {
                costShare = yaml.share(f, "costShare", path, mapping);
            }
        } else {
            id = yaml.scalar(node, path);
        }
        if (id == null) {
            return Optional.empty();
        }
        if (!known.indicators().contains(id)) {
            problems.add(YamlFields.line(idNode), path, "'" + id + "' is not an indicator of the catalogue");
            return Optional.empty();
        }
        if (before.stream().anyMatch(link -> link.indicatorId().equals(id))) {
            problems.add(YamlFields.line(idNode), path, "indicator '" + id + "' is listed twice");
            return Optional.empty();
        }
        return Optional.of(new ProgrammeDefinition.IndicatorLink(id, comparators, group, costShare));
    }

    /** A comparator group the reference data knows: loaded as data, a tier or a region. */
    private String comparatorGroup(Node node, String path) {
        String code = yaml.scalar(node, path);
        if (code != null && known.reference().comparatorGroup(code).isEmpty()) {
            problems.add(YamlFields.line(node), path, CodeCheck.unknown("comparator group", code));
            return null;
        }
        return code;
    }

    /** A price year of the deflator, written 2015/16 or 2015-16; kept as the deflator labels it (2015/16). */
    private String priceYear(Node node, String path) {
        String text = yaml.scalar(node, path);
        if (text == null) {
            return null;
        }
        var m = PRICE_YEAR.matcher(text);
        String year = m.matches() ? m.group(1) + "/" + m.group(2) : text;
        if (!known.priceYears().contains(year)) {
            problems.add(YamlFields.line(node), path, "'" + text + "' is not a year of the GDP deflator loaded"
                    + (known.priceYears().isEmpty() ? "" : " (" + new TreeSet<>(known.priceYears()).first() + " to "
                    + new TreeSet<>(known.priceYears()).last() + ")"));
            return null;
        }
        return year;
    }

    private Integer grade(Node node, String path) {
        Integer grade = yaml.wholeOf(node, path, 1);
        if (grade != null && !known.grades().contains(grade)) {
            problems.add(YamlFields.line(node), path, known.grades().isEmpty()
                    ? "no optimism bias table is loaded (kind appraisal-parameters) to grade against"
                    : "a confidence grade is one of " + new TreeSet<>(known.grades()) + ", not " + grade);
            return null;
        }
        return grade;
    }

    private Integer year(Map<String, Node> f, String key, String path, MappingNode parent) {
        Node node = f.get(key);
        if (node == null) {
            problems.add(YamlFields.line(parent), path + "." + key, "no " + key + " (a financial year, 2023-24)");
            return null;
        }
        return yearOf(node, path + "." + key);
    }

    private Integer yearOf(Node node, String path) {
        String label = yaml.scalar(node, path);
        if (label == null) {
            return null;
        }
        try {
            return FinancialYear.parse(label).startYear();
        } catch (IllegalArgumentException e) {
            problems.add(YamlFields.line(node), path, e.getMessage());
            return null;
        }
    }

    private BigDecimal money(Map<String, Node> f, String key, String path) {
        Node node = f.get(key);
        if (node == null) {
            return BigDecimal.ZERO;   // a cost states only the kinds it has
        }
        BigDecimal amount = yaml.number(node, path + "." + key);
        if (amount != null && amount.signum() < 0) {
            problems.add(YamlFields.line(node), path + "." + key, "a cost cannot be negative");
        }
        return amount;
    }
}
