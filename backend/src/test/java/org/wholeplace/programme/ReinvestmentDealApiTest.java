package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.provenance.ImportKind;

/**
 * The reinvestment deal's terms as data (programmes/appraisal-parameters.yaml: GM Transforming Justice, June 2011),
 * and other terms asked for. On the test diversion programme the police's cashable saving is £2,076.33 in present
 * value (ProgrammeApiTest).
 */
@WholePlaceTest
class ReinvestmentDealApiTest {

    @RegisterExtension
    final TestImports imports = new TestImports();
    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void theLoadedTermsAreServedWithTheirSource() {
        var terms = graphQl.document("{ appraisalParameters { reinvestmentDeal { paysFrom tiers { from to share } "
                + "source } } }").execute();
        terms.path("appraisalParameters.reinvestmentDeal.paysFrom").entity(Double.class).isEqualTo(0.05);
        terms.path("appraisalParameters.reinvestmentDeal.tiers[*].to").entityList(Double.class)
                .containsExactly(0.05, 0.2);
        terms.path("appraisalParameters.reinvestmentDeal.tiers[*].share").entityList(Double.class)
                .containsExactly(0.5, 1.0);
        terms.path("appraisalParameters.reinvestmentDeal.source").entity(String.class)
                .satisfies(s -> assertThat(s).contains("\"payback half of their calculated savings for a 5% "
                        + "reduction in adult demand and all the savings above this threshold up to 20%\""));
    }

    /** A flat half from a 10% fall, on a 12% fall: (1,400 + 700 / 1.035) x 0.5 = 1,038.1643: £1,038.16. */
    @Test
    void otherTermsCanBeAskedFor() {
        imports.load(ImportKind.PROGRAMME, "diversion.yaml", ProgrammeFixtures.DIVERSION);
        graphQl.document("""
                { programme(id: "test-diversion") { reinvestmentDeal(fall: 0.12, priceYear: "2002/03",
                    terms: {paysFrom: 0.10, tiers: [{from: 0, to: 1, share: 0.5}]}) { agency pays } } }""")
                .execute().path("programme.reinvestmentDeal[1].pays").entity(String.class).isEqualTo("1038.16");
    }

    @Test
    void termsThatDoNotHoldTogetherAreRefusedByName() {
        imports.load(ImportKind.PROGRAMME, "diversion.yaml", ProgrammeFixtures.DIVERSION);
        graphQl.document("""
                { programme(id: "test-diversion") { reinvestmentDeal(fall: 0.12,
                    terms: {paysFrom: 0.05, tiers: [{from: 0, to: 0.2, share: 0.5}, {from: 0.1, to: 0.3,
                    share: 1}]}) { pays } } }""")
                .execute().errors().expect(e -> e.getMessage().equals("terms: tier 2 (from 0.1 to 0.3) overlaps "
                        + "the tier before it, or is out of order")).verify();
    }
}
