package org.wholeplace.programme;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.WholePlaceTest;

/**
 * What an appraisal must say beside its figures, on the shipped programmes. The women's diversion programme values
 * CR3.0 (a prison year, 2013/14 prices) with CR8.0 (an offence, 2010/11), whose Comment (Crime!S57) says "to avoid
 * double-counting, this cost should not be combined with other cost figures for specific crime types"; its costs are
 * in 2015/16 prices. The workbook marks the deflator of 2014/15 on 'f' (forecast): uprating to its own 2015/16 rests
 * on one, and so does uprating the 2015/16 costs back to 2013/14.
 */
@WholePlaceTest
class AppraisalWarningsApiTest {

    static final String QUERY = """
            query($year: String) { programme(id: "synthetic-women-diversion") {
              costBenefit(priceYear: $year) { priceYear warnings { kind unitCosts message } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void combiningACostTheWorkbookSaysNotToCombineIsWarnedOf() {
        var response = graphQl.document(QUERY).execute();
        response.path("programme.costBenefit.warnings[0].kind").entity(String.class).isEqualTo("DOUBLE_COUNTING");
        response.path("programme.costBenefit.warnings[0].unitCosts").entityList(String.class)
                .containsExactly("CR8.0", "CR3.0");
        response.path("programme.costBenefit.warnings[0].message").entity(String.class).isEqualTo("Diversion from "
                + "custody for women offenders (synthetic) combines CR8.0 with CR3.0; the Unit Cost Database says of "
                + "CR8.0: \"As such, to avoid double-counting, this cost should not be combined with other cost "
                + "figures for specific crime types.\"");
    }

    /**
     * SS1.0's Comment speaks only of "the potential for double-counting should modelled outcomes include both LAC and
     * domestic violence": the home visiting programme, combining it with HE4.0, is not warned of double counting.
     */
    @Test
    void aCommentOnlyOfPotentialDoubleCountingWarnsOfNothing() {
        graphQl.document("""
                { programme(id: "synthetic-early-help-home-visiting") { costBenefit { warnings { kind } } } }""")
                .execute().path("programme.costBenefit.warnings[*].kind").entityList(String.class)
                .containsExactly("FORECAST_DEFLATOR");
    }

    @Test
    void upratingToAForecastYearIsWarnedOf() {
        var response = graphQl.document(QUERY).execute();
        response.path("programme.costBenefit.priceYear").entity(String.class).isEqualTo("2015/16");
        response.path("programme.costBenefit.warnings[1].kind").entity(String.class).isEqualTo("FORECAST_DEFLATOR");
        response.path("programme.costBenefit.warnings[1].unitCosts").entityList(String.class)
                .containsExactly("CR3.0", "CR8.0");
        response.path("programme.costBenefit.warnings[1].message").entity(String.class).isEqualTo("Uprated to "
                + "2015/16 (the values of CR3.0, CR8.0) with the GDP deflator of 2015/16, which the Unit Cost "
                + "Database marks as forecast ('f'), not outturn: the figures move when the outturn is known.");
    }

    @Test
    void upratingFromAForecastYearIsWarnedOfToo() {
        var response = graphQl.document(QUERY).variable("year", "2013/14").execute();
        response.path("programme.costBenefit.warnings[1].kind").entity(String.class).isEqualTo("FORECAST_DEFLATOR");
        response.path("programme.costBenefit.warnings[1].unitCosts").entityList(String.class).hasSize(0);
        response.path("programme.costBenefit.warnings[1].message").entity(String.class).isEqualTo("Uprated to "
                + "2013/14 (the costs) with the GDP deflator of 2015/16, which the Unit Cost Database marks as "
                + "forecast ('f'), not outturn: the figures move when the outturn is known.");
    }

    @Test
    void aSumAcrossProgrammesCarriesTheirWarnings() {
        graphQl.document("""
                { whoPaysWhoBenefits(theme: "transforming-justice") { warnings { kind unitCosts } } }""").execute()
                .path("whoPaysWhoBenefits.warnings[*].kind").entityList(String.class)
                .containsExactly("DOUBLE_COUNTING", "FORECAST_DEFLATOR");
    }
}
