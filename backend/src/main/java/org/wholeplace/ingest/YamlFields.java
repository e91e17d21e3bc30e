package org.wholeplace.ingest;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * Reads the fields of a YAML file node by node, so that every problem names the line it is on and the path of its
 * field ({@code programmes[0].outcomes[1].success}); an unknown or repeated key is a problem too. Each reader reports
 * what is wrong to the collector and returns null, so that one rejection lists every problem of the file.
 */
public final class YamlFields {

    private final ProblemCollector problems;

    public YamlFields(ProblemCollector problems) {
        this.problems = problems;
    }

    /** The file's node tree (null for an empty file); a file that is not YAML is refused at once. */
    public static Node compose(SourceFile file, ProblemCollector problems) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(file.text()));
        } catch (YAMLException e) {
            problems.add(0, null, "is not YAML: " + e.getMessage().lines().findFirst().orElse(""));
            throw problems.rejection();
        }
    }

    public ProblemCollector problems() {
        return problems;
    }

    /** {@code key} under {@code path}: the path of a field as problems name it. */
    public static String field(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The line a node starts on, counted from 1. */
    public static long line(Node node) {
        return node.getStartMark().getLine() + 1L;
    }

    /** The mapping's entries by key; an unknown or repeated key is a problem. */
    public Map<String, Node> entries(MappingNode mapping, String path, Set<String> allowed) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            String key = scalar(t.getKeyNode(), path);
            if (key == null) {
                continue;
            }
            if (!allowed.contains(key)) {
                problems.add(line(t.getKeyNode()), field(path, key), "unknown key '" + key + "'; known: "
                        + String.join(", ", new TreeSet<>(allowed)));
            } else if (entries.put(key, t.getValueNode()) != null) {
                problems.add(line(t.getKeyNode()), field(path, key), "'" + key + "' is given twice");
            }
        }
        return entries;
    }

    /** A text field; blank counts as missing when it is required. */
    public String text(Map<String, Node> fields, String key, String path, Node parent, boolean required) {
        Node node = fields.get(key);
        if (node == null) {
            if (required) {
                problems.add(line(parent), field(path, key), "no " + key);
            }
            return null;
        }
        String value = scalar(node, field(path, key));
        if (value != null && value.isBlank() && required) {
            problems.add(line(node), field(path, key), "no " + key);
            return null;
        }
        return value;
    }

    /** A list that must be there and hold something. */
    public List<Node> list(Map<String, Node> fields, String key, String path, Node parent) {
        Node node = fields.get(key);
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            problems.add(node == null ? line(parent) : line(node), field(path, key), key + " must be a non-empty list");
            return List.of();
        }
        return sequence.getValue();
    }

    /** An optional list: none when absent. */
    public List<Node> optionalList(Map<String, Node> fields, String key, String path) {
        Node node = fields.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(line(node), field(path, key), key + " must be a list");
            return List.of();
        }
        return sequence.getValue();
    }

    /** A number as written; thousands separators allowed ({@code 1,200}). */
    public BigDecimal number(Node node, String path) {
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

    /** A share from 0 to 1, required. */
    public BigDecimal share(Map<String, Node> fields, String key, String path, Node parent) {
        Node node = fields.get(key);
        if (node == null) {
            problems.add(line(parent), field(path, key), "no " + key + " (0 to 1)");
            return null;
        }
        BigDecimal share = number(node, field(path, key));
        if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(line(node), field(path, key), "'" + share.toPlainString() + "' is not a share from 0 to 1");
            return null;
        }
        return share;
    }

    /** A whole number of at least {@code least}, required. */
    public Integer whole(Map<String, Node> fields, String key, String path, Node parent, int least) {
        Node node = fields.get(key);
        if (node == null) {
            problems.add(line(parent), field(path, key), "no " + key);
            return null;
        }
        return wholeOf(node, field(path, key), least);
    }

    /** A whole number of at least {@code least}. */
    public Integer wholeOf(Node node, String path, int least) {
        BigDecimal n = number(node, path);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(least)) < 0) {
            problems.add(line(node), path, "'" + n.toPlainString() + "' is not a whole number of at least " + least);
            return null;
        }
        return n.intValueExact();
    }

    /** {@code true} or {@code false}. */
    public Boolean flag(Node node, String path) {
        String text = scalar(node, path);
        if (text == null) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(line(node), path, "'" + text + "' is not true or false");
            return null;
        }
        return Boolean.valueOf(text);
    }

    /** A single value; a list or mapping where one is expected is a problem. */
    public String scalar(Node node, String path) {
        if (node instanceof ScalarNode s) {
            return s.getValue().strip();
        }
        problems.add(line(node), path, "a single value is expected here");
        return null;
    }
}
