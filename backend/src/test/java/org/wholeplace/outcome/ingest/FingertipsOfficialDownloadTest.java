package org.wholeplace.outcome.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wholeplace.outcome.ingest.CurrentObservations.currentBatch;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.WholePlaceTest;

/**
 * The official Fingertips download shipped in {@code data/fingertips/official/} (indicator 90284), loaded at first
 * start. Expected figures were read from the file with Python's csv module, not with the code under test:
 * <pre>
 * rows = list(csv.DictReader(open("la_hospital_admissions_2324.csv", encoding="utf-8-sig")))
 * [r for r in rows if r["Area Code"] == "E08000001" and r["Time period"] == "2023/24"
 *     and r["Sex"] == "Persons" and r["Category Type"] == ""]   # line 7120
 * </pre>
 * and the counts by keying each row on area, period, sex, age, category type and category.
 */
@WholePlaceTest
class FingertipsOfficialDownloadTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void theDownloadIsLoadedWholeEnglandsRepeatedRowsReadOnce() {
        var batch = currentBatch(dsl, "la_hospital_admissions_2324.csv");
        assertThat(batch.getKind()).isEqualTo("fingertips");
        assertThat(batch.getPeriod()).isEqualTo("2010/11 to 2023/24");
        // 7,208 rows; England's 703 are listed twice (once as the parent area), with the same figures
        assertThat(batch.getRowsRead()).isEqualTo(7208);
        assertThat(batch.getRowsLoaded()).isEqualTo(6505);
        assertThat(batch.getNotes()).contains("261 rows without a value")
                .contains("703 rows repeating an earlier row's figures");
        assertThat(batch.getSourceKey()).isEqualTo("fingertips:Fingertips public health profiles:90284");
    }

    @Test
    void boltonIn2023To24HasItsValueLimitsCountAndTheRecentTrendFingertipsStates() {
        String query = """
                query {
                  indicator(id: "90284") {
                    name polarity themes { code }
                    observations(places: ["E08000001"], periods: ["2023/24"], ages: ["<15 yrs"]) {
                      sex value lower upper limitsMethod count denominator sourceSignificance
                      trend { assessment points }
                    }
                  }
                }""";
        var response = graphQl.document(query).execute();
        response.path("indicator.polarity").entity(String.class).isEqualTo("lower-is-better");
        response.path("indicator.themes[*].code").entityList(String.class)
                .contains("early-years", "health-and-social-care").hasSize(2);
        response.path("indicator.observations[*].sex").entityList(String.class).containsExactly("Persons");
        response.path("indicator.observations[0].value").entity(Double.class).isEqualTo(80.78467);
        response.path("indicator.observations[0].lower").entity(Double.class).isEqualTo(73.66772);
        response.path("indicator.observations[0].upper").entity(Double.class).isEqualTo(88.0547);
        response.path("indicator.observations[0].limitsMethod").entity(String.class).isEqualTo("SOURCE");
        response.path("indicator.observations[0].count").entity(Double.class).isEqualTo(495.0);
        response.path("indicator.observations[0].denominator").entity(Double.class).isEqualTo(61274.0);
        response.path("indicator.observations[0].sourceSignificance").entity(String.class).isEqualTo("WORSE");
        // the file's Recent Trend for this row: "No significant change", over five annual points
        response.path("indicator.observations[0].trend.assessment").entity(String.class)
                .isEqualTo("NO_SIGNIFICANT_CHANGE");
        response.path("indicator.observations[0].trend.points").entity(Integer.class).isEqualTo(5);
    }

    @Test
    void theSexesAreKeptApart() {
        var response = graphQl.document("""
                query {
                  indicator(id: "90284") {
                    observations(places: ["E08000001"], periods: ["2023/24"], ages: ["<15 yrs"],
                                 sexes: ["Male", "Female"]) { sex value count }
                  }
                }""").execute();
        // lines 6814 and 6967
        response.path("indicator.observations[*].sex").entityList(String.class).containsExactly("Male", "Female");
        response.path("indicator.observations[*].value").entityList(Double.class)
                .containsExactly(95.59316, 65.23703);
        response.path("indicator.observations[*].count").entityList(Double.class).containsExactly(300.0, 195.0);
    }
}
