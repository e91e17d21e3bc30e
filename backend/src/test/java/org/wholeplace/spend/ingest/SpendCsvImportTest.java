package org.wholeplace.spend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE_SUPERSEDED;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.GreaterManchester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.provenance.ImportBatch;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

/**
 * The canonical spend CSV into PostgreSQL: every row, apportionment to the penny, a corrected file replacing the
 * earlier one with its history kept, and files refused whole. Each test removes the spend batches it made, so the
 * real data the other tests read stays as it was.
 */
@WholePlaceTest
public class SpendCsvImportTest {

    public static final Provenance TEST_AGENCY = new Provenance("Test agency returns", "Whole Place tests",
            "Open Government Licence v3.0", null, true);

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    DSLContext dsl;
    @Autowired
    HttpGraphQlTester graphQl;
    @TempDir
    Path dir;

    public static Path sample() throws URISyntaxException {
        return Path.of(SpendCsvImportTest.class.getResource("/samples/spend-canonical.csv").toURI());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int count(Table<?> table) {
        return Mono.from(dsl.selectCount().from(table)).block().value1();
    }

    private List<Integer> counts() {
        return List.of(count(IMPORT_BATCH), count(SPEND_LINE), count(SPEND_LINE_SUPERSEDED));
    }

    /**
     * The lines a file adds are analysed once it commits, so that the first queries of them are planned on
     * statistics that know them (the machine's PostgreSQL runs with autovacuum off; many do it late).
     */
    @Test
    void theLinesAreAnalysedOnceTheImportCommits() throws Exception {
        OffsetDateTime before = Mono.from(dsl.select(DSL.currentOffsetDateTime())).block().value1();

        imports.load(ImportKind.SPEND, sample(), TEST_AGENCY);

        OffsetDateTime analysed = Mono.from(dsl.select(DSL.field("last_analyze", OffsetDateTime.class))
                .from(DSL.table("pg_stat_user_tables")).where(DSL.field("relname").eq("spend_line"))).block()
                .value1();
        assertThat(analysed).isAfterOrEqualTo(before);
    }

    @Test
    void loadsEveryRowAndApportionsByPopulationToThePenny() throws Exception {
        ImportOutcome outcome = imports.load(ImportKind.SPEND, sample(), TEST_AGENCY);

        ImportBatch batch = outcome.batch();
        assertThat(outcome.alreadyLoaded()).isFalse();
        assertThat(batch.rowsRead()).isEqualTo(4);
        assertThat(batch.rowsLoaded()).isEqualTo(4);
        assertThat(batch.period()).isEqualTo("2022-23");
        assertThat(batch.sourceKey()).isEqualTo("spend:Test agency returns:2022-23");
        assertThat(batch.synthetic()).isTrue();
        // three direct rows and one row split over the ten boroughs
        assertThat(Mono.from(dsl.selectCount().from(SPEND_LINE).where(SPEND_LINE.BATCH_ID.eq(batch.id())))
                .block().value1()).isEqualTo(13);

        // £1,000,000 of GM Police spend by mid-2022 population (sum 2,919,285): each borough's part rounded down to
        // the penny, the 6 pennies left going to the largest remainders (worked out with exact fractions)
        var response = graphQl.documentName("policeByPlace").variable("themes", List.of("transforming-justice"))
                .variable("places", GreaterManchester.BOROUGHS).execute();
        response.path("spend.total").entity(String.class).isEqualTo("1000000.00");
        graphQl.documentName("spendWithBatches")
                .variable("filter", Map.of("agencies", List.of("E23000005"), "themes", List.of("transforming-justice"),
                        "places", GreaterManchester.BOROUGHS, "years", List.of("2022-23")))
                .execute()
                .path("spend.rows[0].synthetic").entity(Boolean.class).isEqualTo(true);   // stated --synthetic
        response.path("spend.rows[*].place.code").entityList(String.class).containsExactly("E08000001",
                "E08000002", "E08000003", "E08000004", "E08000005", "E08000006", "E08000007", "E08000008",
                "E08000009", "E08000010");
        response.path("spend.rows[*].total").entityList(String.class).containsExactly("102750.16", "66812.94",
                "194946.02", "83885.27", "78003.69", "95928.97", "101869.46", "79922.99", "81237.70", "114642.80");

        var supplierLine = Mono.from(dsl.selectFrom(SPEND_LINE).where(SPEND_LINE.BATCH_ID.eq(batch.id()))
                .and(SPEND_LINE.THEME_CODE.eq("troubled-families"))).block();
        assertThat(supplierLine.getSupplier()).isEqualTo("Family Intervention Ltd, Manchester");
        assertThat(supplierLine.getAmount()).isEqualByComparingTo("99999.99");
        assertThat(supplierLine.getSourceLine()).isEqualTo(4);
        assertThat(supplierLine.getApportioned()).isFalse();
        assertThat(Mono.from(dsl.selectDistinct(SPEND_LINE.APPORTIONMENT_DRIVER).from(SPEND_LINE)
                .where(SPEND_LINE.BATCH_ID.eq(batch.id())).and(SPEND_LINE.APPORTIONED)).block().value1())
                .isEqualTo("population");
    }

    @Test
    void apportionsByACaseloadLoadedAsData() throws Exception {
        Path caseload = Path.of(getClass().getResource("/samples/driver-caseload.csv").toURI());
        imports.load(ImportKind.DRIVER, caseload, TEST_AGENCY);
        Path spend = write("by-caseload.csv", """
                place,agency,service,theme,financial_year,amount,apportion_by
                E47000001,E23000005,police,transforming-justice,2022-23,550.00,test-caseload
                """);

        imports.load(ImportKind.SPEND, spend, TEST_AGENCY);

        // caseloads 1, 2, ... 10 (sum 55): £550 splits into £10, £20, ... £100, exactly
        graphQl.documentName("policeByPlace").variable("themes", List.of("transforming-justice"))
                .variable("places", GreaterManchester.BOROUGHS).execute()
                .path("spend.rows[*].total").entityList(String.class).containsExactly("10.00", "20.00", "30.00",
                        "40.00", "50.00", "60.00", "70.00", "80.00", "90.00", "100.00");
    }

    @Test
    void aBadDriverFileIsRefused() throws IOException {
        Path bad = write("bad-driver.csv", """
                driver,ons_code,mid_year,value
                population,E08000001,2022,1
                test-caseload,E08000099,2022,1
                test-caseload,E08000001,22,-3
                """);

        assertThatThrownBy(() -> imports.load(ImportKind.DRIVER, bad, TEST_AGENCY))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "driver"),
                                org.assertj.core.groups.Tuple.tuple(3L, "ons_code"),
                                org.assertj.core.groups.Tuple.tuple(4L, "mid_year"),
                                org.assertj.core.groups.Tuple.tuple(4L, "value")));
    }

    @Test
    void loadingTheSameFileAgainChangesNothing() throws Exception {
        ImportOutcome first = imports.load(ImportKind.SPEND, sample(), TEST_AGENCY);
        List<Integer> before = counts();

        ImportOutcome again = imports.load(ImportKind.SPEND, sample(), TEST_AGENCY);

        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(again.batch().id()).isEqualTo(first.batch().id());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aCorrectedFileReplacesTheEarlierBatchAndKeepsItAsHistory() throws Exception {
        ImportOutcome first = imports.load(ImportKind.SPEND, sample(), TEST_AGENCY);
        Path corrected = write("spend-canonical-corrected.csv",
                Files.readString(sample()).replace("1234.56", "2234.56"));

        ImportOutcome second = imports.load(ImportKind.SPEND, corrected, TEST_AGENCY);

        assertThat(second.supersededBatchIds()).containsExactly(first.batch().id());
        var old = Mono.from(dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(first.batch().id()))).block();
        assertThat(old.getSupersededBy()).isEqualTo(second.batch().id());
        assertThat(Mono.from(dsl.selectCount().from(SPEND_LINE).where(SPEND_LINE.BATCH_ID.eq(first.batch().id())))
                .block().value1()).isZero();
        assertThat(Mono.from(dsl.selectCount().from(SPEND_LINE_SUPERSEDED)
                .where(SPEND_LINE_SUPERSEDED.BATCH_ID.eq(first.batch().id()))).block().value1()).isEqualTo(13);
        // only the corrected figure counts now
        assertThat(Mono.from(dsl.select(SPEND_LINE.AMOUNT).from(SPEND_LINE)
                .where(SPEND_LINE.AGENCY_CODE.eq("gm-fire")).and(SPEND_LINE.BATCH_ID.eq(second.batch().id())))
                .block().value1()).isEqualByComparingTo("2234.56");
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeListingEveryProblem() throws IOException {
        List<Integer> before = counts();
        Path bad = write("bad.csv", """
                place,agency,service,theme,financial_year,intervention_level,supplier,amount,apportion_by
                E08000003,E08000003,education,,2022-23,,,100.00,
                E0800000X,E08000003,education,,2022-23,,,100.00,
                E08000003,E08000003,education,,2022-2023,,,100.00,
                E08000003,E08000003,education,,2022-23,sometimes,,£100,
                E08000003,E08000003,total-service-expenditure,,2022-23,,,1.00,
                E47000001,E23000005,police,,2022-23,,,100.00,caseload
                E08000003,E08000003,education
                """);

        assertThatThrownBy(() -> imports.load(ImportKind.SPEND, bad, TEST_AGENCY))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.totalProblems()).isEqualTo(7);
                    assertThat(e.problems()).containsExactly(
                            new ImportProblem("bad.csv", 3, "place", "unknown place code 'E0800000X'"),
                            new ImportProblem("bad.csv", 4, "financial_year",
                                    "'2022-2023' is not a financial year; write it as 2022-23"),
                            new ImportProblem("bad.csv", 5, "intervention_level",
                                    "'sometimes' is not one of [reactive, specialist, targeted, universal]"),
                            new ImportProblem("bad.csv", 5, "amount", "'£100' is not an amount in pounds like 1234.56"),
                            new ImportProblem("bad.csv", 6, "service",
                                    "'total-service-expenditure' is a reported total, not a service"),
                            new ImportProblem("bad.csv", 7, "apportion_by",
                                    "unknown driver 'caseload'; known: population and the drivers loaded as data"),
                            new ImportProblem("bad.csv", 8, null,
                                    "has 3 fields where the header has 9; is the line truncated?"));
                });
        assertThat(counts()).isEqualTo(before);
    }

    /** Duplicates are found by PostgreSQL after COPY has written the rows: the rollback must take them all back. */
    @Test
    void duplicateRowsAreFoundAfterTheRowsAreWrittenAndNothingIsKept() throws IOException {
        List<Integer> before = counts();
        Path twice = write("twice.csv", """
                place,agency,service,financial_year,amount
                E08000003,E08000003,education,2022-23,100.00
                E08000002,E08000002,education,2022-23,100.00
                E08000003,E08000003,education,2022-23,250.00
                """);

        assertThatThrownBy(() -> imports.load(ImportKind.SPEND, twice, TEST_AGENCY))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem("twice.csv", 4, null, "the same place, agency, service, theme, year, "
                                + "measure, level and supplier as line 2")));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "place,agency,service,financial_year,amount,supplier\nE08000003,E08000003,education,2022-23,1.00,Café Ltd\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> imports.load(ImportKind.SPEND, latin1, TEST_AGENCY))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem("latin1.csv", 2, "supplier", "is not UTF-8 text; save the file as UTF-8")));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefused() throws IOException {
        Path noAmount = write("no-amount.csv", "place,agency,service,financial_year,cost\n");

        assertThatThrownBy(() -> imports.load(ImportKind.SPEND, noAmount, TEST_AGENCY))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::field).containsExactly("amount", "cost"));
    }
}
