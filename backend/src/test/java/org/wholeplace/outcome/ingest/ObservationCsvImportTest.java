package org.wholeplace.outcome.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.OBSERVATION;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.db.generated.tables.records.ObservationRecord;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.provenance.ImportBatch;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

/**
 * The canonical outcome CSV ({@code samples/outcomes-canonical.csv}): counts, denominators and both confidence
 * levels, with the rules that keep a figure honest.
 */
@WholePlaceTest
class ObservationCsvImportTest {

    static final Provenance SURVEY = new Provenance("School readiness counts 2018/19", "Test publisher",
            "Open Government Licence v3.0", null, false);

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    DSLContext dsl;
    @TempDir
    Path dir;

    private Path sample() throws URISyntaxException {
        return Path.of(getClass().getResource("/samples/outcomes-canonical.csv").toURI());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private int count(Table<?> table) {
        return Mono.from(dsl.selectCount().from(table)).block().value1();
    }

    private ObservationRecord row(long batch, String place) {
        return Mono.from(dsl.selectFrom(OBSERVATION).where(OBSERVATION.BATCH_ID.eq(batch))
                .and(OBSERVATION.PLACE_CODE.eq(place))).block();
    }

    @Test
    void loadsCountsDenominatorsAndLimitsAsGiven() throws Exception {
        ImportOutcome outcome = imports.load(ImportKind.OUTCOMES, sample(), SURVEY);

        ImportBatch batch = outcome.batch();
        assertThat(batch.kind()).isEqualTo("outcomes");
        assertThat(batch.period()).isEqualTo("2018/19");
        assertThat(batch.rowsLoaded()).isEqualTo(3);
        assertThat(batch.notes()).isEqualTo("indicators: 90632");
        assertThat(batch.sourceKey()).isEqualTo("outcomes:School readiness counts 2018/19:90632");

        ObservationRecord manchester = row(batch.id(), "E08000003");
        assertThat(manchester.getValue()).isEqualByComparingTo("62.8");
        assertThat(manchester.getCount()).isEqualByComparingTo("1030");
        assertThat(manchester.getDenominator()).isEqualByComparingTo("1640");
        assertThat(manchester.getLower_95()).isEqualByComparingTo("60.4");
        assertThat(manchester.getUpper_95()).isEqualByComparingTo("65.1");
        assertThat(manchester.getLower_99_8()).isEqualByComparingTo("59.1");
        assertThat(manchester.getUpper_99_8()).isEqualByComparingTo("66.4");
        assertThat(manchester.getSourceSignificance()).isNull();
        assertThat(manchester.getSourceLine()).isEqualTo(2);

        ObservationRecord salford = row(batch.id(), "E08000006");
        assertThat(salford.getValue()).isNull();
        assertThat(salford.getCount()).isNull();
        assertThat(salford.getNote()).isEqualTo("suppressed: fewer than 5 children");
    }

    @Test
    void aCorrectedFileOfTheSameSourceReplacesTheEarlierOne() throws Exception {
        ImportOutcome first = imports.load(ImportKind.OUTCOMES, sample(), SURVEY);
        Path corrected = write("outcomes-corrected.csv",
                Files.readString(sample()).replace("62.8,1030,1640", "62.9,1031,1640"));

        ImportOutcome second = imports.load(ImportKind.OUTCOMES, corrected, SURVEY);

        assertThat(second.supersededBatchIds()).containsExactly(first.batch().id());
        assertThat(row(second.batch().id(), "E08000003").getValue()).isEqualByComparingTo("62.9");
        assertThat(row(first.batch().id(), "E08000003").getValue()).isEqualByComparingTo("62.8");
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeListingEveryProblem() throws IOException {
        Path bad = write("bad-outcomes.csv", """
                indicator_id,area_code,period,sex,value,count,denominator,lower_95,upper_95,lower_99_8,upper_99_8,note
                90632,E08000003,2018/19,persons,62.8,1030,1640,65.1,60.4,,,
                90632,E08000001,2018/19,persons,70.0,402,655,57.6,65.0,,,
                90632,E08000002,2018/19,persons,61.0,,,57.6,,,,
                90632,E08000004,2018/19,persons,,,,,,,,
                90632,E08000005,2018/19,persons,61.0,5,0,,,,,
                90632,E08000007,2018/19,persons,61.0,,,58.0,64.0,59.0,63.0,
                90632,E08000008,2018/19,people,61.0,,,,,,,
                90632,E08000009,2019/21,persons,61.0,,,,,,,
                90632,E07999999,2018/19,persons,61.0,,,,,,,
                99999,E08000010,2018/19,persons,61.0,,,,,,,
                90632,E08000010,2018/19,persons,6l.0,,,,,,,
                """);
        int observations = count(OBSERVATION);
        int batches = count(IMPORT_BATCH);

        assertThatThrownBy(() -> imports.load(ImportKind.OUTCOMES, bad, SURVEY))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem("bad-outcomes.csv", 2, "lower_95", "the lower limit 65.1 is above the upper 60.4"),
                        new ImportProblem("bad-outcomes.csv", 3, "value", "the value 70.0 lies outside its limits 57.6 to 65.0"),
                        new ImportProblem("bad-outcomes.csv", 4, "upper_95", "give both limits or neither"),
                        new ImportProblem("bad-outcomes.csv", 5, "note", "a row without a value must say why in its note"),
                        new ImportProblem("bad-outcomes.csv", 6, "denominator", "a denominator must be above 0"),
                        new ImportProblem("bad-outcomes.csv", 7, "lower_99_8", "the 99.8% limits must enclose the 95% limits"),
                        new ImportProblem("bad-outcomes.csv", 8, "sex", "'people' is not one of persons, male, female"),
                        new ImportProblem("bad-outcomes.csv", 9, "period", "'2019/21' is not a period (2018, 2017/18, "
                                + "2017-18, 2016-18, 2016/17 - 18/19, 2018 Q1, 2018/19 Q1)"),
                        new ImportProblem("bad-outcomes.csv", 10, "area_code", "unknown place code 'E07999999'"),
                        new ImportProblem("bad-outcomes.csv", 11, "indicator_id",
                                "unknown indicator '99999' (see outcomes/indicators.csv)"),
                        new ImportProblem("bad-outcomes.csv", 12, "value", "'6l.0' is not a number")));
        assertThat(count(OBSERVATION)).isEqualTo(observations);
        assertThat(count(IMPORT_BATCH)).isEqualTo(batches);
    }

    /**
     * Manchester 2017/18 is in the Fingertips extract already (school_readiness_fsm.csv line 832). The overlap is
     * found by SQL after the file's rows are written, so the refusal rolls back a half-done import.
     */
    /**
     * School readiness (90632) is a proportion in %: its count is part of its denominator, and its value is
     * count / denominator × 100. 60.9 = 1000 / 1642 × 100 to one decimal; 1200 children of 1000 are impossible; 65.0
     * is not 1000 / 1640 × 100 = 60.9756. Unchecked, the first gave NaN limits and a silent WORSE.
     */
    @Test
    void aCountAboveItsDenominatorOrAValueItsCountDoesNotGiveIsRefused() throws IOException {
        Path bad = write("counts.csv", """
                indicator_id,area_code,period,value,count,denominator
                90632,E08000001,2018/19,60.9,1000,1642
                90632,E08000002,2018/19,120.0,1200,1000
                90632,E08000003,2018/19,65.0,1000,1640
                """);
        int observations = count(OBSERVATION);

        assertThatThrownBy(() -> imports.load(ImportKind.OUTCOMES, bad, SURVEY))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem("counts.csv", 3, "count", "a count of 1200 is above its denominator 1000: "
                                + "a proportion cannot be more than the whole"),
                        new ImportProblem("counts.csv", 4, "value", "65.0 is not 1000 / 1640 × 100 = 60.9756, as its "
                                + "count and denominator give")));
        assertThat(count(OBSERVATION)).isEqualTo(observations);
    }

    @Test
    void aFigureAnotherSourceHoldsIsRefusedAfterTheRowsAreWrittenAndNothingIsKept() throws IOException {
        Path overlapping = write("overlapping.csv", """
                indicator_id,area_code,period,value
                90632,E08000001,2018/19,61.4
                90632,E08000003,2017-18,60.0
                """);
        int observations = count(OBSERVATION);
        int batches = count(IMPORT_BATCH);

        assertThatThrownBy(() -> imports.load(ImportKind.OUTCOMES, overlapping, SURVEY))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            ImportProblem problem = e.problems().getFirst();
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).startsWith("indicator 90632 in E08000003 for 2017-18 is already loaded "
                    + "from another source (batch ").endsWith(", school_readiness_fsm.csv); load a corrected file "
                    + "of that source instead");
        });
        assertThat(count(OBSERVATION)).isEqualTo(observations);
        assertThat(count(IMPORT_BATCH)).isEqualTo(batches);
    }
}
