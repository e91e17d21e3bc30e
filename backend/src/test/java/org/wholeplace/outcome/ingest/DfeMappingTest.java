package org.wholeplace.outcome.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wholeplace.TestDatabase;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.outcome.ValueType;
import org.wholeplace.period.Period;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Theme;

/** A DfE mapping read from its YAML: the shipped ones, a broken one, and how each time style reads. */
class DfeMappingTest {

    private static final ReferenceData KNOWN = ReferenceData.of(List.of(), List.of(), List.of(),
            List.of(new Theme("early-years", "Early years", null), new Theme("troubled-families", "Troubled families",
                    null)), List.of(), Map.of());

    @Test
    void theShippedMappingsReadAndSayWhichFilesTheyRead() {
        Path folder = TestDatabase.repository().resolve("outcomes/dfe");
        DfeMapping looked = DfeMapping.read(SourceFile.read(folder.resolve("children-looked-after.yaml")), KNOWN);
        assertThat(looked.reads("cla_number_and_rate_per_10k_children_2019_to_2023.csv")).isTrue();
        assertThat(looked.reads("b1_children_in_need_2013_to_2025.csv")).isFalse();
        assertThat(looked.indicators()).extracting(DfeMapping.DfeIndicator::id).containsExactly(
                "dfe-looked-after-rate", "dfe-looked-after-starting-rate", "dfe-looked-after-ceasing-rate");
        assertThat(looked.indicators().getFirst().valueType()).isEqualTo(ValueType.RATE);
        assertThat(looked.indicators().getFirst().where())
                .isEqualTo(Map.of("population_count", "Children looked after at 31 March each year"));
    }

    @Test
    void eachTimeStyleReadsAsAPeriodOfTheProject() {
        assertThat(DfeMapping.TimePeriodStyle.YEAR_TO_31_MARCH.period("2025")).map(Period::label).hasValue("2024-25");
        assertThat(DfeMapping.TimePeriodStyle.FINANCIAL_YEAR.period("201314")).map(Period::label).hasValue("2013-14");
        assertThat(DfeMapping.TimePeriodStyle.FINANCIAL_YEAR.period("201315")).isEmpty();
        assertThat(DfeMapping.TimePeriodStyle.CALENDAR_YEAR.period("2018")).map(Period::label).hasValue("2018");
        assertThat(DfeMapping.TimePeriodStyle.YEAR_TO_31_MARCH.period("201314")).isEmpty();
    }

    @Test
    void aBrokenMappingIsRefusedNamingLineAndField() {
        String yaml = """
                dataset: test
                files: test_*.csv
                source: Test
                publisher: Test
                licence: none
                time-identifiers:
                  Academic year: academic-year
                geographic-levels: [National, Ward]
                filters:
                  category: [A, B]
                measures: [rate]
                indicators:
                  - id: test-rate
                    name: Test rate
                    measure: number
                    where: {category: C}
                    value-type: ratio
                    unit: "%"
                    polarity: no-judgement
                    themes: [early-years]
                """;
        var file = SourceFile.of("broken.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> DfeMapping.read(file, KNOWN)).isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem("broken.yaml", 7, "time-identifiers.Academic year", "'academic-year' is "
                                + "not one of year-to-31-march, financial-year, calendar-year"),
                        new ImportProblem("broken.yaml", 8, "geographic-levels", "'Ward' is not one of National, "
                                + "Regional, Local authority"),
                        new ImportProblem("broken.yaml", 15, "indicators[0].measure", "'number' is not one of the "
                                + "mapping's measures"),
                        new ImportProblem("broken.yaml", 16, "indicators[0].where.category", "'C' is not one of the "
                                + "values of filter category [A, B]"),
                        new ImportProblem("broken.yaml", 17, "indicators[0].value-type", "'ratio' is not one of "
                                + "[age-standardised-rate, count, mean, proportion, rate]")));
    }
}
