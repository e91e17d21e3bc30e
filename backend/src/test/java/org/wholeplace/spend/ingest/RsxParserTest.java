package org.wholeplace.spend.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.wholeplace.TestDatabase;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.period.FinancialYear;

/**
 * The RSX parser on the two shipped files and on broken copies of them. Expected figures were read from the files
 * themselves (a spreadsheet or a few lines of Python), never from this code.
 */
class RsxParserTest {

    static final Set<String> GROUPS = Set.of("edu", "trans", "csc", "asc", "phs", "hous", "cul", "env", "plan", "pol",
            "frs", "cen", "oth", "totsx");
    static final Set<String> MEASURES = Set.of("empl", "run-exp", "tot-exp", "sfc", "oth-inc", "tot-inc",
            "net-cur-exp");
    static final Path RSX_2021 = TestDatabase.data().resolve("revenue-outturn/RSX_2021-22.csv");
    static final Path RSX_2022 = TestDatabase.data().resolve("revenue-outturn/RSX_2022-23.csv");
    /** The same year's return in the workbook gov.uk serves (14 December 2023). */
    static final Path RSX_2022_ODS = TestDatabase.data().resolve("revenue-outturn/ods/RSX_2022-23_data_by_LA.ods");

    private static RsxReturn parse(Path file) {
        return new RsxParser(GROUPS, MEASURES).parse(SourceFile.read(file));
    }

    private static RsxReturn parse(String name, String text) {
        return new RsxParser(GROUPS, MEASURES).parse(SourceFile.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    private static BigDecimal amount(RsxReturn rsx, String onsCode, String group, String suffix) {
        return rsx.authorities().stream().filter(a -> a.onsCode().equals(onsCode)).findFirst().orElseThrow()
                .amounts().stream().filter(a -> a.rsxGroup().equals(group) && a.rsxSuffix().equals(suffix))
                .findFirst().orElseThrow().pounds();
    }

    /** The sample in the test resources: the 2022-23 file's title and header rows and five of its rows. */
    @Test
    void readsTheSample() throws Exception {
        RsxReturn rsx = parse(Path.of(getClass().getResource("/samples/rsx-excerpt.csv").toURI()));

        assertThat(rsx.year()).isEqualTo(FinancialYear.parse("2022-23"));
        assertThat(rsx.authorities()).extracting(RsxReturn.Authority::onsCode)
                .containsExactly("E08000001", "E47000001", "E23000005", "E08000003");   // the ENGLAND row is a sum
        assertThat(amount(rsx, "E08000003", "csc", "net-cur-exp")).isEqualByComparingTo("152532000");
        assertThat(amount(rsx, "E08000001", "oth", "net-cur-exp")).isEqualByComparingTo("-3157000");
    }

    @Test
    void readsEveryAuthorityOf2022To23WithAmountsInPounds() {
        RsxReturn rsx = parse(RSX_2022);

        assertThat(rsx.year()).isEqualTo(FinancialYear.parse("2022-23"));
        assertThat(rsx.authorities()).hasSize(426);          // rows 12 to 437 less the ENGLAND row
        assertThat(rsx.rowsRead()).isEqualTo(427);
        // 426 authorities x 98 cells, less Birmingham, High Peak, North West Leicestershire and Woking ("[x]")
        assertThat(rsx.authorities().stream().mapToInt(a -> a.amounts().size()).sum()).isEqualTo(41_356);
        // Manchester, children's social care, net current expenditure: "152,532" (£ thousand)
        assertThat(amount(rsx, "E08000003", "csc", "net-cur-exp")).isEqualByComparingTo("152532000");
        assertThat(amount(rsx, "E08000003", "totsx", "net-cur-exp")).isEqualByComparingTo("1061071000");
        // a negative figure with a thousands separator: Bolton, other services, "-3,157"
        assertThat(amount(rsx, "E08000001", "oth", "net-cur-exp")).isEqualByComparingTo("-3157000");
    }

    @Test
    void readsThe2021To22LayoutByColumnCodeThoughItHasNoCertifiedColumn() {
        RsxReturn rsx = parse(RSX_2021);

        assertThat(rsx.year().label()).isEqualTo("2021-22");
        assertThat(rsx.authorities()).hasSize(426);
        // here the missing returns are Bromsgrove, North Norfolk, Redditch and Woking ("...")
        assertThat(rsx.authorities().stream().mapToInt(a -> a.amounts().size()).sum()).isEqualTo(41_356);
        assertThat(amount(rsx, "E08000003", "csc", "net-cur-exp")).isEqualByComparingTo("136264000");
        assertThat(rsx.authorities().stream().filter(a -> a.name().equals("Woking")).findFirst().orElseThrow()
                .amounts()).isEmpty();
    }

    @Test
    void notesWhatItDoesNotStore() {
        RsxReturn rsx = parse(RSX_2022);

        assertThat(rsx.notes()).anyMatch(n -> n.contains("ENGLAND") && n.contains("not stored"));
        assertThat(rsx.notes()).anyMatch(n -> n.startsWith("line 537:") && n.contains("second table"));
        assertThat(rsx.notes()).anyMatch(n -> n.contains("Lee Valley Regional Park Authority has no ONS code"));
        var leeValley = rsx.authorities().stream().filter(a -> a.onsCode().equals("E6803")).findFirst();
        assertThat(leeValley).get().extracting(RsxReturn.Authority::line).isEqualTo(307L);
    }

    @Test
    void reportsAColumnItDoesNotKnowAndLoadsTheRest() {
        RsxReturn rsx = new RsxParser(Set.of("csc"), Set.of("net-cur-exp")).parse(SourceFile.read(RSX_2022));

        assertThat(rsx.notes()).contains("column RSX-edu-empl: service group 'edu' is not known; not loaded");
        assertThat(amount(rsx, "E08000003", "csc", "net-cur-exp")).isEqualByComparingTo("152532000");
    }

    /** A year whose layout nobody has seen: a service group renamed, one dropped, the columns moved. */
    @Test
    void aNewLayoutIsReadByCodeAndItsChangesAreNoted() throws IOException {
        String text = Files.readString(RSX_2022)
                .replace("Revenue Outturn (RO) 2022-23", "Revenue Outturn (RO) 2031-32")
                .replace(",RSX-cul-", ",RSX-leisure-")            // a group this project does not know
                .replace("RSX-hous-net-cur-exp", "RSX-hous-net-cur-exp-restated");   // a measure it does not know

        RsxReturn rsx = parse("RSX_2031-32.csv", text);

        assertThat(rsx.year().label()).isEqualTo("2031-32");
        assertThat(rsx.authorities()).hasSize(426);
        assertThat(rsx.notes()).contains(
                "column RSX-leisure-empl: service group 'leisure' is not known; not loaded",
                "column RSX-hous-net-cur-exp-restated: measure 'net-cur-exp-restated' is not known; not loaded",
                "no column RSX-cul-net-cur-exp in this file",
                "no column RSX-hous-net-cur-exp in this file");
        // the known columns still read by their codes
        assertThat(amount(rsx, "E08000003", "csc", "net-cur-exp")).isEqualByComparingTo("152532000");
    }

    @Test
    void rejectsANonNumericCellNamingFileLineAndColumn() throws IOException {
        String text = Files.readString(RSX_2022).replace("E4203,E08000003,Manchester,,MD,MD,N,\"251,676\"",
                "E4203,E08000003,Manchester,,MD,MD,N,\"25I,676\"");

        assertThatThrownBy(() -> parse("broken.csv", text))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.totalProblems()).isEqualTo(1);
                    assertThat(e.problems().getFirst())
                            .isEqualTo(new ImportProblem("broken.csv", 325, "H325 RSX-edu-empl", "'25I,676' is not a number"));
                });
    }

    @Test
    void rejectsATruncatedLine() throws IOException {
        List<String> lines = Files.readAllLines(RSX_2022);
        String truncated = String.join("\n", lines.subList(0, 110)) + "\n" + lines.get(110).substring(0, 60) + "\n";

        assertThatThrownBy(() -> parse("truncated.csv", truncated))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems().getFirst().line())
                        .isEqualTo(111));
    }

    @Test
    void rejectsADuplicateAuthority() throws IOException {
        List<String> lines = Files.readAllLines(RSX_2022);
        String manchester = lines.get(324);   // physical line 325
        lines.add(325, manchester);

        assertThatThrownBy(() -> parse("twice.csv", String.join("\n", lines)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem("twice.csv", 326, "B326 ONS Code",
                                "duplicate authority E08000003 (first on line 325)")));
    }

    @Test
    void rejectsAFileWithNoHeaderOrYear() {
        assertThatThrownBy(() -> parse("notes.csv", "Some spreadsheet\nwith,nothing,useful\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::field)
                        .containsExactly("title", "E-code"));
    }

    @Test
    void rejectsBytesThatAreNotUtf8() throws IOException {
        byte[] latin1 = Files.readString(RSX_2022).replace("Manchester", "Manchéster")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> new RsxParser(GROUPS, MEASURES).parse(SourceFile.of("latin1.csv", latin1)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getMessage())
                        .contains("latin1.csv").contains("is not UTF-8"));
    }

    @Test
    void reportsTheFirstHundredProblemsAndTheTotal() throws IOException {
        // every Manchester-to-Wigan row's first figure made non-numeric: one problem per authority row
        String text = Files.readString(RSX_2022).replaceAll("(?m)^(E\\d{4},E\\d{8},[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,)"
                + "(\"[\\d,]+\"|\\d+)", "$1oops");

        assertThatThrownBy(() -> parse("many.csv", text))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.problems()).hasSize(100);
                    assertThat(e.totalProblems()).isGreaterThan(400);
                    assertThat(e.getMessage()).contains("more");
                });
    }

    /** The workbook gov.uk serves (14 December 2023): the GM figures equal the CSV export's (6 June 2024). */
    @Test
    void readsTheOdsAsGovUkServesIt() {
        RsxReturn ods = parse(RSX_2022_ODS);
        RsxReturn csv = parse(RSX_2022);

        assertThat(ods.year()).isEqualTo(FinancialYear.parse("2022-23"));
        // Manchester's children's social care, net current expenditure: 152,532 in the CSV (Python's csv module)
        assertThat(amount(ods, "E08000003", "csc", "net-cur-exp")).isEqualByComparingTo("152532000");
        // every figure of the ten boroughs, GMCA and GM Police the same (1,274 cells compared by Python: none differ)
        for (String onsCode : List.of("E08000001", "E08000002", "E08000003", "E08000004", "E08000005", "E08000006",
                "E08000007", "E08000008", "E08000009", "E08000010", "E47000001", "E23000005")) {
            assertThat(amounts(ods, onsCode)).as(onsCode).isEqualTo(amounts(csv, onsCode));
        }
        assertThat(ods.notes()).anyMatch(n -> n.contains("RSX_LA_Data_2022-23 row 438")
                && n.contains("national total"));
    }

    private static Map<String, BigDecimal> amounts(RsxReturn rsx, String onsCode) {
        return rsx.authorities().stream().filter(a -> a.onsCode().equals(onsCode)).findFirst().orElseThrow()
                .amounts().stream().collect(Collectors.toMap(
                        a -> a.rsxGroup() + "-" + a.rsxSuffix(), a -> a.pounds().stripTrailingZeros()));
    }

    /**
     * A hand-made workbook: a cover sheet first, the title, a blank row, the header on row 3, the code row hidden
     * at the bottom (row 10), an education column that reads "Category discontinued" for every authority, and
     * figures held with more decimals than they show.
     */
    @Test
    void findsColumnsWhereverTheySitAndNotesTheFormsMarker() throws Exception {
        RsxReturn rsx = parse(Path.of(getClass().getResource("/samples/rsx-2030-31-form-marker.ods").toURI()));

        assertThat(rsx.year()).isEqualTo(FinancialYear.parse("2030-31"));
        // held 1234.5678 (shown 1,235) and 70000.125 (shown 70,000), £ thousand; -12.25 shown -12
        assertThat(amount(rsx, "E08000001", "csc", "net-cur-exp")).isEqualByComparingTo("1234567.8");
        assertThat(amount(rsx, "E08000010", "csc", "net-cur-exp")).isEqualByComparingTo("70000125");
        assertThat(amount(rsx, "E08000001", "cul", "net-cur-exp")).isEqualByComparingTo("-12250");
        assertThat(rsx.authorities()).allSatisfy(a -> assertThat(a.amounts())
                .noneMatch(m -> m.rsxGroup().equals("edu")));
        assertThat(rsx.notes()).contains("column RSX data!G (RSX-edu-net-cur-exp): every one of the 3 authority "
                + "rows reads 'Category discontinued', the form's note on that line; no figure");
    }

    @Test
    void theCsvExportOfTheSameFormNotesTheMarkerToo() throws Exception {
        RsxReturn rsx = parse(Path.of(getClass().getResource("/samples/rsx-2030-31-form-marker.csv").toURI()));

        assertThat(amount(rsx, "E08000001", "csc", "net-cur-exp")).isEqualByComparingTo("1235000");
        assertThat(rsx.notes()).contains("column G (RSX-edu-net-cur-exp): every one of the 3 authority rows reads "
                + "'Category discontinued', the form's note on that line; no figure");
    }

    @Test
    void aStrayTextInOneCellIsStillRefusedNamingTheCell() throws Exception {
        String text = Files.readString(Path.of(getClass().getResource("/samples/rsx-2030-31-form-marker.csv")
                .toURI())).replace("\"152,532\"", "see note");

        assertThatThrownBy(() -> parse("stray.csv", text))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem("stray.csv", 5, "F5 RSX-csc-net-cur-exp",
                                "'see note' is not a number")));
    }
}
