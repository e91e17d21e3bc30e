package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * A panel's GraphQL document checked against the schema the backend serves: one query, valid, its variables bound
 * to filters, every field its mapping names selected, and some import batch selected so that the panel can say where
 * its figures come from. Problems carry the document's own line (1 is its first).
 */
final class PanelDocument {

    /** A problem and the line of the document it is on (0: the document as a whole). */
    record Problem(int line, String message) {
    }

    /** What the document selects: each field by the name the result gives it, and what it selects in turn. */
    record Selected(Map<String, Selected> fields) {

        boolean leaf() {
            return fields.isEmpty();
        }
    }

    /**
     * @param rootFields the fields of Query the document asks for (their own names, not aliases)
     */
    record Checked(List<Problem> problems, Set<String> rootFields) {
    }

    private PanelDocument() {
    }

    static Checked check(GraphQLSchema schema, String text, Map<String, String> variables, PanelMapping mapping) {
        List<Problem> problems = new ArrayList<>();
        Document document;
        try {
            document = Parser.parse(text);
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            problems.add(new Problem(at == null ? 0 : at.getLine(), "the GraphQL document does not parse: "
                    + e.getMessage()));
            return new Checked(problems, Set.of());
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operations.size() != 1 || operations.getFirst().getOperation() != OperationDefinition.Operation.QUERY) {
            problems.add(new Problem(0, "the GraphQL document must hold exactly one query"));
            return new Checked(problems, Set.of());
        }
        for (ValidationError error : ParseAndValidate.validate(schema, document)) {
            int line = error.getLocations() == null || error.getLocations().isEmpty() ? 0
                    : error.getLocations().getFirst().getLine();
            problems.add(new Problem(line, "the GraphQL document does not validate against the served schema: "
                    + error.getDescription()));
        }
        OperationDefinition query = operations.getFirst();
        checkVariables(query, variables, problems);
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        Selected selected = selected(query.getSelectionSet(), fragments);
        mapping.check(selected, new MappingCheck(problems));
        if (!selectsBatches(selected)) {
            problems.add(new Problem(0, "the document selects no import batch (batch { id } or batches { id }): "
                    + "the panel could not say where its figures come from"));
        }
        Set<String> roots = new LinkedHashSet<>();
        for (Selection<?> s : query.getSelectionSet().getSelections()) {
            if (s instanceof Field f) {
                roots.add(f.getName());
            }
        }
        return new Checked(problems, roots);
    }

    private static void checkVariables(OperationDefinition query, Map<String, String> bound, List<Problem> problems) {
        Map<String, VariableDefinition> declared = new LinkedHashMap<>();
        query.getVariableDefinitions().forEach(v -> declared.put(v.getName(), v));
        for (String variable : bound.keySet()) {
            if (!declared.containsKey(variable)) {
                problems.add(new Problem(0, "variables binds '" + variable + "', which the document does not "
                        + "declare; it declares: " + String.join(", ", declared.keySet())));
            }
        }
        for (VariableDefinition v : declared.values()) {
            if (!bound.containsKey(v.getName()) && v.getType() instanceof NonNullType && v.getDefaultValue() == null) {
                problems.add(new Problem(v.getSourceLocation() == null ? 0 : v.getSourceLocation().getLine(),
                        "the document's required variable $" + v.getName() + " is bound to no filter"));
            }
        }
    }

    private static Selected selected(SelectionSet set, Map<String, FragmentDefinition> fragments) {
        Map<String, Selected> fields = new LinkedHashMap<>();
        if (set != null) {
            for (Selection<?> selection : set.getSelections()) {
                switch (selection) {
                    case Field f -> fields.merge(f.getResultKey(), selected(f.getSelectionSet(), fragments),
                            PanelDocument::merge);
                    case InlineFragment i -> selected(i.getSelectionSet(), fragments).fields()
                            .forEach((k, v) -> fields.merge(k, v, PanelDocument::merge));
                    case FragmentSpread s -> {
                        FragmentDefinition d = fragments.get(s.getName());
                        if (d != null) {
                            selected(d.getSelectionSet(), fragments).fields()
                                    .forEach((k, v) -> fields.merge(k, v, PanelDocument::merge));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return new Selected(fields);
    }

    private static Selected merge(Selected a, Selected b) {
        Map<String, Selected> fields = new LinkedHashMap<>(a.fields());
        b.fields().forEach((k, v) -> fields.merge(k, v, PanelDocument::merge));
        return new Selected(fields);
    }

    private static boolean selectsBatches(Selected selected) {
        for (var e : selected.fields().entrySet()) {
            if ((e.getKey().equals("batch") || e.getKey().equals("batches")) && e.getValue().fields()
                    .containsKey("id")) {
                return true;
            }
            if (selectsBatches(e.getValue())) {
                return true;
            }
        }
        return false;
    }
}
