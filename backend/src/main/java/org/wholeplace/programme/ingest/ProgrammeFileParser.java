package org.wholeplace.programme.ingest;

import java.io.StringReader;
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
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.provenance.Provenance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a programme file (README, "Programmes"): YAML with a list {@code programmes}. Every problem is reported with
 * the line it is on and the path of its field ({@code programmes[0].outcomes[1].success}); an unknown key is one.
 */
final class ProgrammeFileParser {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> PROGRAMME_KEYS = Set.of("id", "name", "theme", "places", "start", "end",
            "description", "costs", "cohorts", "outcomes");
    private static final Set<String> COST_KEYS = Set.of("agency", "year", "capital", "revenue", "inKind");
    private static final Set<String> OUTCOME_KEYS = Set.of("unitCost", "engagement", "success", "deadweight",
            "lagYears", "durationYears", "dropOff", "confidence", "optimismBias", "cashable");

    private final ProblemCollector problems;
    private final ReferenceData known;
    private final Set<String> unitCosts;

    private ProgrammeFileParser(ProblemCollector problems, ReferenceData known, Set<String> unitCosts) {
        this.problems = problems;
        this.known = known;
        this.unitCosts = unitCosts;
    }

    /** A file's programmes and the provenance it states. */
    record ProgrammeFile(Provenance provenance, List<ProgrammeDefinition> programmes) {
    }

    /** @param unitCosts the codes of the current Unit Cost Database */
    static ProgrammeFile parse(SourceFile file, ReferenceData known, Set<String> unitCosts) {
        var problems = new ProblemCollector(file.name());
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(file.text()));
        } catch (YAMLException e) {
            problems.add(0, null, "is not YAML: " + e.getMessage().lines().findFirst().orElse(""));
            throw problems.rejection();
        }
        var parser = new ProgrammeFileParser(problems, known, unitCosts);
        List<ProgrammeDefinition> programmes = new ArrayList<>();
        Map<String, Node> top = root instanceof MappingNode m ? parser.entries(m, "", Set.of("programmes", "source",
                "publisher", "licence", "url", "synthetic")) : Map.of();
        Node list = top.get("programmes");
        Provenance provenance = root instanceof MappingNode m ? parser.provenance(top, m) : null;
        if (!(list instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(root == null ? 1 : line(root), "programmes", "the file must hold a non-empty list "
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
        String source = text(top, "source", "", root, true);
        String publisher = text(top, "publisher", "", root, true);
        String licence = text(top, "licence", "", root, true);
        String url = text(top, "url", "", root, false);
        String synthetic = text(top, "synthetic", "", root, false);
        if (synthetic != null && !synthetic.equals("true") && !synthetic.equals("false")) {
            problems.add(line(top.get("synthetic")), "synthetic", "'" + synthetic + "' is not true or false");
        }
        return new Provenance(source, publisher, licence, url, "true".equals(synthetic));
    }

    private ProgrammeDefinition programme(Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(line(node), path, "a programme must be a mapping of its fields");
            return null;
        }
        int before = problems.total();
        Map<String, Node> f = entries(mapping, path, PROGRAMME_KEYS);
        String id = text(f, "id", path, mapping, true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(line(f.get("id")), path + ".id", "'" + id + "' is not an id (lower case, digits, hyphens)");
        }
        String name = text(f, "name", path, mapping, true);
        String theme = text(f, "theme", path, mapping, true);
        if (theme != null) {
            CodeCheck.theme(known, theme).ifPresent(p -> problems.add(line(f.get("theme")), path + ".theme", p));
        }
        List<String> places = new ArrayList<>();
        for (Node place : list(f, "places", path, mapping)) {
            String code = scalar(place, path + ".places");
            if (code != null && known.place(code).isEmpty()) {
                problems.add(line(place), path + ".places", CodeCheck.unknown("place", code));
            } else if (code != null) {
                places.add(code);
            }
        }
        Integer start = year(f, "start", path, mapping);
        Integer end = year(f, "end", path, mapping);
        if (start != null && end != null && end < start) {
            problems.add(line(f.get("end")), path + ".end", "ends before it starts");
        }
        List<ProgrammeDefinition.Cost> costs = new ArrayList<>();
        List<Node> costNodes = list(f, "costs", path, mapping);
        for (int i = 0; i < costNodes.size(); i++) {
            cost(costNodes.get(i), path + ".costs[" + i + "]").ifPresent(costs::add);
        }
        List<ProgrammeDefinition.Cohort> cohorts = new ArrayList<>();
        Node cohortNode = f.get("cohorts");
        if (!(cohortNode instanceof MappingNode cohortMap)) {
            problems.add(cohortNode == null ? line(mapping) : line(cohortNode), path + ".cohorts",
                    "cohorts must map each financial year to the people starting (2023-24: 300)");
        } else {
            for (NodeTuple t : cohortMap.getValue()) {
                Integer year = yearOf(t.getKeyNode(), path + ".cohorts");
                BigDecimal people = number(t.getValueNode(), path + ".cohorts." + scalar(t.getKeyNode(), path));
                if (year != null && people != null) {
                    if (people.signum() < 0 || people.stripTrailingZeros().scale() > 0) {
                        problems.add(line(t.getValueNode()), path + ".cohorts", "'" + people.toPlainString()
                                + "' is not a number of people");
                    } else {
                        cohorts.add(new ProgrammeDefinition.Cohort(year, people.intValueExact()));
                    }
                }
            }
        }
        List<ProgrammeDefinition.Outcome> outcomes = new ArrayList<>();
        List<Node> outcomeNodes = list(f, "outcomes", path, mapping);
        for (int i = 0; i < outcomeNodes.size(); i++) {
            outcome(outcomeNodes.get(i), path + ".outcomes[" + i + "]").ifPresent(outcomes::add);
        }
        if (problems.total() > before) {
            return null;
        }
        return new ProgrammeDefinition(id, name, theme, List.copyOf(places), start, end,
                f.containsKey("description") ? scalar(f.get("description"), path + ".description") : null,
                line(mapping), List.copyOf(costs), List.copyOf(cohorts), List.copyOf(outcomes));
    }

    private Optional<ProgrammeDefinition.Cost> cost(Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(line(node), path, "a cost must be a mapping: agency, year, capital, revenue, inKind");
            return Optional.empty();
        }
        int before = problems.total();
        Map<String, Node> f = entries(mapping, path, COST_KEYS);
        String agency = text(f, "agency", path, mapping, true);
        Integer year = year(f, "year", path, mapping);
        BigDecimal capital = money(f, "capital", path);
        BigDecimal revenue = money(f, "revenue", path);
        BigDecimal inKind = money(f, "inKind", path);
        return problems.total() > before ? Optional.empty()
                : Optional.of(new ProgrammeDefinition.Cost(agency, year, capital, revenue, inKind));
    }

    private Optional<ProgrammeDefinition.Outcome> outcome(Node node, String path) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(line(node), path, "an outcome must be a mapping of its fields");
            return Optional.empty();
        }
        int before = problems.total();
        Map<String, Node> f = entries(mapping, path, OUTCOME_KEYS);
        String code = text(f, "unitCost", path, mapping, true);
        if (code != null && !unitCosts.contains(code)) {
            problems.add(line(f.get("unitCost")), path + ".unitCost", "'" + code + "' is not a cost code of the "
                    + "Unit Cost Database loaded");
        }
        BigDecimal engagement = share(f, "engagement", path, mapping);
        BigDecimal success = share(f, "success", path, mapping);
        BigDecimal deadweight = share(f, "deadweight", path, mapping);
        BigDecimal dropOff = share(f, "dropOff", path, mapping);
        BigDecimal optimismBias = share(f, "optimismBias", path, mapping);
        Integer lag = whole(f, "lagYears", path, mapping, 0);
        Integer duration = whole(f, "durationYears", path, mapping, 1);
        Integer confidence = whole(f, "confidence", path, mapping, 1);
        if (confidence != null && confidence > 6) {
            problems.add(line(f.get("confidence")), path + ".confidence", "a confidence grade is 1 to 6");
        }
        String cashable = text(f, "cashable", path, mapping, true);
        if (cashable != null && !cashable.equals("true") && !cashable.equals("false")) {
            problems.add(line(f.get("cashable")), path + ".cashable", "'" + cashable + "' is not true or false");
        }
        return problems.total() > before ? Optional.empty()
                : Optional.of(new ProgrammeDefinition.Outcome(code, engagement, success, deadweight, lag,
                        duration, dropOff, confidence, optimismBias, Boolean.parseBoolean(cashable)));
    }

    /** The mapping's entries by key; an unknown or repeated key is a problem. */
    private Map<String, Node> entries(MappingNode mapping, String path, Set<String> allowed) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = scalar(t.getKeyNode(), path);
            if (key == null) {
                continue;
            }
            if (!allowed.contains(key)) {
                problems.add(line(t.getKeyNode()), path.isEmpty() ? key : path + "." + key, "unknown key '" + key
                        + "'; known: " + String.join(", ", new TreeSet<>(allowed)));
            } else if (entries.put(key, t.getValueNode()) != null) {
                problems.add(line(t.getKeyNode()), path + "." + key, "'" + key + "' is given twice");
            }
        }
        return entries;
    }

    private String text(Map<String, Node> f, String key, String path, MappingNode parent, boolean required) {
        Node node = f.get(key);
        String field = path.isEmpty() ? key : path + "." + key;
        if (node == null) {
            if (required) {
                problems.add(line(parent), field, "no " + key);
            }
            return null;
        }
        String value = scalar(node, field);
        if (value != null && value.isBlank() && required) {
            problems.add(line(node), field, "no " + key);
            return null;
        }
        return value;
    }

    private List<Node> list(Map<String, Node> f, String key, String path, MappingNode parent) {
        Node node = f.get(key);
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(node == null ? line(parent) : line(node), path + "." + key, key + " must be a non-empty list");
            return List.of();
        }
        return sequence.getValue();
    }

    private Integer year(Map<String, Node> f, String key, String path, MappingNode parent) {
        Node node = f.get(key);
        if (node == null) {
            problems.add(line(parent), path + "." + key, "no " + key + " (a financial year, 2023-24)");
            return null;
        }
        return yearOf(node, path + "." + key);
    }

    private Integer yearOf(Node node, String path) {
        String label = scalar(node, path);
        if (label == null) {
            return null;
        }
        try {
            return FinancialYear.parse(label).startYear();
        } catch (IllegalArgumentException e) {
            problems.add(line(node), path, e.getMessage());
            return null;
        }
    }

    private BigDecimal number(Node node, String path) {
        String text = scalar(node, path);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(line(node), path, "'" + text + "' is not a number");
            return null;
        }
    }

    private BigDecimal money(Map<String, Node> f, String key, String path) {
        Node node = f.get(key);
        if (node == null) {
            return BigDecimal.ZERO;   // a cost states only the kinds it has
        }
        BigDecimal amount = number(node, path + "." + key);
        if (amount != null && amount.signum() < 0) {
            problems.add(line(node), path + "." + key, "a cost cannot be negative");
        }
        return amount;
    }

    private BigDecimal share(Map<String, Node> f, String key, String path, MappingNode parent) {
        Node node = f.get(key);
        if (node == null) {
            problems.add(line(parent), path + "." + key, "no " + key + " (0 to 1)");
            return null;
        }
        BigDecimal share = number(node, path + "." + key);
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(line(node), path + "." + key, "'" + share.toPlainString() + "' is not a share from 0 to 1");
            return null;
        }
        return share;
    }

    private Integer whole(Map<String, Node> f, String key, String path, MappingNode parent, int least) {
        Node node = f.get(key);
        if (node == null) {
            problems.add(line(parent), path + "." + key, "no " + key);
            return null;
        }
        BigDecimal n = number(node, path + "." + key);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(least)) < 0) {
            problems.add(line(node), path + "." + key, "'" + n.toPlainString() + "' is not a whole number of at "
                    + "least " + least);
            return null;
        }
        return n.intValueExact();
    }

    private String scalar(Node node, String path) {
        if (node instanceof ScalarNode s) {
            return s.getValue().strip();
        }
        problems.add(line(node), path, "a single value is expected here");
        return null;
    }

    private static long line(Node node) {
        return node.getStartMark().getLine() + 1L;
    }
}
