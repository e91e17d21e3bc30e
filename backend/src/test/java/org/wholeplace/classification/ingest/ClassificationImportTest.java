package org.wholeplace.classification.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.spend.ingest.SpendCsvImportTest;

/**
 * Re-classifying services re-derives themed spend at once, with nothing re-imported. Manchester 2022-23 figures from
 * the RSX file: children's social care 152,532; adult social care 213,107; public health 55,704; police 0; all
 * thirteen services 1,061,071 (£ thousand).
 */
@WholePlaceTest
class ClassificationImportTest {

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    HttpGraphQlTester graphQl;

    /**
     * £100.00 of cultural spend split in thirds (0.33333333, 0.33333333 and the 0.33333334 left unclassified): each
     * part is within a penny of its third, and the parts add up to the line: 33.33 + 33.34 + 33.33 = 100.00. Split
     * exactly and rounded each, they would make 99.99.
     */
    @Test
    void aLineSplitOverThemesAddsUpToThePenny() {
        imports.load(ImportKind.CLASSIFICATION, "thirds.csv", """
                service,theme,intervention_level,share
                cultural,early-years,,0.33333333
                cultural,worklessness,,0.33333333
                """);
        imports.load(ImportKind.SPEND, "hundred-pounds.csv", SpendCsvImportTest.TEST_AGENCY, """
                place,agency,service,financial_year,amount
                E08000003,gm-vcse,cultural,2022-23,100.00
                """);
        var response = graphQl.document("""
                { spend(filter: {places: ["E08000003"], agencies: ["gm-vcse"], services: ["cultural"],
                                 years: ["2022-23"]}, groupBy: [THEME]) { total rows { theme { code } total } } }
                """).execute();

        response.path("spend.rows[*].theme.code").entityList(String.class)
                .containsExactly("early-years", "unclassified", "worklessness");
        response.path("spend.rows[*].total").entityList(String.class)
                .containsExactly("33.33", "33.33", "33.34");
        response.path("spend.total").entity(String.class).isEqualTo("100.00");
    }

    @Test
    void theRepositoryClassificationIsLoadedAtStart() {
        graphQl.document("{ imports { kind sourceKey current } }").execute()
                .path("imports[?(@.kind == 'classification' && @.current == true)].sourceKey")
                .entityList(String.class).containsExactly("classification");
    }

    @Test
    void reclassifyingReDerivesThemedSpendWithoutReimporting() {
        ImportOutcome outcome = imports.load(ImportKind.CLASSIFICATION, "split.csv", """
                service,theme,intervention_level,share
                adult-social-care,health-and-social-care,,1
                public-health,health-and-social-care,,1
                police,transforming-justice,,1
                childrens-social-care,early-years,targeted,0.25
                childrens-social-care,troubled-families,specialist,0.35
                """);

        assertThat(outcome.supersededBatchIds()).hasSize(1);
        var response = graphQl.documentName("manchesterByTheme").execute();
        response.path("spend.rows[*].theme.code").entityList(String.class).containsExactly("early-years",
                "health-and-social-care", "transforming-justice", "troubled-families", "unclassified");
        // 152,532 x 0.25 = 38,133; x 0.35 = 53,386.2; unclassified 792,260 − 91,519.2 = 700,740.8
        response.path("spend.rows[*].total").entityList(String.class).containsExactly("38133000.00",
                "268811000.00", "0.00", "53386200.00", "700740800.00");
        response.path("spend.total").entity(String.class).isEqualTo("1061071000.00");

        // back to the repository's file: an earlier version loaded again becomes current again
        ImportOutcome restored = imports.load(ImportKind.CLASSIFICATION,
                TestDatabase.repository().resolve("classification/service-themes.csv"));
        assertThat(restored.alreadyLoaded()).isFalse();
        graphQl.documentName("manchesterByTheme").execute()
                .path("spend.rows[*].total").entityList(String.class)
                .containsExactly("268811000.00", "0.00", "792260000.00");
    }

    @Test
    void aBadClassificationIsRefused() {
        String bad = """
                service,theme,intervention_level,share
                childrens-social-care,early-years,,0.7
                childrens-social-care,troubled-families,,0.4
                total-service-expenditure,early-years,,1
                education,astrology,,1
                education,early-years,,0
                """;

        assertThatThrownBy(() -> imports.load(ImportKind.CLASSIFICATION, "bad.csv", bad))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem("bad.csv", 3, "share",
                                "the shares of 'childrens-social-care' add up to 1.1, more than 1"),
                        new ImportProblem("bad.csv", 4, "service",
                                "'total-service-expenditure' is a reported total, not a service"),
                        new ImportProblem("bad.csv", 5, "theme", "unknown theme code 'astrology'"),
                        new ImportProblem("bad.csv", 6, "share", "'0' is not a share above 0 and at most 1")));
    }
}
