package org.wholeplace.outcome.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.ProblemGroup;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.outcome.Polarity;
import org.wholeplace.outcome.Sex;
import org.wholeplace.outcome.Significance;
import org.wholeplace.outcome.ValueType;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;

/**
 * Republished Fingertips extracts whose columns say by their values, not their names, what they hold: three samples
 * (hand-written, in {@code samples/}, their indicators named "Test …") in the layouts the project met: the sex in
 * {@code unit} with {@code NA} in {@code inequality} and a rate's scale only in the indicator's name; life expectancy
 * in years; deprivation quintiles in {@code inequality}. Expected values are the samples' own, read by eye.
 */
class RepublishedExtractTest {

    private static final ReferenceData KNOWN = ReferenceData.of(List.of(
                    new Place("E92000001", "England", "country", null, null),
                    new Place("E08000003", "Manchester", "metropolitan-district", null, null),
                    new Place("E08000001", "Bolton", "metropolitan-district", null, null)),
            List.of(), List.of(), List.of(), List.of(), Map.of());

    private static FingertipsImporter.Parsed parse(String sample) throws Exception {
        Path path = Path.of(RepublishedExtractTest.class.getResource("/samples/" + sample).toURI());
        return FingertipsImporter.parse(SourceFile.read(path), Map.of(), KNOWN);
    }

    @Test
    void theSexInUnitBesideNaInInequalityAndTheScaleInTheName() throws Exception {
        var parsed = parse("fingertips-extract-sex-in-unit.csv");

        assertThat(parsed.observations()).extracting(NewObservation::placeCode, NewObservation::sex,
                        o -> o.value() == null ? null : o.value().toPlainString(), NewObservation::category,
                        NewObservation::sourceSignificance)
                .containsExactly(
                        tuple("E92000001", Sex.PERSONS, "2222.3", null, Significance.NOT_COMPARED),
                        tuple("E08000003", Sex.PERSONS, "2600.1", null, Significance.WORSE),
                        tuple("E08000003", Sex.FEMALE, "2950.4", null, Significance.WORSE),
                        tuple("E08000001", Sex.PERSONS, "2100.7", null, Significance.BETTER),
                        tuple("E08000001", Sex.MALE, null, null, null));   // NA value, NA judgement
        assertThat(parsed.withoutValue()).isEqualTo(1);
        assertThat(parsed.newIndicators()).singleElement().satisfies(i -> {
            // the slug of its name, cut at 64 characters
            assertThat(i.id()).isEqualTo("test-emergency-admissions-due-to-falls-in-people-aged-65-and-ove");
            assertThat(i.valueType()).isEqualTo(ValueType.AGE_STANDARDISED_RATE);
            assertThat(i.unit()).isEqualTo("per 100,000");
            assertThat(i.multiplier()).isEqualTo(100_000);
            // Manchester Worse above England's 2222.3, Bolton Better below it
            assertThat(i.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
            assertThat(i.judgements()).isEqualTo(2);
        });
    }

    @Test
    void lifeExpectancyInYearsIsAMeanWithItsSexInInequality() throws Exception {
        var parsed = parse("fingertips-extract-life-expectancy.csv");

        assertThat(parsed.observations()).extracting(NewObservation::placeCode, NewObservation::sex,
                        o -> o.value().toPlainString())
                .containsExactly(tuple("E92000001", Sex.MALE, "79.4"), tuple("E92000001", Sex.FEMALE, "83.1"),
                        tuple("E08000003", Sex.MALE, "75.1"), tuple("E08000003", Sex.FEMALE, "79.6"));
        assertThat(parsed.observations().getFirst().period().start()).isEqualTo(LocalDate.parse("2018-01-01"));
        assertThat(parsed.observations().getFirst().period().end()).isEqualTo(LocalDate.parse("2020-12-31"));
        assertThat(parsed.newIndicators()).singleElement().satisfies(i -> {
            assertThat(i.valueType()).isEqualTo(ValueType.MEAN);
            assertThat(i.unit()).isEqualTo("years");
            assertThat(i.multiplier()).isNull();
            // Manchester judged Worse below England, for men and for women
            assertThat(i.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
            assertThat(i.judgements()).isEqualTo(2);
        });
    }

    @Test
    void deprivationQuintilesInInequalityAreTheCategory() throws Exception {
        var parsed = parse("fingertips-extract-deprivation-quintiles.csv");

        assertThat(parsed.observations()).extracting(NewObservation::placeCode, NewObservation::sex,
                        o -> o.value().toPlainString(), NewObservation::categoryType, NewObservation::category)
                .containsExactly(
                        tuple("E92000001", Sex.PERSONS, "71.8", null, null),
                        tuple("E92000001", Sex.PERSONS, "63.4", "Deprivation quintiles", "Most deprived quintile"),
                        tuple("E92000001", Sex.PERSONS, "80.2", "Deprivation quintiles", "Least deprived quintile"),
                        tuple("E08000003", Sex.PERSONS, "64.0", null, null),
                        tuple("E08000003", Sex.PERSONS, "61.5", "Deprivation quintiles", "Most deprived quintile"));
        assertThat(parsed.newIndicators()).singleElement().satisfies(i -> {
            assertThat(i.valueType()).isEqualTo(ValueType.PROPORTION);
            assertThat(i.unit()).isEqualTo("%");
            assertThat(i.multiplier()).isEqualTo(100);
            // Manchester's 64.0 judged Worse below England's 71.8 (of no category, not a quintile's)
            assertThat(i.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
            assertThat(i.judgements()).isEqualTo(1);
        });
    }

    @Test
    void anExtractThatStillCannotBeReadIsRefusedInOneLinePerReason() {
        String rows = """
                area_code,area_name,period,value,indicator,measure,inequality,unit,significance
                E08000003,Manchester,2019/20,10.1,Test unscaled rate,Crude rate,Persons,NA,Worse
                E08000003,Manchester,2020/21,10.2,Test unscaled rate,Crude rate,Lots,NA,Worse
                E08000003,Manchester,2021/22,10.3,Test unscaled rate,Crude rate,Persons,NA,Worse
                E08000003,Manchester,2022/23,10.4,Test unscaled rate,Crude rate,Persons,NA,Worse
                """;
        var file = SourceFile.of("unreadable.csv", rows.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> FingertipsImporter.parse(file, Map.of(), KNOWN))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.groups())
                        .extracting(ProblemGroup::field, ProblemGroup::reason, ProblemGroup::count)
                        .containsExactlyInAnyOrder(
                                tuple("inequality", "holds a sex (Persons, Male, Female) beside values that are "
                                        + "neither ['Lots'], so what it holds cannot be told", 1),
                                tuple("indicator", "'Test unscaled rate' is not in the indicator catalogue, and "
                                        + "neither its measure 'Crude rate' nor its name says what its values are "
                                        + "(a percentage, a rate per so many, a count, a life expectancy in years); "
                                        + "add it to outcomes/indicators.csv with this source_name", 4)));
    }
}
