package org.wholeplace.place.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.wholeplace.TestDatabase;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;

/** The population CSV parser on the shipped file and on broken copies of it. */
public class PopulationImporterTest {

    public static final Path POPULATION = TestDatabase.data().resolve("population/gm_population_mid_year_2010_2024.csv");
    static final ReferenceData GM = ReferenceData.of(
            Stream.of("E08000001", "E08000002", "E08000003", "E08000004", "E08000005", "E08000006", "E08000007",
                            "E08000008", "E08000009", "E08000010", "E06000007")
                    .map(code -> new Place(code, code, "metropolitan-district", "MD", null)).toList(),
            List.of(), List.of(), List.of(), List.of(), Map.of());

    private static List<PopulationImporter.Estimate> parse(String name, String text) {
        return PopulationImporter.parse(SourceFile.of(name, text.getBytes(StandardCharsets.UTF_8)), GM);
    }

    @Test
    void readsEveryEstimateOfTheShippedFile() {
        var estimates = PopulationImporter.parse(SourceFile.read(POPULATION), GM);

        assertThat(estimates).hasSize(165);   // 11 authorities x 15 mid-years, 2010 to 2024
        assertThat(estimates).contains(new PopulationImporter.Estimate("E08000003", 2022, 569_103),
                new PopulationImporter.Estimate("E06000007", 2010, 201_309));
    }

    /** The sample in the test resources: four rows of the shipped file. */
    @Test
    void readsTheSample() throws Exception {
        var estimates = PopulationImporter.parse(
                SourceFile.read(Path.of(getClass().getResource("/samples/population.csv").toURI())), GM);

        assertThat(estimates).containsExactly(new PopulationImporter.Estimate("E08000001", 2021, 296_169),
                new PopulationImporter.Estimate("E08000001", 2022, 299_957),
                new PopulationImporter.Estimate("E08000003", 2021, 550_630),
                new PopulationImporter.Estimate("E08000003", 2022, 569_103));
    }

    @Test
    void rejectsBadRowsNamingLineAndField() throws IOException {
        List<String> lines = Files.readAllLines(POPULATION);
        lines.set(2, lines.get(2).replace("E08000001", "E08000099"));       // line 3: unknown place
        lines.set(4, lines.get(4).replace(",281629,", ",28l629,"));         // line 5: not a number
        lines.add(lines.get(5));                                             // last line: a second estimate
        String text = String.join("\n", lines);

        assertThatThrownBy(() -> parse("population.csv", text))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem("population.csv", 3, "ons_code", "unknown place code 'E08000099'"),
                        new ImportProblem("population.csv", 5, "population", "'28l629' is not a positive whole number"),
                        new ImportProblem("population.csv", 167, "mid_year",
                                "a second estimate for E08000001 in 2014 (first on line 6)")));
    }

    @Test
    void rejectsAFileWithoutTheNeededColumns() {
        assertThatThrownBy(() -> parse("wrong.csv", "code,year,people\nE08000001,2020,1\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::field)
                        .containsExactly("ons_code", "mid_year", "population"));
    }

    @Test
    void rejectsATruncatedLine() {
        assertThatThrownBy(() -> parse("cut.csv", "ons_code,la_name,mid_year,population\nE08000001,Bolton,2020\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems().getFirst())
                        .isEqualTo(new ImportProblem("cut.csv", 2, null, "has 3 fields, the header has 4")));
    }
}
