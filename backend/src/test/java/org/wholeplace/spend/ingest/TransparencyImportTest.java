package org.wholeplace.spend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.provenance.ImportBatch;
import org.wholeplace.provenance.ImportKind;
import reactor.core.publisher.Flux;

/** A "spending over £500" file through its publisher's mapping: payments summed per service, year and supplier. */
@WholePlaceTest
class TransparencyImportTest {

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    DSLContext dsl;
    @TempDir
    Path dir;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(TransparencyImportTest.class.getResource("/samples/" + name).toURI());
    }

    @Test
    void paymentsAreSummedPerServiceYearAndSupplier() throws Exception {
        ImportBatch batch = imports.load(ImportKind.TRANSPARENCY, resource("transparency-example.csv"), null,
                resource("transparency-example.yaml")).batch();

        assertThat(batch.rowsRead()).isEqualTo(5);
        assertThat(batch.source()).isEqualTo("Spending over £500: Example Council (test sample)");
        assertThat(batch.period()).isEqualTo("2021-22,2022-23");
        // by hand: Acorn 1,250.00 + 750.50 (April and May 2022); Oak House £2000 on 31 March 2023, still 2022-23;
        // adult services 999.99 on 1 April 2022; Acorn −100.00 on 2 March 2022, in 2021-22
        var lines = Flux.from(dsl.selectFrom(SPEND_LINE).where(SPEND_LINE.BATCH_ID.eq(batch.id()))
                .orderBy(SPEND_LINE.FINANCIAL_YEAR, SPEND_LINE.SERVICE_CODE, SPEND_LINE.SUPPLIER)).collectList().block();
        assertThat(lines).extracting(l -> l.getFinancialYear(), l -> l.getServiceCode(), l -> l.getSupplier(),
                        l -> l.getAmount().toPlainString(), l -> l.getMeasureCode(), l -> l.getAgencyCode())
                .containsExactly(
                        tuple(2021, "childrens-social-care", "Acorn Fostering Ltd", "-100.00", "total-expenditure",
                                "E08000003"),
                        tuple(2022, "adult-social-care", "Oak House Care", "999.99", "total-expenditure", "E08000003"),
                        tuple(2022, "childrens-social-care", "Acorn Fostering Ltd", "2000.50", "total-expenditure",
                                "E08000003"),
                        tuple(2022, "childrens-social-care", "Oak House Care", "2000.00", "total-expenditure",
                                "E08000003"));
    }

    @Test
    void aPaymentTheMappingCannotPlaceIsRefused() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                Body Name,Service Area,Expense Type,Payment Date,Transaction Number,Supplier Name,Amount
                Example Council,Highways,Potholes,15/04/2022,1,Tarmac Ltd,10.00
                Example Council,Adult Services,Home Care,2022-04-15,2,Oak House Care,10.00
                Example Council,Adult Services,Home Care,15/04/2022,3,Oak House Care,ten pounds
                """);

        assertThatThrownBy(() -> imports.load(ImportKind.TRANSPARENCY, bad, null,
                resource("transparency-example.yaml")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::reason)
                        .containsExactly(
                                tuple(2L, "Service Area",
                                        "service area 'Highways' has no service in mapping transparency-example.yaml"),
                                tuple(3L, "Payment Date", "'2022-04-15' is not a date like the mapping's pattern"),
                                tuple(4L, "Amount", "'ten pounds' is not an amount in pounds")));
    }

    @Test
    void aMappingWithoutItsColumnsIsRefused() throws IOException {
        Path mapping = Files.writeString(dir.resolve("thin.yaml"), "publisher: Thin\nlicence: OGL\n");

        assertThatThrownBy(() -> imports.load(ImportKind.TRANSPARENCY, resourceUnchecked("transparency-example.csv"),
                null, mapping))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::field)
                        .containsExactly("agency", "place", "date-format", "columns", "services"));
    }

    private static Path resourceUnchecked(String name) {
        try {
            return resource(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
