package org.wholeplace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.wholeplace.TestDatabase;

/**
 * The generic reader on the publishers' own workbooks, one of each format. Every expected cell was read from the file
 * independently: the ODS's content.xml and the XLSX's sheet XML with Python's zipfile, the XLS with Python's xlrd.
 */
class SpreadsheetTest {

    private static final Path OUTTURN = TestDatabase.data().resolve("revenue-outturn");

    private static Spreadsheet read(Path path) {
        return Spreadsheet.read(SourceFile.read(path), Spreadsheet.CsvText.UTF_8);
    }

    private static SheetRow row(Worksheet sheet, long number) {
        return sheet.rows().stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }

    @Test
    void readsTheOdsGovUkServesWithEveryNumberAsHeld() {
        Spreadsheet ods = read(OUTTURN.resolve("ods/RSX_2022-23_data_by_LA.ods"));

        assertThat(ods.sheets()).extracting(Worksheet::name)
                .containsExactly("Front_Page", "Notes", "LA_drop-down", "RSX_LA_Data_2022-23");
        Worksheet data = ods.sheets().get(3);
        // the England row's education net current expenditure: shown as 37,125,453, held with nine decimals, which
        // a double would round to 37125453.22645948
        SheetCell england = row(data, 438).cell(13);
        assertThat(england.text()).isEqualTo("37,125,453");
        assertThat(england.number()).isEqualByComparingTo("37125453.226459481");
        assertThat(data.reference(row(data, 438), 13)).isEqualTo("RSX_LA_Data_2022-23!N438");
        // the code row sits on row 7 (hidden on the sheet), the header on row 11
        assertThat(row(data, 7).text(7)).isEqualTo("RSX-edu-empl");
        assertThat(row(data, 11).text(0)).isEqualTo("E-code");
        assertThat(row(data, 227).text(1)).isEqualTo("E08000003");
    }

    @Test
    void readsAnXlsOfTheExcel97Format() {
        Spreadsheet xls = read(OUTTURN.resolve(
                "rs-historic/Revenue_Outturn_Summary__RS__data_2010-11_by_LA_-_27-Nov-2012-v2.xls"));

        Worksheet net = xls.sheet(s -> s.name().equals("RS LA Data 2010-11 (1)")).orElseThrow();
        assertThat(row(net, 294).text(0)).isEqualTo("E4203");
        assertThat(row(net, 294).cell(5).number()).isEqualByComparingTo("421134");
        assertThat(row(net, 6).text(7)).isEqualTo("Social care");
    }

    @Test
    void readsAnXlsxWithTheDecimalsItHolds() {
        Spreadsheet xlsx = read(OUTTURN.resolve("rs-historic/RS_2017-18_data_by_LA.xlsx"));

        Worksheet net = xlsx.sheet(s -> s.name().equals("RS LA Data 2017-18")).orElseThrow();
        assertThat(row(net, 119).text(1)).isEqualTo("E08000003");
        // the sheet's XML writes <v>379996.82929000002</v> (read with Python's zipfile); a double would print it as
        // 379996.82929
        assertThat(row(net, 119).cell(5).number()).isEqualByComparingTo("379996.82929000002");
        assertThat(net.reference(row(net, 119), 5)).isEqualTo("RS LA Data 2017-18!F119");
    }

    @Test
    void readsCsvAsOneSheetWithoutANameAndItsLines() throws Exception {
        Spreadsheet csv = read(Path.of(getClass().getResource("/samples/rsx-excerpt.csv").toURI()));

        assertThat(csv.sheets()).hasSize(1);
        Worksheet sheet = csv.sheets().getFirst();
        assertThat(sheet.name()).isNull();
        assertThat(sheet.rows().get(10).text(0)).isEqualTo("E-code");
        assertThat(sheet.rows().get(10).number()).isEqualTo(11);
        assertThat(sheet.reference(sheet.rows().get(10), 27)).isEqualTo("AB11");
    }

    @Test
    void refusesAZipThatIsNoWorkbookNamingTheFile() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> Spreadsheet.read(SourceFile.of("odd.xlsx", bytes.toByteArray()),
                Spreadsheet.CsvText.UTF_8))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("odd.xlsx").hasMessageContaining("is not a readable Excel workbook");
    }

    @Test
    void namesColumnsAsASpreadsheetDoes() {
        assertThat(Worksheet.columnLetters(0)).isEqualTo("A");
        assertThat(Worksheet.columnLetters(25)).isEqualTo("Z");
        assertThat(Worksheet.columnLetters(26)).isEqualTo("AA");
        assertThat(Worksheet.columnLetters(701)).isEqualTo("ZZ");
        assertThat(Worksheet.columnLetters(702)).isEqualTo("AAA");
    }
}
