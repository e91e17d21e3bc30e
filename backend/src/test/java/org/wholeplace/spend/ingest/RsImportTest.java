package org.wholeplace.spend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.MHCLG_AUTHORITY_CODE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.provenance.ImportKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Revenue Outturn Summaries shipped for 2010-11 to 2013-14 and 2017-18, as loaded at first start. Expected
 * figures were read from the workbooks with Python's xlrd (sheet "(1)", net current expenditure, £ thousand).
 */
@WholePlaceTest
class RsImportTest {

    private static final String MANCHESTER = "E08000003";

    @Autowired
    DSLContext dsl;
    @Autowired
    HttpGraphQlTester graphQl;
    @RegisterExtension
    final TestImports imports = new TestImports();
    @TempDir
    Path dir;

    private BigDecimal outturn(String agency, String service, int year) {
        return Mono.from(dsl.select(SPEND_LINE.AMOUNT).from(SPEND_LINE)
                .where(SPEND_LINE.AGENCY_CODE.eq(agency), SPEND_LINE.SERVICE_CODE.eq(service),
                        SPEND_LINE.FINANCIAL_YEAR.eq(year), SPEND_LINE.BASIS.eq("outturn"),
                        SPEND_LINE.MEASURE_CODE.eq("net-current-expenditure"))).block().value1();
    }

    @Test
    void eachShippedYearIsABatchOfItsOwn() {
        List<String> keys = Flux.from(dsl.select(IMPORT_BATCH.SOURCE_KEY).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.KIND.eq("rs")).orderBy(IMPORT_BATCH.SOURCE_KEY)).map(r -> r.value1())
                .collectList().block();
        assertThat(keys).containsExactly("rs:2010-11", "rs:2011-12", "rs:2012-13", "rs:2013-14", "rs:2017-18");
    }

    @Test
    void figuresAreReadByHeadingAndPlacedByTheirECode() {
        // 2010-11: one social care column, its own service; Manchester E4203, row 294
        assertThat(outturn(MANCHESTER, "social-care", 2010)).isEqualByComparingTo("324462000");
        assertThat(outturn(MANCHESTER, "education", 2010)).isEqualByComparingTo("421134000");
        assertThat(outturn(MANCHESTER, "childrens-social-care", 2011)).isEqualByComparingTo("107429000");
        assertThat(outturn(MANCHESTER, "adult-social-care", 2011)).isEqualByComparingTo("174549000");
        assertThat(outturn(MANCHESTER, "childrens-social-care", 2013)).isEqualByComparingTo("100023000");
        assertThat(outturn(MANCHESTER, "total-service-expenditure", 2013)).isEqualByComparingTo("827425000");
        // 2017-18 holds 379996.82929 (£ thousand) where the sheet shows 379,997
        assertThat(outturn(MANCHESTER, "education", 2017)).isEqualByComparingTo("379996829.29");
        assertThat(outturn(MANCHESTER, "childrens-social-care", 2017)).isEqualByComparingTo("115000000");
    }

    @Test
    void theECodesLaterFilesStateAreKeptAsData() {
        var manchester = Mono.from(dsl.selectFrom(MHCLG_AUTHORITY_CODE)
                .where(MHCLG_AUTHORITY_CODE.E_CODE.eq("E4203"))).block();
        assertThat(manchester.getPlaceCode()).isEqualTo(MANCHESTER);
        var policeAuthority = Mono.from(dsl.selectFrom(MHCLG_AUTHORITY_CODE)
                .where(MHCLG_AUTHORITY_CODE.E_CODE.eq("E6042"))).block();
        assertThat(policeAuthority.getPlaceCode()).isNull();
        assertThat(policeAuthority.getRetiredNote()).contains("police authority");
        String notes2010 = Mono.from(dsl.select(IMPORT_BATCH.NOTES).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.SOURCE_KEY.eq("rs:2010-11"))).block().value1();
        // 37 police authorities, 3 fire and 5 transport authorities: 45 bodies no later return names
        assertThat(notes2010).contains("45 bodies that no later return names have no place and are not loaded: ")
                .contains("E6042 Greater Manchester Police Authority");
    }

    @Test
    void anECodeNoFileHasStatedIsRefusedNamingItsCell() throws Exception {
        Path sample = Path.of(getClass().getResource("/samples/rs-2012-13-unknown-code.csv").toURI());
        Path file = Files.copy(sample, dir.resolve("rs-unknown.csv"));

        assertThatThrownBy(() -> imports.load(ImportKind.RS, file))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem("rs-unknown.csv", 7, "A7 E-code", "E9999 (Nowhere Borough) "
                                + "is stated beside an ONS code by no file loaded; load a return that states both "
                                + "(RSX, RA, or RS from 2017-18) first")));
    }

    @Test
    void theSpendApiShowsFifteenYearsWithTheirGaps() {
        graphQl.document("""
                        { financialYears { label }
                          spend(filter: {agencies: ["E08000003"], services: ["childrens-social-care"]},
                                groupBy: [YEAR], orderBy: [{by: YEAR, direction: ASC}]) { rows { year { label } total } } }""")
                .execute()
                .path("financialYears[*].label").entityList(String.class).containsExactly("2010-11", "2011-12",
                        "2012-13", "2013-14", "2017-18", "2021-22", "2022-23")
                // 2010-11 has no children's social care of its own (one social care column): a gap, as are 2014-17
                // and 2018-21; 2021-22 and 2022-23 from the RSX CSVs (136,264 and 152,532)
                .path("spend.rows[*].year.label").entityList(String.class).containsExactly("2011-12", "2012-13",
                        "2013-14", "2017-18", "2021-22", "2022-23")
                .path("spend.rows[*].total").entityList(String.class).containsExactly("107429000.00", "98042000.00",
                        "100023000.00", "115000000.00", "136264000.00", "152532000.00");
    }
}
