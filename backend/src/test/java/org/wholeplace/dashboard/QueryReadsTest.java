package org.wholeplace.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.provenance.ImportKind;

/**
 * Which imports each field of Query reads is declared beside it in the SDL ({@code @reads}), read from the served
 * schema at start; a field without it stops the start. The expected kinds here are read from the SDL files' text
 * (their syntax tree), not through the served schema.
 */
@WholePlaceTest
class QueryReadsTest {

    @Autowired
    GraphQlSource graphQl;
    @TempDir
    Path dir;

    /** Every field of Query in schema/graphql (as the build copies it), with the kinds its @reads names. */
    private static Map<String, Set<ImportKind>> declaredInTheSdlFiles() throws IOException {
        Map<String, Set<ImportKind>> declared = new LinkedHashMap<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
            var document = Parser.parse(file.getContentAsString(StandardCharsets.UTF_8));
            for (ObjectTypeDefinition type : document.getDefinitionsOfType(ObjectTypeDefinition.class)) {
                if (!type.getName().equals("Query")) {
                    continue;
                }
                for (FieldDefinition field : type.getFieldDefinitions()) {
                    Set<ImportKind> kinds = null;
                    for (Directive directive : field.getDirectives("reads")) {
                        kinds = EnumSet.noneOf(ImportKind.class);
                        for (var value : ((ArrayValue) directive.getArgument("kinds").getValue()).getValues()) {
                            kinds.add(ImportKind.valueOf(((EnumValue) value).getName()));
                        }
                    }
                    declared.put(field.getName(), kinds);
                }
            }
        }
        return declared;
    }

    @Test
    void everyQueryFieldDeclaresWhatItReadsAndTheServedSchemaSaysSo() throws IOException {
        Map<String, Set<ImportKind>> files = declaredInTheSdlFiles();
        GraphQLSchema served = graphQl.schema();

        assertThat(files).doesNotContainValue(null);
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(served.getQueryType().getFieldDefinitions()
                .stream().map(f -> f.getName()).toList());
        assertThat(DataDependencies.of(served).all()).isEqualTo(files);
        // spot checks by hand against the SDL
        assertThat(files.get("unitCosts")).containsExactly(ImportKind.UNIT_COSTS);
        assertThat(files.get("dashboards")).isEmpty();
        assertThat(files.get("imports")).containsExactlyInAnyOrder(ImportKind.values());
    }

    /** The SDL's enumeration of import kinds is Java's, name for name. */
    @Test
    void theSdlNamesEveryImportKindAndNoOther() {
        assertThat(((GraphQLEnumType) graphQl.schema().getType("ImportKind")).getValues()).extracting(v -> v.getName())
                .containsExactly(EnumSet.allOf(ImportKind.class).stream().map(Enum::name).toArray(String[]::new));
    }

    @Test
    void aQueryFieldWithoutTheDeclarationStopsTheStart() throws IOException {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
                directive @reads(kinds: [ImportKind!]!) on FIELD_DEFINITION
                enum ImportKind { RSX RA }
                type Query {
                  declared: Int @reads(kinds: [RSX])
                  forgotten: Int
                  alsoForgotten: String
                }
                """), RuntimeWiring.newRuntimeWiring().build());
        Files.writeString(dir.resolve("test.yaml"), DashboardFilesTest.SOUND);

        assertThatThrownBy(() -> DataDependencies.of(schema)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Every field of Query must say which imports it reads, @reads(kinds: [...]) in "
                        + "schema/graphql; these do not: forgotten, alsoForgotten");
        assertThatThrownBy(() -> new DashboardCatalogue(dir, schema, changed -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("forgotten, alsoForgotten");
    }

    /** A panel asking for places and appraisalParameters is told of POPULATION and APPRAISAL_PARAMETERS only. */
    @Test
    void aPanelIsToldOfExactlyTheImportsItsFieldsDeclare() throws IOException {
        Path file = Files.writeString(dir.resolve("test.yaml"), """
                id: test
                title: Test
                description: A dashboard for the tests
                audience: analyst
                tags: [test]
                filters: []
                panels:
                  - id: places
                    title: Places
                    kind: table
                    document: |
                      { places(kind: "borough") { code name } parameters: appraisalParameters { batch { id } } }
                    mapping: {rows: places, columns: [{field: code, label: Code}]}
                    units: none
                    source: tests
                """);
        DashboardFile.Read read = DashboardFile.read(file, graphQl.schema());

        assertThat(read.problems()).isEmpty();
        assertThat(read.dashboard().panel("places").orElseThrow().reads())
                .containsExactlyInAnyOrder(ImportKind.POPULATION, ImportKind.APPRAISAL_PARAMETERS);
    }

    /** Every shipped dashboard's panels: the union of what the fields their documents ask for declare. */
    @Test
    void everyShippedPanelIsToldOfTheImportsItsFieldsDeclare(@Autowired Dashboards dashboards) throws IOException {
        Map<String, Set<ImportKind>> declared = declaredInTheSdlFiles();
        List<Dashboard> all = dashboards.all();
        assertThat(all).isNotEmpty();
        for (Dashboard dashboard : all) {
            for (Panel panel : dashboard.panels()) {
                Set<ImportKind> expected = EnumSet.noneOf(ImportKind.class);
                Set<String> roots = new HashSet<>();
                Parser.parse(panel.document()).getDefinitionsOfType(OperationDefinition.class)
                        .getFirst().getSelectionSet().getSelectionsOfType(Field.class)
                        .forEach(f -> roots.add(f.getName()));
                roots.forEach(root -> expected.addAll(declared.get(root)));
                assertThat(panel.reads()).as(dashboard.id() + "/" + panel.id()).isEqualTo(expected);
            }
        }
    }
}
