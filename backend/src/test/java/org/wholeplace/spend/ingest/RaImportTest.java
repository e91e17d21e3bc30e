package org.wholeplace.spend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wholeplace.db.generated.Tables.AGENCY;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.PLACE;
import static org.wholeplace.db.generated.Tables.SERVICE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.db.Transactions;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.ImportService;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.provenance.ImportBatchRepository;
import org.wholeplace.provenance.ImportEvents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.ImportNotifications;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Revenue Account budget loader on the shipped 2021-22 file and on a layout and encoding never published. The
 * expected figures were read from the files with a few lines of Python (csv module), not with this code.
 */
@WholePlaceTest
class RaImportTest {

    static final Path RA_2021 = TestDatabase.data().resolve("revenue-account/RA_2021-22.csv");
    static final String MANCHESTER = "E08000003";

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

    static Path newLayout() {
        try {
            return Path.of(RaImportTest.class.getResource("/samples/ra-2030-31-new-layout.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(Table<?> table) {
        return Mono.from(dsl.selectCount().from(table)).block().value1();
    }

    private List<Integer> counts() {
        return List.of(count(IMPORT_BATCH), count(PLACE), count(AGENCY), count(SERVICE), count(SPEND_LINE));
    }

    private BigDecimal budget(String place, String service, int year) {
        return Mono.from(dsl.select(SPEND_LINE.AMOUNT).from(SPEND_LINE)
                .where(SPEND_LINE.PLACE_CODE.eq(place), SPEND_LINE.SERVICE_CODE.eq(service),
                        SPEND_LINE.FINANCIAL_YEAR.eq(year), SPEND_LINE.BASIS.eq("budget"))).block().value1();
    }

    @Test
    void theShippedFileIsABudgetBatchOfEveryServiceFigure() {
        var batch = Mono.from(dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.KIND.eq("ra"))).block();
        assertThat(batch.getFileName()).isEqualTo("RA_2021-22.csv");
        assertThat(batch.getPeriod()).isEqualTo("2021-22");
        assertThat(batch.getSourceKey()).isEqualTo("ra:2021-22");
        assertThat(batch.getRowsRead()).isEqualTo(425);
        assertThat(batch.getRowsLoaded()).isEqualTo(425);
        assertThat(batch.getNotes())
                .contains("columns after line 799")
                .doesNotContain("is headed", "is new", "not in this file");
        // 62,431 non-blank cells in the 149 columns from line 110 to line 799, over the 425 authorities
        assertThat(Mono.from(dsl.selectCount().from(SPEND_LINE).where(SPEND_LINE.BATCH_ID.eq(batch.getId())))
                .block().value1()).isEqualTo(62_431);
        assertThat(Mono.from(dsl.selectCount().from(SPEND_LINE)
                .where(SPEND_LINE.BATCH_ID.eq(batch.getId()), SPEND_LINE.BASIS.ne("budget"))).block().value1())
                .isZero();
    }

    @Test
    void everyDetailedLineIsItsOwnServiceAndTheGroupTotalIsKeptAsReported() {
        // Manchester's row, line 310 ... 330, in £ thousand
        assertThat(budget(MANCHESTER, "ra-110", 2021)).isEqualByComparingTo("47833000");
        assertThat(budget(MANCHESTER, "ra-310", 2021)).isEqualByComparingTo("3737000");
        assertThat(budget(MANCHESTER, "ra-322", 2021)).isEqualByComparingTo("11997000");
        assertThat(budget(MANCHESTER, "ra-323", 2021)).isEqualByComparingTo("3545000");
        assertThat(budget(MANCHESTER, "childrens-social-care", 2021)).isEqualByComparingTo("129814000");
        assertThat(budget("E08000006", "ra-310", 2021)).isEqualByComparingTo("-360000");   // Salford
        assertThat(Mono.from(dsl.select(SPEND_LINE.ITEMISED).from(SPEND_LINE)
                .where(SPEND_LINE.PLACE_CODE.eq(MANCHESTER), SPEND_LINE.SERVICE_CODE.eq("childrens-social-care"),
                        SPEND_LINE.BASIS.eq("budget"))).block().value1()).isTrue();

        var youthJustice = reference.get().services().get("ra-323");
        assertThat(youthJustice.name()).isEqualTo("Children's social care: Youth justice");
        assertThat(youthJustice.parentCode()).isEqualTo("childrens-social-care");
        assertThat(youthJustice.formLine()).isEqualTo(323);
        // the form's curly apostrophe and en dash, read intact
        assertThat(reference.get().services().get("ra-325").name())
                .isEqualTo("Children's social care: Safeguarding children and young people\u2019s services");
        assertThat(reference.get().services().get("ra-332").name()).isEqualTo("Physical support - adults (18\u201364)");
    }

    @Test
    void aLayoutAndEncodingNeverSeenAreReadByLineNumbersAndHeadings() throws IOException {
        byte[] bytes = Files.readAllBytes(newLayout());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\uFFFD");   // not UTF-8: Windows-1252

        RaReturn ra = new RaParser(reference.get().services().values()).parse(SourceFile.of("new.csv", bytes));

        assertThat(ra.year().label()).isEqualTo("2030-31");
        assertThat(ra.encoding()).isEqualTo("Windows-1252");
        assertThat(ra.newServices()).containsExactly(new RaReturn.NewService("ra-316",
                "Children's social care: Early help \u2013 family hubs (\u00a3 from the Start for Life grant)",
                "childrens-social-care", 316));
        assertThat(ra.authorities()).hasSize(2);
        var manchester = ra.authorities().getFirst();
        Map<String, BigDecimal> figures = new java.util.HashMap<>();
        manchester.amounts().forEach(a -> figures.put(a.serviceCode(), a.pounds()));
        assertThat(figures).containsOnlyKeys("ra-110", "ra-120", "education", "ra-310", "ra-316", "ra-323",
                "childrens-social-care", "total-service-expenditure");
        assertThat(figures.get("ra-316")).isEqualByComparingTo("1250000");
        assertThat(figures.get("total-service-expenditure")).isEqualByComparingTo("159350000");
        assertThat(manchester.amounts().stream().filter(RaReturn.Amount::itemised).map(RaReturn.Amount::serviceCode))
                .containsExactly("education", "childrens-social-care");
        assertThat(ra.authorities().get(1).name()).isEqualTo("Blyth\u2013on\u2013Test");
        assertThat(ra.notes()).anySatisfy(n -> assertThat(n).isEqualTo("read as Windows-1252: the file is not valid UTF-8"))
                .anySatisfy(n -> assertThat(n).startsWith("form line 316 'Children's social care: Early help")
                        .endsWith("is new: registered as service ra-316 under childrens-social-care"))
                .anySatisfy(n -> assertThat(n).startsWith("form lines not in this file: 130, 140, 145"))
                .anySatisfy(n -> assertThat(n).isEqualTo("1 columns after line 799 (housing benefits, precepts and "
                        + "levies, financing, reserves, the HRA) are not service expenditure; not loaded"))
                // Blyth's children's social care: 501 against 500 + 0
                .anySatisfy(n -> assertThat(n).startsWith("1 group totals differ from the sum of their lines"));
    }

    /** The RA case: one form line reads "Category discontinued" in every authority's cell. */
    @Test
    void aLineTheFormDiscontinuedIsNotedNotRefused() throws IOException {
        String text = new String(Files.readAllBytes(newLayout()), StandardCharsets.ISO_8859_1)
                .replace("\"1,250\"", "Category discontinued").replace(",...,", ",Category discontinued,");
        RaParser parser = new RaParser(reference.get().services().values());

        RaReturn ra = parser.parse(SourceFile.of("discontinued.csv", text.getBytes(StandardCharsets.ISO_8859_1)));

        // column J is line 316, Early help: no figure for either authority; line 310 still read (4,000 and 500)
        assertThat(ra.authorities()).allSatisfy(a -> assertThat(a.amounts())
                .noneMatch(m -> m.serviceCode().equals("ra-316")));
        assertThat(ra.authorities().getFirst().amounts()).anySatisfy(m -> {
            assertThat(m.serviceCode()).isEqualTo("ra-310");
            assertThat(m.pounds()).isEqualByComparingTo("4000000");
        });
        assertThat(ra.notes()).anySatisfy(n -> assertThat(n).startsWith("column J (line 316 Children's social care: "
                + "Early help").endsWith("every one of the 2 authority rows reads 'Category discontinued', the "
                + "form's note on that line; no figure"));

        // the same text in one authority's cell only is that authority's mistake
        String stray = new String(Files.readAllBytes(newLayout()), StandardCharsets.ISO_8859_1)
                .replace("\"1,250\"", "Category discontinued");
        assertThatThrownBy(() -> parser.parse(SourceFile.of("stray.csv", stray.getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.line()).isEqualTo(7);
                            assertThat(p.field()).startsWith("J7 line 316");
                            assertThat(p.reason()).isEqualTo("'Category discontinued' is not a number");
                        }));
    }

    @Test
    void aFileOfANewLayoutLoadsWithItsNewLine() {
        ImportOutcome outcome = imports.load(ImportKind.RA, newLayout());
        assertThat(outcome.batch().rowsLoaded()).isEqualTo(2);
        assertThat(reference.get().services().get("ra-316").parentCode()).isEqualTo("childrens-social-care");
        assertThat(budget(MANCHESTER, "ra-316", 2030)).isEqualByComparingTo("1250000");
        assertThat(reference.get().place("E06999901").orElseThrow().kind()).isEqualTo("unitary-authority");
    }

    @Test
    void loadingTheSameFileAgainChangesNothing() {
        List<Integer> before = counts();
        assertThat(imports.load(ImportKind.RA, RA_2021).alreadyLoaded()).isTrue();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aRefusedFileWritesNothingAndNamesLineAndColumn() throws IOException {
        List<Integer> before = counts();
        String broken = Files.readString(RA_2021).replace("2021-22: Revenue", "2032-33: Revenue")
                .replace("E4203,E08000003,Manchester,,MD,\"47,833\"", "E4203,E08000003,Manchester,,MD,lots");
        Path file = Files.writeString(dir.resolve("broken.csv"), broken);

        assertThatThrownBy(() -> imports.load(ImportKind.RA, file))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("broken.csv:")
                .hasMessageContaining("[F275 line 110 (Early years)]: 'lots' is not a number");
        assertThat(counts()).isEqualTo(before);
    }

    /** COPY fails after one line: the new service, place, agency and batch must all go. */
    @Test
    void anImportFailingHalfwayLeavesNoTrace() {
        List<Integer> before = counts();
        var failingCopy = new SpendLineCopy() {
            @Override
            public Mono<Long> copy(TransactionScope scope, long batchId, Flux<NewSpendLine> lines) {
                return super.copy(scope, batchId, lines.take(1).concatWith(Flux.error(new IOException("disk full"))));
            }
        };
        var failing = new ImportService(List.of(new RaImporter(failingCopy, reference)), transactions, batches,
                events, notifications);

        assertThatThrownBy(() -> failing.importFile(ImportKind.RA, newLayout(), null, "test", read -> { }).block())
                .hasMessageContaining("disk full");

        assertThat(counts()).isEqualTo(before);
        assertThat(Mono.from(dsl.selectCount().from(SERVICE).where(SERVICE.CODE.eq("ra-316"))).block().value1())
                .isZero();
    }
}
