package org.wholeplace.programme.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wholeplace.db.generated.Tables.DISCOUNT_RATE_BAND;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.OPTIMISM_BIAS_GRADE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.provenance.ImportKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The appraisal parameters kept in programmes/appraisal-parameters.yaml, loaded at start like the other catalogues. */
@WholePlaceTest
class AppraisalParametersImportTest {

    static final Path SHIPPED = TestDatabase.repository().resolve("programmes/appraisal-parameters.yaml");

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    DSLContext dsl;
    @TempDir
    Path dir;

    private long currentBatch() {
        return Mono.from(dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.KIND.eq("appraisal-parameters"), IMPORT_BATCH.SUPERSEDED_BY.isNull())).block()
                .value1();
    }

    /** As the file states them: six grades, 0% to 40%; the Green Book's six bands, 3.5% from year 0. */
    @Test
    void theShippedTablesAreLoadedAtStartWithTheirSource() {
        long batch = currentBatch();
        var grades = Flux.from(dsl.selectFrom(OPTIMISM_BIAS_GRADE).where(OPTIMISM_BIAS_GRADE.BATCH_ID.eq(batch))
                .orderBy(OPTIMISM_BIAS_GRADE.GRADE)).collectList().block();
        assertThat(grades).extracting(g -> g.getCorrection().toPlainString())
                .containsExactly("0.00", "0.05", "0.10", "0.15", "0.25", "0.40");
        var bands = Flux.from(dsl.selectFrom(DISCOUNT_RATE_BAND).where(DISCOUNT_RATE_BAND.BATCH_ID.eq(batch))
                .orderBy(DISCOUNT_RATE_BAND.FROM_YEAR)).collectList().block();
        assertThat(bands).extracting(b -> b.getFromYear()).containsExactly(0, 31, 76, 126, 201, 301);
        assertThat(bands).extracting(b -> b.getRate().toPlainString())
                .containsExactly("0.035", "0.030", "0.025", "0.020", "0.015", "0.010");
        var record = Mono.from(dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batch))).block();
        assertThat(record.getPublisher()).isEqualTo("HM Treasury");
        assertThat(record.getLicence()).isEqualTo("Open Government Licence v3.0");
        assertThat(record.getNotes()).isEqualTo("6 confidence grades, 6 discount rate bands, a reinvestment deal of 2 tiers");
    }

    @Test
    void aBadTableIsRefusedWithLineAndFieldAndTheCurrentOneStays() throws IOException {
        long before = currentBatch();
        Path bad = Files.writeString(dir.resolve("bad.yaml"), Files.readString(SHIPPED)
                .replace("{grade: 3, correction: 0.10,", "{grade: 4, correction: 0.10,")
                .replace("{fromYear: 31, rate: 0.030}", "{fromYear: 31, rate: 1}")
                .replace("{fromYear: 126, rate: 0.020}", "{fromYear: 70, rate: 0.020}")
                .replace("licence: Open Government Licence v3.0", "licence: Open Government Licence v3.0\nedition: 2"));

        assertThatThrownBy(() -> imports.load(ImportKind.APPRAISAL_PARAMETERS, bad))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getMessage())
                .contains("[edition]: unknown key 'edition'")
                .contains("[optimismBias[2].grade]: grades run 1, 2, 3 ... in turn: 3 is expected here, not 4")
                .contains("[discountRates[1].rate]: a rate must be below 1")
                .contains("[discountRates[3].fromYear]: bands must be in order of their first year: 70 comes after "
                        + "76"));
        assertThat(currentBatch()).isEqualTo(before);
    }

    /** The deal's tiers overlap (0 to 10% beside 5% to 20%): refused at the tiers' line, the current deal kept. */
    @Test
    void aDealWhoseTiersOverlapIsRefusedAtItsTiers() throws IOException {
        long before = currentBatch();
        int line = Files.readAllLines(SHIPPED).indexOf("    - {from: 0, to: 0.05, share: 0.5}") + 1;
        Path bad = Files.writeString(dir.resolve("overlap.yaml"), Files.readString(SHIPPED)
                .replace("{from: 0, to: 0.05, share: 0.5}", "{from: 0, to: 0.10, share: 0.5}"));

        assertThatThrownBy(() -> imports.load(ImportKind.APPRAISAL_PARAMETERS, bad))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getMessage())
                .contains("overlap.yaml:" + line + " [reinvestmentDeal.tiers]: tier 2 (from 0.05 to 0.20) overlaps "
                        + "the tier before it, or is out of order"));
        assertThat(currentBatch()).isEqualTo(before);
    }
}
