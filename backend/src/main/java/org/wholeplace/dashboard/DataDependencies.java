package org.wholeplace.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import org.wholeplace.provenance.ImportKind;

/**
 * Which kinds of import each field of Query reads, as the served schema declares it beside the field
 * ({@code @reads(kinds: [...])}, schema/graphql/schema.graphqls), so that a dashboard knows which imports change its
 * panels. Every field must declare it: a field that does not is a start-up failure, not a guess.
 */
final class DataDependencies {

    static final String DIRECTIVE = "reads";

    private final Map<String, Set<ImportKind>> reads;

    private DataDependencies(Map<String, Set<ImportKind>> reads) {
        this.reads = reads;
    }

    /**
     * @throws IllegalStateException naming every field of Query that does not declare what it reads
     */
    static DataDependencies of(GraphQLSchema schema) {
        Map<String, Set<ImportKind>> reads = new TreeMap<>();
        List<String> undeclared = new ArrayList<>();
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            GraphQLAppliedDirective declared = field.getAppliedDirective(DIRECTIVE);
            if (declared == null) {
                undeclared.add(field.getName());
            } else {
                reads.put(field.getName(), kinds(declared.getArgument("kinds")));
            }
        }
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("Every field of Query must say which imports it reads, "
                    + "@reads(kinds: [...]) in schema/graphql; these do not: " + String.join(", ", undeclared));
        }
        return new DataDependencies(Map.copyOf(reads));
    }

    private static Set<ImportKind> kinds(GraphQLAppliedDirectiveArgument argument) {
        Set<ImportKind> kinds = EnumSet.noneOf(ImportKind.class);
        if (argument != null && argument.getValue() instanceof Collection<?> names) {
            names.forEach(name -> kinds.add(ImportKind.valueOf(String.valueOf(name))));
        }
        return kinds;
    }

    /** The kinds of import the fields of Query read (fields of the served schema: a document was checked first). */
    Set<ImportKind> readBy(Collection<String> queryFields) {
        Set<ImportKind> kinds = EnumSet.noneOf(ImportKind.class);
        for (String field : queryFields) {
            Set<ImportKind> declared = reads.get(field);
            if (declared != null) {
                kinds.addAll(declared);
            }
        }
        return kinds;
    }

    /** Every field of Query with the kinds it declares. */
    Map<String, Set<ImportKind>> all() {
        return reads;
    }
}
