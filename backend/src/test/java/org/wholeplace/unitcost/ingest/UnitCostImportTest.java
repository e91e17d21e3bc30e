package org.wholeplace.unitcost.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.PRICE_INDEX;
import static org.wholeplace.db.generated.Tables.UNIT_COST;
import static org.wholeplace.db.generated.Tables.UNIT_COST_SAVING;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.db.generated.tables.records.ImportBatchRecord;
import org.wholeplace.db.generated.tables.records.UnitCostRecord;
import org.wholeplace.db.generated.tables.records.UnitCostSavingRecord;
import org.wholeplace.ingest.ImportOutcome;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.provenance.ImportKind;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The GMCA Unit Cost Database workbook as shipped, loaded at start as demo data, and broken copies of it. Expected
 * figures were read off the workbook in a spreadsheet program (sheet and cell given).
 */
@WholePlaceTest
class UnitCostImportTest {

    static final Path WORKBOOK = TestDatabase.data().resolve("unit-costs/gmca-unit-cost-database-v1.4.xlsx");

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    SavingsOfEarlierEditions upgrade;
    @Autowired
    DSLContext dsl;
    @TempDir
    Path dir;

    private ImportBatchRecord currentBatch() {
        return Mono.from(dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.KIND.eq("unit-costs"))
                .and(IMPORT_BATCH.SUPERSEDED_BY.isNull())).block();
    }

    private UnitCostRecord cost(String code) {
        return Mono.from(dsl.selectFrom(UNIT_COST).where(UNIT_COST.BATCH_ID.eq(currentBatch().getId()))
                .and(UNIT_COST.CODE.eq(code))).block();
    }

    private int count(Table<?> table) {
        return Mono.from(dsl.selectCount().from(table)).block().value1();
    }

    @Test
    void everyUnitCostOfEverySheetIsLoaded() {
        ImportBatchRecord batch = currentBatch();
        assertThat(batch.getRowsLoaded()).isEqualTo(684);
        assertThat(batch.getPeriod()).isEqualTo("prices of 2015/16");
        assertThat(batch.getLicence()).isEqualTo("Creative Commons Attribution 4.0");
        assertThat(batch.getNotes()).startsWith("31 years of GDP deflator; values uprated to 2015/16")
                .contains("sheet 'Introduction' has no unit costs", "Crime row 58 has no cost code; loaded without one",
                        "51 costs split between the agencies of their constituent costs",
                        "HO3.0's constituents add up to 1630.059077891306963 of its 2724.2993443189939: not taken as a "
                                + "split between agencies");

        Map<String, Integer> perSheet = new LinkedHashMap<>();
        Flux.from(dsl.select(UNIT_COST.SHEET, DSL.count()).from(UNIT_COST)
                        .where(UNIT_COST.BATCH_ID.eq(batch.getId()))
                        .groupBy(UNIT_COST.SHEET).orderBy(UNIT_COST.SHEET))
                .doOnNext(r -> perSheet.put(r.value1(), r.value2())).blockLast();
        assertThat(perSheet).containsExactly(Map.entry("Crime", 185), Map.entry("Education & Skills", 35),
                Map.entry("Employment & Economy", 75), Map.entry("Fire", 15), Map.entry("Health", 201),
                Map.entry("Housing", 36), Map.entry("Social Services", 137));
    }

    @Test
    void valuesKeepTheirPriceYearAndTheWorkbooksUpratedValue() {
        // Crime!C3:R3
        UnitCostRecord asb = cost("CR1.0");
        assertThat(asb.getSheet()).isEqualTo("Crime");
        assertThat(asb.getOutcomeCategory()).isEqualTo("CRIME");
        assertThat(asb.getUnit()).isEqualTo("Per incident");
        assertThat(asb.getAgency()).isEqualTo("Police");
        assertThat(asb.getAgencyDetail()).isEqualTo("Local authority");
        assertThat(asb.getFiscalValue()).isEqualByComparingTo("500");
        assertThat(asb.getFiscalPriceYear()).isEqualTo("2002/03");
        assertThat(asb.getEconomicValue()).isNull();
        assertThat(asb.getConfidence()).isEqualTo("R");
        assertThat(asb.getSourceLine()).isEqualTo(3);
        // the workbook's formula: 500 x GDP index 2015/16 (Lookups!P36, 195.9696985671229) / 2002/03 (Lookups!P23,
        // 145.54412602660028) = 673.2312...
        BigDecimal uprated = new BigDecimal("500").multiply(new BigDecimal("195.9696985671229"))
                .divide(new BigDecimal("145.54412602660028"), MathContext.DECIMAL64);
        assertThat(asb.getFiscalValueUprated().subtract(uprated).abs()).isLessThan(new BigDecimal("1e-9"));

        // Education & Skills row 24: an economic value only
        UnitCostRecord apprenticeship = cost("E&S8.1");
        assertThat(apprenticeship.getFiscalValue()).isNull();
        assertThat(apprenticeship.getEconomicValue()).isEqualByComparingTo("11795");
        assertThat(apprenticeship.getEconomicPriceYear()).isEqualTo("2010/11");
        assertThat(apprenticeship.getAgency()).isNull();

        // Health row 3: fiscal and social values
        UnitCostRecord alcohol = cost("HE1.0");
        assertThat(alcohol.getSocialValue()).isEqualByComparingTo("1398");
        assertThat(alcohol.getSocialPriceYear()).isEqualTo("2009/10");
        assertThat(alcohol.getConfidence()).isEqualTo("A");

        // Crime row 178: a fiscal value of 0, which the workbook's formula leaves without an uprated value
        UnitCostRecord zero = cost("CR8.18.5");
        assertThat(zero.getFiscalValue()).isEqualByComparingTo("0");
        assertThat(zero.getFiscalValueUprated()).isNull();
    }

    /**
     * CR8.0 (all crime, Crime row 57) is split by its six constituents, rows 58 to 63, compared at the workbook's
     * uprated cells (J58:J63): the police's row has no code. Worked with Python's decimal module at 16 digits.
     */
    @Test
    void aCostIsSplitBetweenTheAgenciesOfItsConstituentCosts() {
        var savings = Flux.from(dsl.selectFrom(UNIT_COST_SAVING)
                .where(UNIT_COST_SAVING.BATCH_ID.eq(currentBatch().getId()), UNIT_COST_SAVING.CODE.eq("CR8.0"))
                .orderBy(UNIT_COST_SAVING.POSITION)).collectList().block();
        assertThat(savings).extracting(UnitCostSavingRecord::getAgency).containsExactly("Police", "Probation",
                "Court", "Prison / Young Offenders Institute", "Multiple", "NHS");
        assertThat(savings).extracting(UnitCostSavingRecord::getConstituentCode)
                .containsExactly(null, "CR8.0.2", "CR8.0.3", "CR8.0.4", "CR8.0.5", "CR8.0.6");
        assertThat(savings).extracting(r -> r.getShare().toPlainString()).containsExactly("0.3742590190315112",
                "0.03481173746695348", "0.1332041577037390", "0.1773920754035370", "0.09573227803412207",
                "0.1846007323601373");
        assertThat(savings.get(2).getAgencyDetail()).isEqualTo("Legal aid");

        // HO1.0: "Local authority" as Housing spells it is named as most rows name it
        var eviction = Flux.from(dsl.select(UNIT_COST_SAVING.AGENCY).from(UNIT_COST_SAVING)
                .where(UNIT_COST_SAVING.BATCH_ID.eq(currentBatch().getId()), UNIT_COST_SAVING.CODE.eq("HO1.0")))
                .map(r -> r.value1()).distinct().collectList().block();
        assertThat(eviction).containsExactly("Local Authority", "Ministry of Justice");

        // not split: the whole saving to the agency bearing the cost
        var asb = Flux.from(dsl.selectFrom(UNIT_COST_SAVING).where(UNIT_COST_SAVING.BATCH_ID.eq(
                currentBatch().getId()), UNIT_COST_SAVING.CODE.eq("CR1.0"))).collectList().block();
        assertThat(asb).singleElement().satisfies(r -> {
            assertThat(r.getAgency()).isEqualTo("Police");
            assertThat(r.getShare()).isEqualByComparingTo("1");
        });
    }

    /** An edition loaded before splits were read (before V15) gets the same splits at start, once. */
    @Test
    void anEditionLoadedWithoutSplitsGetsThemFromItsStoredRows() {
        long batch = currentBatch().getId();
        var asLoaded = Flux.from(dsl.selectFrom(UNIT_COST_SAVING).where(UNIT_COST_SAVING.BATCH_ID.eq(batch))
                .orderBy(UNIT_COST_SAVING.CODE, UNIT_COST_SAVING.POSITION)).map(r -> r.intoList()).collectList()
                .block();
        Mono.from(dsl.deleteFrom(UNIT_COST_SAVING).where(UNIT_COST_SAVING.BATCH_ID.eq(batch))).block();

        assertThat(upgrade.upgrade().block()).isEqualTo(asLoaded.size());

        var derived = Flux.from(dsl.selectFrom(UNIT_COST_SAVING).where(UNIT_COST_SAVING.BATCH_ID.eq(batch))
                .orderBy(UNIT_COST_SAVING.CODE, UNIT_COST_SAVING.POSITION)).map(r -> r.intoList()).collectList()
                .block();
        assertThat(derived).isEqualTo(asLoaded);
        assertThat(upgrade.upgrade().block()).isZero();
    }

    @Test
    void theGdpDeflatorIsKeptForUpratingToOtherYears() {
        long batch = currentBatch().getId();
        var years = Flux.from(dsl.selectFrom(PRICE_INDEX).where(PRICE_INDEX.BATCH_ID.eq(batch))
                .orderBy(PRICE_INDEX.FINANCIAL_YEAR)).collectList().block();
        assertThat(years).hasSize(31);
        assertThat(years.getFirst().getFinancialYear()).isEqualTo("1989/90");
        assertThat(years.getFirst().getGdpIndex()).isEqualByComparingTo("100");
        assertThat(years.getLast().getFinancialYear()).isEqualTo("2019/20");
        // Lookups!P36; the workbook writes the double with 17 digits (195.96969856712289), a spreadsheet shows 16
        assertThat(years.stream().filter(y -> y.getFinancialYear().equals("2015/16")).findFirst().orElseThrow()
                .getGdpIndex().doubleValue()).isEqualTo(195.9696985671229);
    }

    /** The sample in the test resources: the workbook's headings, two Crime rows and part of its deflator. */
    @Test
    void readsTheSample() throws Exception {
        var contents = UnitCostWorkbook.read(SourceFile.read(
                Path.of(getClass().getResource("/samples/unit-costs-sample.xlsx").toURI())));

        assertThat(contents.upratedTo()).isEqualTo("2015/16");
        assertThat(contents.priceIndex()).extracting(UnitCostWorkbook.PriceIndex::financialYear)
                .containsExactly("1989/90", "1990/91", "2002/03", "2015/16");
        assertThat(contents.costs()).extracting(UnitCostWorkbook.UnitCost::code).containsExactly("CR1.0", "CR1.1");
        var second = contents.costs().get(1);
        assertThat(second.fiscal().estimated()).isEqualByComparingTo("35");
        assertThat(second.fiscal().priceYear()).isEqualTo("2002/03");
        assertThat(second.agencyDetail()).isNull();
        assertThat(second.confidence()).isEqualTo("R");
    }

    @Test
    void loadingTheSameWorkbookAgainChangesNothing() {
        int costs = count(UNIT_COST);

        ImportOutcome again = imports.load(ImportKind.UNIT_COSTS, WORKBOOK);

        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(count(UNIT_COST)).isEqualTo(costs);
    }

    @Test
    void aWorkbookWithBadCellsIsRefusedWholeNamingSheetAndCell() throws IOException {
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, withSheetEdited(Files.readAllBytes(WORKBOOK), "xl/worksheets/sheet3.xml", Map.of(
                "<c r=\"H3\" s=\"102\"><v>500</v></c>", inline("H3", "about 500"),
                "<c r=\"R3\" s=\"106\" t=\"s\"><v>616</v></c>", inline("R3", "Red"),
                "<c r=\"C4\" s=\"46\" t=\"s\"><v>1483</v></c>", inline("C4", "CR1.0"))));
        int costs = count(UNIT_COST);
        int batches = count(IMPORT_BATCH);

        assertThatThrownBy(() -> imports.load(ImportKind.UNIT_COSTS, broken))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new ImportProblem("broken.xlsx", 3, "Crime!R3", "'Red' is not a RAG rating (R, A or G)"),
                        new ImportProblem("broken.xlsx", 3, "Crime!H3", "'about 500' is not a number"),
                        new ImportProblem("broken.xlsx", 4, "Crime!C4", "cost code CR1.0 is used already (Crime row 3)")));
        assertThat(count(UNIT_COST)).isEqualTo(costs);
        assertThat(count(IMPORT_BATCH)).isEqualTo(batches);
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(WORKBOOK);
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> imports.load(ImportKind.UNIT_COSTS, truncated))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().getFirst().line()).isZero();
            assertThat(e.problems().getFirst().reason()).startsWith("is not a readable .xlsx workbook");
        });
    }

    @Test
    void aWorkbookWithoutUnitCostSheetsIsRefused() throws IOException {
        // the shared string "Cost code" renamed: no sheet has the heading any more
        Path renamed = dir.resolve("renamed.xlsx");
        Files.write(renamed, withSheetEdited(Files.readAllBytes(WORKBOOK), "xl/sharedStrings.xml",
                Map.of("<t>Cost code</t>", "<t>Reference</t>")));

        assertThatThrownBy(() -> imports.load(ImportKind.UNIT_COSTS, renamed))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                e -> assertThat(e.problems()).containsExactly(new ImportProblem("renamed.xlsx", 0, null,
                        "has no sheet of unit costs (a first row with a 'Cost code' heading)")));
    }

    private static String inline(String cell, String text) {
        return "<c r=\"" + cell + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A copy of the workbook with text replaced in one of its parts; every replacement must apply. */
    private static byte[] withSheetEdited(byte[] workbook, String part, Map<String, String> replacements)
            throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zipIn = new ZipInputStream(new java.io.ByteArrayInputStream(workbook));
             var zipOut = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = zipIn.getNextEntry()) != null; ) {
                byte[] content = zipIn.readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    for (var r : replacements.entrySet()) {
                        assertThat(xml).contains(r.getKey());
                        xml = xml.replace(r.getKey(), r.getValue());
                    }
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                zipOut.putNextEntry(new ZipEntry(entry.getName()));
                zipOut.write(content);
                zipOut.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
