package org.wholeplace.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import graphql.schema.GraphQLSchema;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one dashboard file: YAML checked against the dashboard JSON Schema (the one beside the files, as the build
 * copies it), then its panels' GraphQL documents checked against the schema the backend serves. Every problem names
 * the file and line: the YAML file's, or the line of a document file beside it.
 */
final class DashboardFile {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Schema FORMAT = loadFormat();

    /** The dashboard the file describes, or the problems that keep it from being read. */
    record Read(Dashboard dashboard, List<DashboardProblem> problems) {
    }

    private final Path file;
    private final String name;
    private final DataDependencies reads;
    private final List<DashboardProblem> problems = new ArrayList<>();
    /** The line of every value and key, by JSON pointer (/panels/0/kind). */
    private final Map<String, Integer> lines = new HashMap<>();
    /** Where a document's text starts in the file, by panel pointer. */
    private final Map<String, Integer> documentLines = new HashMap<>();

    private DashboardFile(Path file, DataDependencies reads) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.reads = reads;
    }

    /**
     * @param reads what each field of the schema's Query reads, read from the same schema
     */
    static Read read(Path file, GraphQLSchema schema, DataDependencies reads) {
        return new DashboardFile(file, reads).read(schema);
    }

    static Read read(Path file, GraphQLSchema schema) {
        return read(file, schema, DataDependencies.of(schema));
    }

    private Read read(GraphQLSchema schema) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(
                    Files.readString(file, StandardCharsets.UTF_8)));
        } catch (MarkedYAMLException e) {
            problems.add(new DashboardProblem(name, e.getProblemMark().getLine() + 1L, "is not YAML: "
                    + e.getProblem()));
            return new Read(null, problems);
        } catch (YAMLException | IOException e) {
            problems.add(new DashboardProblem(name, 0, "cannot be read: " + e.getMessage()));
            return new Read(null, problems);
        }
        if (root == null) {
            problems.add(new DashboardProblem(name, 1, "is empty"));
            return new Read(null, problems);
        }
        JsonNode json = json(root, "");
        for (Error error : FORMAT.validate(json)) {
            problems.add(schemaProblem(error));
        }
        if (!problems.isEmpty()) {
            return new Read(null, problems);
        }
        Dashboard dashboard = dashboard(json, schema);
        return new Read(problems.isEmpty() ? dashboard : null, List.copyOf(problems));
    }

    private Dashboard dashboard(JsonNode json, GraphQLSchema schema) {
        List<DashboardFilter> filters = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode filterNodes = json.get("filters");
        for (int i = 0; i < filterNodes.size(); i++) {
            DashboardFilter filter = filter(filterNodes.get(i), "/filters/" + i);
            if (!names.add(filter.name())) {
                problem("/filters/" + i + "/name", "filter '" + filter.name() + "' is given twice");
            }
            filters.add(filter);
        }
        List<Panel> panels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode panelNodes = json.get("panels");
        String dashboardId = json.get("id").asString();
        for (int i = 0; i < panelNodes.size(); i++) {
            Panel panel = panel(dashboardId, panelNodes.get(i), "/panels/" + i, names, schema);
            if (panel != null && !ids.add(panel.id())) {
                problem("/panels/" + i + "/id", "panel '" + panel.id() + "' is given twice");
            } else if (panel != null) {
                panels.add(panel);
            }
        }
        List<String> tags = new ArrayList<>();
        json.get("tags").forEach(t -> tags.add(t.asString()));
        return new Dashboard(dashboardId, json.get("title").asString(),
                json.get("description").asString(), Audience.of(json.get("audience").asString()).orElseThrow(),
                List.copyOf(tags), List.copyOf(filters), List.copyOf(panels), file);
    }

    private DashboardFilter filter(JsonNode node, String at) {
        List<FilterOption> options = new ArrayList<>();
        if (node.has("options")) {
            node.get("options").forEach(o -> options.add(o.isString() ? new FilterOption(o.asString(), o.asString())
                    : new FilterOption(o.get("value").asString(), o.get("label").asString())));
        }
        String name = node.get("name").asString();
        String defaultValue = node.get("default").asString();
        if (!options.isEmpty() && options.stream().noneMatch(o -> o.value().equals(defaultValue))) {
            problem(at + "/default", "the default '" + defaultValue + "' of filter '" + name
                    + "' is not one of its options");
        }
        return new DashboardFilter(name, FilterKind.of(node.get("kind").asString()).orElseThrow(),
                node.has("label") ? node.get("label").asString() : name, defaultValue, List.copyOf(options));
    }

    private Panel panel(String dashboardId, JsonNode node, String at, Set<String> filters, GraphQLSchema schema) {
        String id = node.get("id").asString();
        PanelKind kind = PanelKind.of(node.get("kind").asString()).orElseThrow();
        Map<String, String> variables = new LinkedHashMap<>();
        if (node.has("variables")) {
            for (var entry : node.get("variables").properties()) {
                String filter = entry.getValue().asString();
                if (!filters.contains(filter)) {
                    problem(at + "/variables/" + entry.getKey(), "panel '" + id + "' binds $" + entry.getKey()
                            + " to filter '" + filter + "', which the dashboard does not have"
                            + (filters.isEmpty() ? "" : "; its filters: " + String.join(", ", filters)));
                }
                variables.put(entry.getKey(), filter);
            }
        }
        String document;
        String documentFile;
        int firstLine;
        if (node.has("document")) {
            document = node.get("document").asString();
            documentFile = name;
            firstLine = documentLines.get(at + "/document");
        } else {
            documentFile = node.get("documentFile").asString();
            Path beside = file.resolveSibling(documentFile);
            try {
                document = Files.readString(beside, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problem(at + "/documentFile", "panel '" + id + "' names " + documentFile + ", which cannot be read");
                return null;
            }
            firstLine = 1;
        }
        PanelMapping mapping = kind.read(new MappingFields(node.get("mapping")));
        mapping.filtersNamed().forEach((key, filter) -> {
            if (!filters.contains(filter)) {
                problem(at + "/mapping/" + key, "panel '" + id + "': mapping." + key + " names filter '" + filter
                        + "', which the dashboard does not have");
            }
        });
        PanelDocument.Checked checked = PanelDocument.check(schema, document, variables, mapping);
        for (PanelDocument.Problem p : checked.problems()) {
            long line = p.line() == 0 ? lineOf(at + (node.has("document") ? "/document" : "/documentFile"))
                    : p.line() - 1L + firstLine;
            problems.add(new DashboardProblem(p.line() == 0 ? name : documentFile, line, "panel '" + id + "': "
                    + p.message()));
        }
        return new Panel(dashboardId, id, node.get("title").asString(), document, Map.copyOf(variables), mapping,
                node.get("units").asString(), node.get("source").asString(), reads.readBy(checked.rootFields()));
    }

    /** A schema error at the line of the value it is about (an unknown key: the key's own line). */
    private DashboardProblem schemaProblem(Error error) {
        String pointer = pointer(error.getInstanceLocation());
        String property = error.getProperty();
        if ("additionalProperties".equals(error.getKeyword()) && property != null) {
            return new DashboardProblem(name, lineOf(pointer + "/" + property), "unknown key '" + property
                    + "' at " + (pointer.isEmpty() ? "the top" : pointer));
        }
        return new DashboardProblem(name, lineOf(pointer), (pointer.isEmpty() ? "" : pointer + ": ")
                + error.getMessage().replaceFirst("^\\$[^:]*: ", ""));
    }

    /** The JSON pointer of a place in the file: /panels/0/kind. */
    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private void problem(String pointer, String message) {
        problems.add(new DashboardProblem(name, lineOf(pointer), message));
    }

    /** The line of the value at the pointer, or of the nearest enclosing one that has a line. */
    private long lineOf(String pointer) {
        String at = pointer;
        while (!lines.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return lines.getOrDefault(at, 1);
    }

    /** The YAML node as JSON, noting the line of every value (and of every key, under the key's pointer). */
    private JsonNode json(Node node, String pointer) {
        lines.putIfAbsent(pointer, node.getStartMark().getLine() + 1);
        return switch (node) {
            case MappingNode mapping -> {
                ObjectNode object = JSON.objectNode();
                for (NodeTuple t : mapping.getValue()) {
                    String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
                    String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                    lines.put(child, t.getKeyNode().getStartMark().getLine() + 1);
                    if (t.getValueNode() instanceof ScalarNode s && (s.getScalarStyle() == DumperOptions.ScalarStyle
                            .LITERAL || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED)) {
                        documentLines.put(child, s.getStartMark().getLine() + 2);   // the text starts below the |
                    } else {
                        documentLines.put(child, t.getValueNode().getStartMark().getLine() + 1);
                    }
                    object.set(key, json(t.getValueNode(), child));
                }
                yield object;
            }
            case SequenceNode sequence -> {
                ArrayNode array = JSON.arrayNode();
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    array.add(json(items.get(i), pointer + "/" + i));
                }
                yield array;
            }
            case ScalarNode scalar -> scalar(scalar);
            default -> JSON.nullNode();
        };
    }

    /** A scalar as YAML 1.1 types it: 2024 a number, true a boolean, 2022-23 a string. */
    private static JsonNode scalar(ScalarNode scalar) {
        Tag tag = scalar.getTag();
        String text = scalar.getValue();
        try {
            if (tag.equals(Tag.INT)) {
                return JSON.numberNode(new BigInteger(text.replace("_", "")));
            }
            if (tag.equals(Tag.FLOAT)) {
                return JSON.numberNode(new BigDecimal(text.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return JSON.stringNode(text);
        }
        if (tag.equals(Tag.BOOL)) {
            return JSON.booleanNode(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        }
        if (tag.equals(Tag.NULL)) {
            return JSON.nullNode();
        }
        return JSON.stringNode(text);
    }

    private static Schema loadFormat() {
        try (InputStream schema = DashboardFile.class.getResourceAsStream("/dashboard/dashboard.schema.json")) {
            if (schema == null) {
                throw new IllegalStateException("the dashboard JSON Schema is not on the class path");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
