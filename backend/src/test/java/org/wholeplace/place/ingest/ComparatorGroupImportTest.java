package org.wholeplace.place.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;

/**
 * Named comparator groups loaded as data, and the tiers every English authority belongs to: chosen in observations
 * and in the comparison panel, they replace a place's parent's places as its peers. School readiness (90632) 2017/18
 * in the five cities of the sample, read off school_readiness_fsm.csv: Manchester 61, Birmingham 59.8, Sheffield
 * 54.6, Liverpool 53.3, Leeds 48.3; England 56.6.
 */
@WholePlaceTest
class ComparatorGroupImportTest {

    static final Provenance INVENTED = new Provenance("Comparator groups for the tests", "Whole Place tests",
            "none: invented", null, false);

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    HttpGraphQlTester graphQl;
    @TempDir
    Path dir;

    private static Path sample() throws URISyntaxException {
        return Path.of(ComparatorGroupImportTest.class.getResource("/samples/comparator-groups.csv").toURI());
    }

    @Test
    void aGroupAndTheTiersAreListed() throws Exception {
        ImportOutcome outcome = imports.load(ImportKind.COMPARATORS, sample(), INVENTED);

        assertThat(outcome.batch().rowsLoaded()).isEqualTo(5);
        assertThat(outcome.batch().notes()).isEqualTo("groups: core-cities-test");
        var groups = graphQl.document("{ comparatorGroups { code name members { code } } }").execute();
        groups.path("comparatorGroups[0].code").entity(String.class).isEqualTo("core-cities-test");
        groups.path("comparatorGroups[0].members[*].code").entityList(String.class)
                .containsExactly("E08000003", "E08000012", "E08000019", "E08000025", "E08000035");
        // the RSX files' 36 metropolitan districts (Detailed Class MD)
        groups.path("comparatorGroups[?(@.code == 'tier:metropolitan-district')].members[*].code")
                .entityList(String.class).hasSize(36);
    }

    /** Ranked among the five: Manchester first of 5; their median 54.6, MAD 5.2 (6.4, 5.2, 0, 1.3, 6.3). */
    @Test
    void observationsRankAmongTheGroupAndTakeItsMedianAsTheBenchmark() throws Exception {
        imports.load(ImportKind.COMPARATORS, sample(), INVENTED);

        var response = graphQl.documentName("indicatorObservations").variable("id", "90632")
                .variable("places", List.of("E08000003", "E08000035")).variable("periods", List.of("2017/18"))
                .variable("comparatorGroup", "core-cities-test").execute();

        response.path("indicator.observations[0].rank").entity(Integer.class).isEqualTo(1);
        response.path("indicator.observations[0].rankOf").entity(Integer.class).isEqualTo(5);
        response.path("indicator.observations[0].madsFromMedian").entity(Double.class)
                .satisfies(m -> assertThat(m).isCloseTo((61 - 54.6) / 5.2, within(1e-9)));
        response.path("indicator.observations[1].rank").entity(Integer.class).isEqualTo(5);
        response.path("indicator.observations[1].quartile").entity(Integer.class).isEqualTo(4);
    }

    @Test
    void theComparisonPanelTakesAGroupInPlaceOfThePlacesWithin() throws Exception {
        imports.load(ImportKind.COMPARATORS, sample(), INVENTED);

        var panel = graphQl.document("""
                { boroughComparison(indicator: "90632", period: "2017/18", group: "core-cities-test") {
                    england median rows { place { code } value rank } } }""").execute();

        panel.path("boroughComparison.rows[*].place.code").entityList(String.class)
                .containsExactly("E08000003", "E08000025", "E08000019", "E08000012", "E08000035");
        panel.path("boroughComparison.median").entity(Double.class).isEqualTo(54.6);
        panel.path("boroughComparison.england").entity(Double.class).isEqualTo(56.6);
    }

    @Test
    void aLaterFileReplacesTheMembersOfTheGroupsItNames() throws Exception {
        imports.load(ImportKind.COMPARATORS, sample(), INVENTED);
        Path fewer = Files.writeString(dir.resolve("fewer.csv"), """
                group,group_name,member
                core-cities-test,Core cities (invented for the tests),E08000003
                core-cities-test,Core cities (invented for the tests),E08000025
                """);

        imports.load(ImportKind.COMPARATORS, fewer, INVENTED);

        graphQl.document("{ comparatorGroups { code members { code } } }").execute()
                .path("comparatorGroups[0].members[*].code").entityList(String.class)
                .containsExactly("E08000003", "E08000025");
    }

    @Test
    void badRowsAndUnknownGroupsAreRefused() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad-groups.csv"), """
                group,group_name,member
                Core Cities,Core cities,E08000003
                core,Core cities,E0800000X
                core,Another name,E08000025
                """);

        assertThatThrownBy(() -> imports.load(ImportKind.COMPARATORS, bad, INVENTED))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem("bad-groups.csv", 2, "group",
                                "'Core Cities' is not a group code (lower case, digits and hyphens)"),
                        new ImportProblem("bad-groups.csv", 3, "member", "unknown place code 'E0800000X'"),
                        new ImportProblem("bad-groups.csv", 4, "group_name",
                                "group core is named 'Core cities' on an earlier line")));
        graphQl.documentName("indicatorObservations").variable("id", "90632").variable("comparatorGroup", "nope")
                .execute().errors().satisfy(errors -> assertThat(errors.getFirst().getMessage())
                        .isEqualTo("Unknown comparator group 'nope' in comparatorGroup; see comparatorGroups"));
    }
}
