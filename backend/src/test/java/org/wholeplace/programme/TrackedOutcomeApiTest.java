package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.provenance.ImportKind;

/** Programmes tracked through to outcomes over the API: a small fixture worked by hand, and real data. */
@WholePlaceTest
class TrackedOutcomeApiTest {

    /**
     * A test indicator (lower is better: Oldham judged Better below England's 50) for the hand-worked example of
     * DifferenceInDifferencesTest: Oldham 10, 12 before, 8 after; Bolton 10, 10 to 10; Bury 20, 22 to 22; Rochdale
     * 5, 7 to 4; Trafford lacks 2040 and drops out; 2041 spans the programme's start (2041-42) and counts nowhere.
     */
    static final String OBSERVATIONS = """
            area_code,area_name,period,value,indicator,measure,unit,significance
            E92000001,England,2039,50,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000004,Oldham,2039,10,Test tracked outcome,"per 10,000",Persons,Better
            E08000004,Oldham,2040,12,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000004,Oldham,2041,500,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000004,Oldham,2042,8,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000001,Bolton,2039,10,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000001,Bolton,2040,10,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000001,Bolton,2041,500,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000001,Bolton,2042,10,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000002,Bury,2039,20,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000002,Bury,2040,22,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000002,Bury,2041,500,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000002,Bury,2042,22,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000005,Rochdale,2039,5,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000005,Rochdale,2040,7,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000005,Rochdale,2041,500,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000005,Rochdale,2042,4,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000009,Trafford,2039,1,Test tracked outcome,"per 10,000",Persons,Not compared
            E08000009,Trafford,2042,100,Test tracked outcome,"per 10,000",Persons,Not compared
            """;
    static final String INDICATOR_ID = "test-tracked-outcome";

    @Autowired
    HttpGraphQlTester graphQl;
    @RegisterExtension
    final TestImports imports = new TestImports();

    /**
     * Estimate -8/3 with standard error sqrt(28/9) on 2 degrees of freedom, interval -10.255833 to 4.922499; lower is
     * better, so an improvement of 8/3, but its interval spans zero: nothing to price. Two periods before the start:
     * no trend to check, level 2 though the comparators are listed.
     */
    @Test
    void aProgrammeTrackedAgainstComparatorsWorkedByHand() {
        imports.load(ImportKind.FINGERTIPS, "tracked.csv", OBSERVATIONS);
        imports.load(ImportKind.PROGRAMME, "tracked.yaml", ProgrammeFixtures.DIVERSION
                .replace("2023-24", "2041-42")
                .replace("    end: 2041-42", "    end: 2041-42\n    indicators:\n      - {indicator: "
                        + INDICATOR_ID + ", comparators: [E08000001, E08000002, E08000005, E08000009]}"));
        var tracked = graphQl.documentName("programmeOutcomes").variable("id", "test-diversion").execute();
        String at = "programme.outcomes[0].";
        tracked.path(at + "indicator.id").entity(String.class).isEqualTo(INDICATOR_ID);
        tracked.path(at + "indicator.polarity").entity(String.class).isEqualTo("lower-is-better");
        tracked.path(at + "places[*].code").entityList(String.class).containsExactly("E08000004");
        tracked.path(at + "comparators[*].code").entityList(String.class)
                .containsExactly("E08000001", "E08000002", "E08000005");
        tracked.path(at + "periodsBefore").entityList(String.class).containsExactly("2039", "2040");
        tracked.path(at + "periodsAfter").entityList(String.class).containsExactly("2042");
        tracked.path(at + "before").entity(Double.class).isEqualTo(11.0);
        tracked.path(at + "after").entity(Double.class).isEqualTo(8.0);
        tracked.path(at + "comparatorChange").entity(Double.class)
                .satisfies(c -> assertThat(c).isCloseTo(-1.0 / 3, within(1e-9)));
        tracked.path(at + "difference.estimate").entity(Double.class)
                .satisfies(e -> assertThat(e).isCloseTo(-8.0 / 3, within(1e-9)));
        tracked.path(at + "difference.standardError").entity(Double.class)
                .satisfies(se -> assertThat(se).isCloseTo(1.7638342073763937, within(1e-9)));
        tracked.path(at + "difference.degreesOfFreedom").entity(Double.class).isEqualTo(2.0);
        tracked.path(at + "difference.lower").entity(Double.class)
                .satisfies(l -> assertThat(l).isCloseTo(-10.255833, within(1e-6)));
        tracked.path(at + "difference.upper").entity(Double.class)
                .satisfies(u -> assertThat(u).isCloseTo(4.922499, within(1e-6)));
        tracked.path(at + "costShare").entity(Double.class).isEqualTo(1.0);
        tracked.path(at + "costPerUnitOfImprovement").valueIsNull();
        tracked.path(at + "costPerUnitReason").entity(String.class).isEqualTo("the 95% interval of the "
                + "difference does not exclude zero in the better direction: no clear improvement to price");
        tracked.path(at + "comparatorRule").entity(String.class).isEqualTo("LISTED");
        tracked.path(at + "marylandLevel").entity(Integer.class).isEqualTo(2);
        tracked.path(at + "evidence.preTrend").valueIsNull();
        tracked.path(at + "evidence.reason").entity(String.class).isEqualTo("level 2, not 3: only 2 periods "
                + "before the start, and a trend before it needs at least 3");
        tracked.path(at + "interpretation").entity(String.class)
                .satisfies(text -> assertThat(text).startsWith("Association, not proof"));
        tracked.path(at + "reason").valueIsNull();
        tracked.path(at + "batches[*].kind").entityList(String.class).containsExactly("programme", "fingertips");
        tracked.path(at + "synthetic").entity(Boolean.class).isEqualTo(false);
    }

    /**
     * The shipped reablement programme in Stockport (from 2015-16) against the other nine boroughs, on the shipped
     * falls admissions (22401), worked with Python from data/fingertips/admissions_falls.csv: Stockport 2,712.4 on
     * average in 2010/11-2014/15, 2,651.67 in 2015/16-2017/18; the difference -24.48 with a standard error of 200.62
     * (t on 8 degrees of freedom, 2.306004): no sign of an effect either way, so no cost per unit of it. Before the
     * start Stockport's least-squares slope is -1.8 a year, the others' 5.9889 on average: difference -7.7889, standard
     * error 96.4618 (interval -230.23 to 214.65), alike; but the comparators are the borough's neighbours by default,
     * not chosen as similar: level 2.
     */
    @Test
    void theShippedReablementProgrammeAgainstTheOtherBoroughs() {
        var tracked = graphQl.documentName("programmeOutcomes").variable("id", "synthetic-frailty-reablement")
                .execute();
        String at = "programme.outcomes[0].";
        tracked.path(at + "indicator.id").entity(String.class).isEqualTo("22401");
        tracked.path(at + "comparators[*].code").entityList(String.class).containsExactly("E08000001", "E08000002",
                "E08000003", "E08000004", "E08000005", "E08000006", "E08000008", "E08000009", "E08000010");
        tracked.path(at + "periodsBefore").entityList(String.class)
                .containsExactly("2010/11", "2011/12", "2012/13", "2013/14", "2014/15");
        tracked.path(at + "periodsAfter").entityList(String.class).containsExactly("2015/16", "2016/17", "2017/18");
        tracked.path(at + "before").entity(Double.class).satisfies(b -> assertThat(b).isCloseTo(2712.4, within(1e-9)));
        tracked.path(at + "comparatorBefore").entity(Double.class)
                .satisfies(b -> assertThat(b).isCloseTo(2475.9555555555557, within(1e-9)));
        tracked.path(at + "difference.estimate").entity(Double.class)
                .satisfies(e -> assertThat(e).isCloseTo(-24.48148148148175, within(1e-9)));
        tracked.path(at + "difference.standardError").entity(Double.class)
                .satisfies(se -> assertThat(se).isCloseTo(200.61692744507744, within(1e-9)));
        tracked.path(at + "difference.lower").entity(Double.class)
                .satisfies(l -> assertThat(l).isCloseTo(-487.104946, within(1e-6)));
        tracked.path(at + "costPerUnitOfImprovement").valueIsNull();
        tracked.path(at + "comparatorRule").entity(String.class).isEqualTo("SHARED_PARENT");
        tracked.path(at + "evidence.preTrend.programmeSlope").entity(Double.class)
                .satisfies(s -> assertThat(s).isCloseTo(-1.8, within(1e-9)));
        tracked.path(at + "evidence.preTrend.difference").entity(Double.class)
                .satisfies(d -> assertThat(d).isCloseTo(-7.7888888888888905, within(1e-9)));
        tracked.path(at + "evidence.preTrend.standardError").entity(Double.class)
                .satisfies(se -> assertThat(se).isCloseTo(96.46180079360782, within(1e-9)));
        tracked.path(at + "evidence.preTrend.lower").entity(Double.class)
                .satisfies(l -> assertThat(l).isCloseTo(-230.230200, within(1e-5)));
        tracked.path(at + "evidence.preTrend.significant").entity(Boolean.class).isEqualTo(false);
        tracked.path(at + "marylandLevel").entity(Integer.class).isEqualTo(2);
        tracked.path(at + "evidence.reason").entity(String.class).isEqualTo("level 2, not 3: the comparators are "
                + "every other place sharing a parent with the programme's, not chosen as similar (list them, or "
                + "name a comparator group, in the programme file)");
        tracked.path(at + "synthetic").entity(Boolean.class).isEqualTo(true);
    }

    /**
     * Two programme places: the key worker programme in Bolton and Bury (from 2014-15) on child protection plans,
     * worked with Python from data/fingertips/child_protection_plans.csv. Bolton 33.1, 58.3 then 39.0; Bury 27.3,
     * 52.4 then 47.0; against the other eight boroughs the difference is -3.0375 with a standard error of 7.7852 on
     * Welch's 1.58 degrees of freedom (interval -46.64 to 40.56): not priced. It tracks two indicators stating no
     * share of the cost: each bears half.
     */
    @Test
    void twoProgrammePlacesBringTheirOwnSpread() {
        var tracked = graphQl.documentName("programmeOutcomes")
                .variable("id", "synthetic-troubled-families-key-worker").execute();
        tracked.path("programme.outcomes[*].indicator.id").entityList(String.class)
                .containsExactly("child-protection-plans", "90803");
        String at = "programme.outcomes[0].";
        tracked.path(at + "places[*].code").entityList(String.class).containsExactly("E08000001", "E08000002");
        tracked.path(at + "periodsBefore").entityList(String.class).containsExactly("2012/13", "2013/14");
        tracked.path(at + "periodsAfter").entityList(String.class).containsExactly("2014/15");
        tracked.path(at + "difference.estimate").entity(Double.class)
                .satisfies(e -> assertThat(e).isCloseTo(-3.0375, within(1e-9)));
        tracked.path(at + "difference.standardError").entity(Double.class)
                .satisfies(se -> assertThat(se).isCloseTo(7.785235281791884, within(1e-9)));
        tracked.path(at + "difference.degreesOfFreedom").entity(Double.class)
                .satisfies(df -> assertThat(df).isCloseTo(1.5816457916823843, within(1e-9)));
        tracked.path(at + "difference.lower").entity(Double.class)
                .satisfies(l -> assertThat(l).isCloseTo(-46.637770, within(1e-5)));
        tracked.path(at + "costShare").entity(Double.class).isEqualTo(0.5);
        tracked.path(at + "costPerUnitOfImprovement").valueIsNull();
    }

    /** Oldham's falls admissions run to 2017/18: a programme starting in 2023-24 has nothing after it, and says so. */
    @Test
    void anIndicatorWithoutPeriodsAfterTheStartSaysWhy() {
        imports.load(ImportKind.PROGRAMME, "late.yaml", ProgrammeFixtures.DIVERSION
                .replace("    end: 2023-24", "    end: 2023-24\n    indicators: [\"22401\"]"));
        var tracked = graphQl.documentName("programmeOutcomes").variable("id", "test-diversion").execute();
        tracked.path("programme.outcomes[0].difference").valueIsNull();
        tracked.path("programme.outcomes[0].marylandLevel").valueIsNull();
        tracked.path("programme.outcomes[0].costPerUnitOfImprovement").valueIsNull();
        tracked.path("programme.outcomes[0].reason").entity(String.class).isEqualTo("needs at least 2 periods "
                + "before the start (2023-24) and 1 after, with a value for every programme place; has 8 before "
                + "and 0 after");
    }
}
