package org.wholeplace.programme.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.place.ComparatorGroup;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Theme;

/**
 * The programme file format, read without a database: what it takes, and each refusal with its line and field. The
 * reference data, unit costs, grades, deflator years and indicators it is checked against are stated here.
 */
class ProgrammeFileParserTest {

    static final ReferenceData REFERENCE = ReferenceData.of(List.of(
                    new Place("E08000001", "Bolton", "metropolitan-district", null, "E47000001"),
                    new Place("E08000002", "Bury", "metropolitan-district", null, "E47000001"),
                    new Place("E08000004", "Oldham", "metropolitan-district", null, "E47000001")),
            List.of(), List.of(), List.of(new Theme("transforming-justice", "Transforming justice", "")), List.of(),
            Map.of()).withComparatorGroups(List.of(new ComparatorGroup("neighbours", "Neighbours",
            List.of("E08000001", "E08000002"))));
    static final ProgrammeFileParser.Known KNOWN = new ProgrammeFileParser.Known(REFERENCE,
            Map.of("CR1.1", Set.of("Police"), "CR3.0", Set.of("Prison")), Set.of(1, 2, 3),
            Set.of("2002/03", "2015/16"), Set.of("90803", "91414"));

    /** Line 12 is the first cost, 13 the cohorts, 18 the first indicator. */
    static final String FILE = """
            source: tests
            publisher: tests
            licence: none
            programmes:
              - id: test
                name: Test
                theme: transforming-justice
                places: [E08000004]
                start: 2023-24
                end: 2024-25
                costs:
                  - {agency: Local Authority, year: 2023-24, revenue: 1000}
                cohorts: {2023-24: 100, 2024-25: 50}
                outcomes:
                  - {unitCost: CR1.1, engagement: 1, success: 0.5, deadweight: 0.2, lagYears: 0, durationYears: 2,
                     dropOff: 0.5, confidence: 1, cashable: true}
                indicators:
                  - {indicator: "90803", comparatorGroup: neighbours, costShare: 0.25}
                  - "91414"
            """;

    private static ProgrammeFileParser.ProgrammeFile parse(String yaml) {
        return ProgrammeFileParser.parse(SourceFile.of("test.yaml", yaml.getBytes(StandardCharsets.UTF_8)), KNOWN);
    }

    private static List<String> refusals(String yaml) {
        var e = catchThrowableOfType(ImportRejectedException.class, () -> parse(yaml));
        assertThat(e).as("refused").isNotNull();
        return e.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void aSoundFileIsReadWholeWithItsIndicatorsCostSharesAndGroups() {
        ProgrammeDefinition programme = parse(FILE).programmes().getFirst();

        assertThat(programme.startYear()).isEqualTo(2023);
        assertThat(programme.endYear()).isEqualTo(2024);
        assertThat(programme.costs()).singleElement().satisfies(c -> {
            assertThat(c.year()).isEqualTo(2023);
            assertThat(c.revenue()).isEqualByComparingTo("1000");
        });
        assertThat(programme.cohorts()).extracting(ProgrammeDefinition.Cohort::people).containsExactly(100, 50);
        assertThat(programme.indicators()).containsExactly(
                new ProgrammeDefinition.IndicatorLink("90803", List.of(), "neighbours", new BigDecimal("0.25")),
                new ProgrammeDefinition.IndicatorLink("91414", List.of(), null, null));
    }

    @Test
    void aCostBeforeTheStartOrACohortAfterTheEndIsRefusedWithLineAndField() {
        assertThat(refusals(FILE.replace("year: 2023-24, revenue", "year: 2022-23, revenue")
                .replace("2024-25: 50", "2025-26: 50"))).containsExactly(
                "test.yaml:12 [programmes[0].costs[0].year]: a cost in 2022-23 is outside the programme's years: "
                        + "the programme runs 2023-24 to 2024-25",
                "test.yaml:13 [programmes[0].cohorts.2025-26]: a cohort starting in 2025-26 is outside the "
                        + "programme's years: the programme runs 2023-24 to 2024-25");
    }

    @Test
    void aCostAfterTheEndIsRefused() {
        assertThat(refusals(FILE.replace("year: 2023-24, revenue", "year: 2025-26, revenue"))).containsExactly(
                "test.yaml:12 [programmes[0].costs[0].year]: a cost in 2025-26 is outside the programme's years: "
                        + "the programme runs 2023-24 to 2024-25");
    }

    /** Shares may leave part of the cost to no indicator, or give one none; they may not add up to more than 1. */
    @Test
    void costSharesAddUpToAtMostOne() {
        assertThat(parse(FILE.replace("- \"91414\"", "- {indicator: \"91414\", costShare: 0}")).programmes()
                .getFirst().indicators()).extracting(ProgrammeDefinition.IndicatorLink::costShare)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("0.25"), BigDecimal.ZERO);
        assertThat(refusals(FILE.replace("- \"91414\"", "- {indicator: \"91414\", costShare: 0.9}")))
                .containsExactly("test.yaml:18 [programmes[0].indicators]: the indicators' costShare add up to 1.15; "
                        + "they must add up to at most 1, the programme's whole cost");
    }

    @Test
    void anUnknownComparatorGroupOrAGroupBesideAListIsRefused() {
        assertThat(refusals(FILE.replace("comparatorGroup: neighbours", "comparatorGroup: strangers")))
                .containsExactly("test.yaml:18 [programmes[0].indicators[0].comparatorGroup]: unknown comparator "
                        + "group code 'strangers'");
        assertThat(refusals(FILE.replace("comparatorGroup: neighbours", "comparatorGroup: neighbours, "
                + "comparators: [E08000001]"))).containsExactly("test.yaml:18 [programmes[0].indicators[0]"
                + ".comparatorGroup]: give comparators or comparatorGroup, not both");
    }
}
