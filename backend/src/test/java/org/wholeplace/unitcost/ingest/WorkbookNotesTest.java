package org.wholeplace.unitcost.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.wholeplace.ingest.SourceFile;

/**
 * What the shipped v1.4 workbook says of its own values, read as the importer reads it. Expected: the twelve comments
 * on fiscal value cells that speak of transfer payments (Education &amp; Skills!H20 ... H37, Employment &amp;
 * Economy!H3, H15, H28, read off the workbook's comments), the six Comment cells that speak of double counting (column
 * S of Crime rows 3, 12, 57, Education &amp; Skills row 6, Housing row 10, Social Services row 3), and the deflator
 * years marked 'f' in column L of the Lookups sheet (2014/15 to 2019/20). Reading a file needs no database.
 */
class WorkbookNotesTest {

    static final UnitCostWorkbook.Contents SHIPPED =
            UnitCostWorkbook.read(SourceFile.read(UnitCostImportTest.WORKBOOK));

    @Test
    void everyTransferTheWorkbookCommentsOnIsRead() {
        Map<String, UnitCostWorkbook.TransferAt> byCode = SHIPPED.transfers().stream()
                .collect(Collectors.toMap(UnitCostWorkbook.TransferAt::code, Function.identity()));
        assertThat(byCode.keySet()).containsExactlyInAnyOrder("E&S5.0", "E&S6.0", "E&S7.0", "E&S8.0", "E&S9.0",
                "E&S10.0", "E&S11.0", "E&S12.0", "E&S13.0", "E&E1.0", "E&E2.0", "E&E3.0");

        UnitCostWorkbook.TransferAt esa = byCode.get("E&E2.0");
        assertThat(esa.cell()).isEqualTo("Employment & Economy!H15");
        assertThat(esa.transfer().agency()).isEqualTo("DWP");
        assertThat(esa.transfer().amount()).isEqualByComparingTo("7500");
        assertThat(esa.transfer().statedPublicValue()).isEqualByComparingTo("13700");
        assertThat(esa.transfer().statedPriceYear()).isEqualTo("2012/13");
        assertThat(esa.note()).startsWith("When calculating total public value, the £7,500 fiscal benefit to DWP "
                + "should be excluded");

        // no amount: the whole fiscal value is a transfer (to HM Treasury: tax on higher earnings)
        UnitCostWorkbook.TransferAt nvq = byCode.get("E&S5.0");
        assertThat(nvq.cell()).isEqualTo("Education & Skills!H20");
        assertThat(nvq.transfer().agency()).isEqualTo("HMT");
        assertThat(nvq.transfer().amount()).isNull();
        assertThat(nvq.transfer().statedPublicValue()).isEqualByComparingTo("443");
        assertThat(byCode.get("E&E1.0").transfer().amount()).isEqualByComparingTo("9234");
        assertThat(byCode.get("E&E3.0").transfer().amount()).isEqualByComparingTo("7004");
    }

    /** Every stated total agrees with the values less the transfer, to the pound: none is told as a disagreement. */
    @Test
    void theStatedPublicValuesAgreeWithTheValues() {
        assertThat(SHIPPED.notes()).noneMatch(note -> note.contains("states a total public value"))
                .contains("12 fiscal values are transfer payments, in whole or part (E&S5.0, E&S6.0, E&S7.0, E&S8.0, "
                        + "E&S9.0, E&S10.0, E&S11.0, E&S12.0, E&S13.0, E&E1.0, E&E2.0, E&E3.0)");
    }

    @Test
    void theCommentsWarningOfDoubleCountingAreKept() {
        Map<String, UnitCostWorkbook.DoubleCountingAt> byCode = SHIPPED.doubleCounting().stream()
                .collect(Collectors.toMap(UnitCostWorkbook.DoubleCountingAt::code, Function.identity()));
        assertThat(byCode.keySet()).containsExactlyInAnyOrder("CR1.0", "CR2.0", "CR8.0", "E&S1.0.3", "HO2.0",
                "SS1.0");
        assertThat(byCode.get("CR8.0").cell()).isEqualTo("Crime!S57");
        assertThat(byCode.get("CR8.0").doubleCounting()).isEqualTo(new WorkbookNotes.DoubleCounting("As such, to "
                + "avoid double-counting, this cost should not be combined with other cost figures for specific crime "
                + "types.", true));
        // CR1.0 and CR2.0: "no additional costs of these types should be tacked on"; the others: potential only
        assertThat(byCode.values().stream().filter(d -> d.doubleCounting().doNotCombine())
                .map(UnitCostWorkbook.DoubleCountingAt::code)).containsExactlyInAnyOrder("CR1.0", "CR2.0", "CR8.0");
        assertThat(byCode.get("SS1.0").doubleCounting().note()).endsWith("to avoid the potential for "
                + "double-counting should modelled outcomes include both LAC and domestic violence.");
    }

    @Test
    void theForecastYearsOfTheDeflatorAreMarked() {
        assertThat(SHIPPED.priceIndex().stream().filter(UnitCostWorkbook.PriceIndex::forecast)
                .map(UnitCostWorkbook.PriceIndex::financialYear))
                .containsExactly("2014/15", "2015/16", "2016/17", "2017/18", "2018/19", "2019/20");
    }

    @Test
    void aTransferCommentIsReadInTheWorkbooksWords() {
        var whole = WorkbookNotes.transferIn("When calculating total public value, the fiscal benefit to HMT should "
                + "be excluded, as it is a transfer payment.  Total public value is £1,059 (2010/11 prices).");
        assertThat(whole).hasValue(new WorkbookNotes.Transfer("HMT", null, new BigDecimal("1059"), "2010/11"));
        assertThat(WorkbookNotes.transferIn("A plain comment on where the figure comes from.")).isEmpty();
        assertThatThrownBy(() -> WorkbookNotes.transferIn("Part of this is a transfer payment."))
                .hasMessage("its comment speaks of a transfer payment but not of 'the fiscal benefit to <agency> "
                        + "should be excluded'");
    }
}
