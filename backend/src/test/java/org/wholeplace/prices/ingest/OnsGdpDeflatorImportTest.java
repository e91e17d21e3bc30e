package org.wholeplace.prices.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.wholeplace.TestDatabase;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.ingest.ImportProblem;
import org.wholeplace.ingest.ImportRejectedException;
import org.wholeplace.ingest.SourceFile;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.prices.OnsGdpDeflator;
import org.wholeplace.prices.OnsGdpDeflatorCache;
import org.wholeplace.provenance.ImportKind;

/**
 * ONS's YBGB as shipped (release 30 June 2025), read by hand: 2021 Q2–2022 Q1 are 93.9, 94.5, 95.6, 97.0, so FY
 * 2021-22 is 381.0 ÷ 4 = 95.25; 2022 Q2–2023 Q1 are 99.1, 100.7, 103.2, 105.0, so 2022-23 is 408.0 ÷ 4 = 102.0; the
 * file's calendar 2022 is 100.0 (the base). 77 calendar years (1948–2024) and 281 quarters (1955 Q1 – 2025 Q1).
 */
@WholePlaceTest
public class OnsGdpDeflatorImportTest {

    public static final Path SHIPPED = TestDatabase.data().resolve("deflator/ons_ybgb_ukea_release_2025-06-30.csv");

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    OnsGdpDeflatorCache deflator;

    @Test
    void theShippedReleaseIsLoadedAtFirstStartWithItsFinancialYears() {
        OnsGdpDeflator gdp = deflator.get().orElseThrow();

        assertThat(gdp.seriesId()).isEqualTo("YBGB");
        assertThat(gdp.title()).isEqualTo("Gross domestic product at market prices:Implied deflator:SA");
        assertThat(gdp.releaseDate()).hasToString("2025-06-30");
        assertThat(gdp.quarters()).hasSize(281);
        assertThat(gdp.financialYearIndex(FinancialYear.parse("2021-22"))).contains(new BigDecimal("95.25"));
        assertThat(gdp.financialYearIndex(FinancialYear.parse("2022-23"))).contains(new BigDecimal("102.0"));
        // 2010 Q2–2011 Q1: 77.1, 77.3, 77.7, 79.0 (the file), 311.1 ÷ 4
        assertThat(gdp.financialYearIndex(FinancialYear.parse("2010-11"))).contains(new BigDecimal("77.775"));
        // 1955 Q1 is the first quarter, so 1954-55 lacks three; the last is 2025 Q1, so 2025-26 lacks all four
        assertThat(gdp.financialYearIndex(FinancialYear.parse("1954-55"))).isEmpty();
        assertThat(gdp.financialYearIndex(FinancialYear.parse("2025-26"))).isEmpty();
        assertThat(gdp.financialYears().first().label()).isEqualTo("1955-56");
        assertThat(gdp.financialYears().last().label()).isEqualTo("2024-25");
    }

    @Test
    void everyPeriodOfTheFileIsRead() {
        var series = OnsGdpDeflatorImporter.parse(SourceFile.read(SHIPPED));

        assertThat(series.datasetId()).isEqualTo("UKEA");
        assertThat(series.periods()).hasSize(77 + 281);
        assertThat(series.periods().stream().filter(p -> p.quarter() == null && p.year() == 2022)
                .map(OnsGdpDeflatorImporter.Period::index)).containsExactly(new BigDecimal("100.0"));
    }

    @Test
    void badRowsAreRefusedWithFileLineAndField() throws IOException {
        String text = Files.readString(SHIPPED)
                .replace("\"2022 Q3\",\"100.7\"", "\"2022 Q3\",\"n/a\"")
                .replace("\"2023 Q1\",\"105.0\"", "\"2023 Q1\",\"105.0\",\"x\"")
                .replace("\"1956 Q2\",\"3.7\"", "\"1956 Q2\",\"3.7\"\n\"1956 Q2\",\"3.8\"");
        List<String> lines = text.lines().toList();
        int q3 = lines.indexOf("\"2022 Q3\",\"n/a\"") + 1;
        int q1 = lines.indexOf("\"2023 Q1\",\"105.0\",\"x\"") + 1;
        int second = lines.lastIndexOf("\"1956 Q2\",\"3.8\"") + 1;

        assertThatThrownBy(() -> imports.load(ImportKind.ONS_GDP_DEFLATOR, "ybgb.csv", text))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                new ImportProblem("ybgb.csv", second, "period",
                                        "a second value for 1956 Q2 (first on line " + (second - 1) + ")"),
                                new ImportProblem("ybgb.csv", q3, "value", "'n/a' for 2022 Q3 is not a positive index"),
                                new ImportProblem("ybgb.csv", q1, null,
                                        "has 3 fields; a period's row has two, period and value")));
    }

    @Test
    void anotherSeriesIsRefusedNamingIt() throws IOException {
        String text = Files.readString(SHIPPED).replace("\"CDID\",\"YBGB\"", "\"CDID\",\"D7BT\"");

        assertThatThrownBy(() -> imports.load(ImportKind.ONS_GDP_DEFLATOR, "cpi.csv", text))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .containsExactly(new ImportProblem("cpi.csv", 2, "CDID",
                                "'D7BT' is not YBGB, the GDP implied deflator this kind reads")));
    }

    @Test
    void aLaterReleaseReplacesTheEarlier() throws IOException {
        String text = Files.readString(SHIPPED).replace("\"30-06-2025\"", "\"30-09-2025\"")
                .replace("\"2022 Q2\",\"99.1\"", "\"2022 Q2\",\"99.5\"");

        imports.load(ImportKind.ONS_GDP_DEFLATOR, "ybgb-september.csv", text);

        OnsGdpDeflator gdp = deflator.get().orElseThrow();
        assertThat(gdp.releaseDate()).hasToString("2025-09-30");
        // 99.5 + 100.7 + 103.2 + 105.0 = 408.4, ÷ 4
        assertThat(gdp.financialYearIndex(FinancialYear.parse("2022-23"))).contains(new BigDecimal("102.1"));

        imports.removeWhatWasLoaded();   // the shipped release current again
        assertThat(deflator.get().orElseThrow().financialYearIndex(FinancialYear.parse("2022-23")))
                .contains(new BigDecimal("102.0"));
    }
}
