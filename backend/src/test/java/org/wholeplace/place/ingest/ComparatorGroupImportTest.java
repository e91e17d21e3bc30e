package org.wholeplace.place.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.wholeplace.db.generated.Tables.COMPARATOR_GROUP;
import static org.wholeplace.db.generated.Tables.COMPARATOR_MEMBER;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.ImportService;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

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

    @Autowired
    ImportService imports;
    @Autowired
    HttpGraphQlTester graphQl;
    @Autowired
    DSLContext dsl;
    @Autowired
    ReferenceDataCache reference;
    @TempDir
    Path dir;

    final List<Long> loaded = new ArrayList<>();

    private ImportOutcome load(Path file) {
        ImportOutcome outcome = imports.importFile(ImportKind.COMPARATORS, file, INVENTED, "test", read -> { }).block();
        loaded.add(outcome.batch().id());
        return outcome;
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(ComparatorGroupImportTest.class.getResource("/samples/comparator-groups.csv").toURI());
    }

    @AfterEach
    void removeTheGroups() {
        Mono.from(dsl.deleteFrom(COMPARATOR_MEMBER)).block();
        Mono.from(dsl.deleteFrom(COMPARATOR_GROUP)).block();
        Mono.from(dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.in(loaded))).block();
        reference.refresh().block();
    }

    @Test
    void aGroupAndTheTiersAreListed() throws Exception {
        ImportOutcome outcome = load(sample());

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
        load(sample());

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
        load(sample());

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
        load(sample());
        Path fewer = Files.writeString(dir.resolve("fewer.csv"), """
                group,group_name,member
                core-cities-test,Core cities (invented for the tests),E08000003
                core-cities-test,Core cities (invented for the tests),E08000025
                """);

        load(fewer);

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

        assertThatThrownBy(() -> load(bad)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).containsExactly(
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
