package org.wholeplace.unitcost;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.WholePlaceTest;

/**
 * What the shipped workbook says of its own values, served: the transfer in E&amp;E2.0's fiscal value (the comment on
 * Employment &amp; Economy!H15), CR8.0's warning against combining it (Crime!S57), and the deflator's forecast years
 * (Lookups column L: 'f' from 2014/15).
 */
@WholePlaceTest
class UnitCostNotesApiTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aTransferIsServedWithItsCellAndNote() {
        var response = graphQl.document("""
                { unitCosts(search: "E&E2.0", limit: 1) { code
                    transfer { agency amount statedPublicValue statedPriceYear cell note } doubleCounting { note } } }""")
                .execute();
        response.path("unitCosts[0].code").entity(String.class).isEqualTo("E&E2.0");
        response.path("unitCosts[0].transfer.agency").entity(String.class).isEqualTo("DWP");
        response.path("unitCosts[0].transfer.amount").entity(String.class).isEqualTo("7500.00");
        response.path("unitCosts[0].transfer.statedPublicValue").entity(String.class).isEqualTo("13700.00");
        response.path("unitCosts[0].transfer.statedPriceYear").entity(String.class).isEqualTo("2012/13");
        response.path("unitCosts[0].transfer.cell").entity(String.class).isEqualTo("Employment & Economy!H15");
        response.path("unitCosts[0].doubleCounting").valueIsNull();
    }

    @Test
    void aWarningAgainstCombiningIsServedAndMostCostsHaveNone() {
        var response = graphQl.document("""
                { unitCosts(sheet: "Crime", search: "CR8.0", limit: 2) { code transfer { agency }
                    doubleCounting { note doNotCombine cell } } }""").execute();
        response.path("unitCosts[0].code").entity(String.class).isEqualTo("CR8.0");
        response.path("unitCosts[0].doubleCounting.cell").entity(String.class).isEqualTo("Crime!S57");
        response.path("unitCosts[0].doubleCounting.note").entity(String.class).isEqualTo("As such, to avoid "
                + "double-counting, this cost should not be combined with other cost figures for specific crime "
                + "types.");
        response.path("unitCosts[0].doubleCounting.doNotCombine").entity(Boolean.class).isEqualTo(true);
        response.path("unitCosts[0].transfer").valueIsNull();
        // the next coded row (row 58, the police part, has no code): a constituent, with no warning of its own
        response.path("unitCosts[1].code").entity(String.class).isEqualTo("CR8.0.2");
        response.path("unitCosts[1].doubleCounting").valueIsNull();
    }

    /**
     * CR1.0's £500 of 2002/03 uprated to the workbook's 2015/16 rests on a forecast deflator; to 2013/14, outturn, it
     * does not.
     */
    @Test
    void upratingToOrFromAForecastYearIsFlagged() {
        graphQl.document("{ gdpDeflator { financialYear forecast } }").execute()
                .path("gdpDeflator[?(@.forecast == true)].financialYear").entityList(String.class)
                .containsExactly("2014/15", "2015/16", "2016/17", "2017/18", "2018/19", "2019/20");
        String cost = """
                query($year: String) { unitCosts(search: "CR1.0", priceYear: $year, limit: 1) {
                  fiscal { uprated forecast } } }""";
        graphQl.document(cost).execute().path("unitCosts[0].fiscal.forecast").entity(Boolean.class).isEqualTo(true);
        graphQl.document(cost).variable("year", "2013/14").execute()
                .path("unitCosts[0].fiscal.forecast").entity(Boolean.class).isEqualTo(false);
    }
}
