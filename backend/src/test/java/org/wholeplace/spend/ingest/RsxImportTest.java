package org.wholeplace.spend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wholeplace.db.generated.Tables.AGENCY;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.PLACE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.db.Transactions;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.ImportService;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.provenance.ImportBatchRepository;
import org.wholeplace.provenance.ImportEvents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.ImportNotifications;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loading the revenue outturn files into PostgreSQL: provenance, exact line counts, loading twice, and that a file
 * refused or an import failing halfway leaves the database exactly as it was.
 */
@WholePlaceTest
class RsxImportTest {

    // sha256sum of the shipped files
    static final String SHA_2021 = "c97ae787c00db9ef82c80c48115e9cd8d6e1d93107680adce9337284049871f9";
    static final String SHA_2022 = "4f8520a0172e34ebca751893556de65fb0aa21dce35c797d1ed81b233c0d2227";

    @Autowired
    HttpGraphQlTester graphQl;
    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    DSLContext dsl;
    @Autowired
    ImportBatchRepository batches;
    @Autowired
    ReferenceDataCache reference;
    @Autowired
    Transactions transactions;
    @Autowired
    ImportEvents events;
    @Autowired
    ImportNotifications notifications;
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private int count(Table<?> table) {
        return Mono.from(dsl.selectCount().from(table)).block().value1();
    }

    private List<Integer> counts() {
        return List.of(count(IMPORT_BATCH), count(PLACE), count(AGENCY), count(SPEND_LINE));
    }

    @Test
    void eachDemoFileIsABatchWithItsProvenance() {
        var response = graphQl.documentName("imports").variable("kind", "rsx").execute();

        response.path("imports[*].fileName").entityList(String.class)
                .containsExactly("RSX_2022-23.csv", "RSX_2021-22.csv");
        response.path("imports[0].sha256").entity(String.class).isEqualTo(SHA_2022);
        response.path("imports[1].sha256").entity(String.class).isEqualTo(SHA_2021);
        response.path("imports[0].kind").entity(String.class).isEqualTo("rsx");
        response.path("imports[0].period").entity(String.class).isEqualTo("2022-23");
        response.path("imports[0].licence").entity(String.class).isEqualTo("Open Government Licence v3.0");
        response.path("imports[0].rowsRead").entity(Integer.class).isEqualTo(427);   // 426 authorities + ENGLAND
        response.path("imports[0].rowsLoaded").entity(Integer.class).isEqualTo(426);
        response.path("imports[0].synthetic").entity(Boolean.class).isEqualTo(false);
        response.path("imports[0].notes").entity(String.class)
                .satisfies(notes -> assertThat(notes).contains("ENGLAND", "Lee Valley"));
        response.path("imports[0].rowsRejected").entity(Integer.class).isEqualTo(0);
        response.path("imports[0].sourceKey").entity(String.class).isEqualTo("rsx:2022-23");
        response.path("imports[0].current").entity(Boolean.class).isEqualTo(true);
        graphQl.documentName("imports").variable("kind", "population").execute()
                .path("imports[0].rowsLoaded").entity(Integer.class).isEqualTo(165);   // 11 places x 15 years
        graphQl.documentName("imports").variable("kind", "horoscope").execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getMessage())
                        .startsWith("Unknown import kind 'horoscope'"));
    }

    @Test
    void everyFigureOfTheFileIsALine() {
        // 41,356 non-blank cells under RSX-* codes in each file (counted with a few lines of Python)
        List<Integer> linesPerYear = Flux.from(dsl.select(org.jooq.impl.DSL.count()).from(SPEND_LINE)
                        .where(SPEND_LINE.BASIS.eq("outturn"), SPEND_LINE.BATCH_ID.in(dsl.select(IMPORT_BATCH.ID)
                                .from(IMPORT_BATCH).where(IMPORT_BATCH.KIND.eq("rsx"))))
                        .groupBy(SPEND_LINE.FINANCIAL_YEAR).orderBy(SPEND_LINE.FINANCIAL_YEAR))
                .map(r -> r.value1()).collectList().block();
        assertThat(linesPerYear).containsExactly(41_356, 41_356);
    }

    /**
     * The CSV shipped (release of 6 June 2024) is current; the ODS of 14 December 2023 is then loaded as a release of
     * the same return and year. Which authorities differ, and by how much, was worked out with Python from the two
     * files (csv module; the ODS's content.xml, the authorities' table only): 34 authorities, of the 422 with a
     * figure in either (GM Police and the GMCA share Greater Manchester's place, so 421 places); Luton's total
     * service expenditure 408,825 and 412,539 (£ thousand), Torbay's 209,370 against "[x]" (no figure), Leicester's
     * ten figures differing elsewhere.
     */
    @Test
    void aLaterReleaseOfTheSameYearSupersedesAndSaysWhatChanged() {
        Long csvBatch = Mono.from(dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.SOURCE_KEY.eq("rsx:2022-23"), IMPORT_BATCH.SUPERSEDED_BY.isNull())).block()
                .value1();

        ImportOutcome outcome = imports.load(ImportKind.RSX, RsxParserTest.RSX_2022_ODS);

        assertThat(outcome.supersededBatchIds()).containsExactly(csvBatch);
        assertThat(outcome.batch().notes())
                .contains("revises rsx:2022-23 (batch " + csvBatch + ", RSX_2022-23.csv, kept as history): the figures "
                        + "of 34 of 421 places changed:")
                .contains("  E06000032 Luton: 14 figures changed; total service expenditure £408,825,000 → "
                        + "£412,539,000 (+£3,714,000)")
                .contains("  E06000027 Torbay: 98 figures changed; total service expenditure £209,370,000 → none")
                .contains("  E06000016 Leicester: 10 figures changed; total service expenditure unchanged")
                .doesNotContain("E08000003");   // Manchester's figures are the same in both
    }

    @Test
    void loadingTheSameFileAgainChangesNothing() {
        List<Integer> before = counts();

        ImportOutcome again = imports.load(ImportKind.RSX, RsxParserTest.RSX_2022);

        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(again.batch().sha256()).isEqualTo(SHA_2022);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aRefusedFileWritesNothing() throws IOException {
        List<Integer> before = counts();
        String broken = Files.readString(RsxParserTest.RSX_2022).replace("2022-23", "2030-31")
                .replace("E4203,E08000003,Manchester,,MD,MD,N,\"251,676\"", "E4203,E08000003,Manchester,,MD,MD,N,£");

        Path file = file("broken.csv", broken);
        assertThatThrownBy(() -> imports.load(ImportKind.RSX, file))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("broken.csv:325 [H325 RSX-edu-empl]: '£' is not a number");
        assertThat(counts()).isEqualTo(before);
    }

    /** COPY fails after 1,000 of the lines reached PostgreSQL: the new place, agency and batch must go too. */
    @Test
    void anImportFailingHalfwayLeavesNoTrace() throws IOException {
        List<Integer> before = counts();
        String newYearNewPlace = Files.readString(RsxParserTest.RSX_2022).replace("2022-23", "2031-32")
                .replace("E3831,E07000223,Adur", "E3831,E07999999,Adur-on-Test");
        var failingCopy = new SpendLineCopy() {
            @Override
            public Mono<Long> copy(TransactionScope scope, long batchId, Flux<NewSpendLine> lines) {
                return super.copy(scope, batchId, lines.take(1000)
                        .concatWith(Flux.error(new IOException("disk unplugged"))));
            }
        };
        var failingImports = new ImportService(List.of(new RsxImporter(failingCopy, reference)), transactions, batches,
                events, notifications);
        Path file = file("halfway.csv", newYearNewPlace);

        assertThatThrownBy(() -> failingImports.importFile(ImportKind.RSX, file, null, "test", read -> { }).block())
                .hasMessageContaining("disk unplugged");

        assertThat(counts()).isEqualTo(before);
        assertThat(Mono.from(dsl.selectCount().from(PLACE).where(PLACE.CODE.eq("E07999999"))).block().value1())
                .isZero();
    }
}
