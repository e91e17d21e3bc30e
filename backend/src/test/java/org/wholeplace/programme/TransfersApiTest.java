package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.WholePlaceTest;

/**
 * The shipped work-and-health programme, the one the audit priced: 300 people, 80% engaging, 20% succeeding, 35%
 * deadweight (31.2 into work), for three years falling 30% a year, each worth E&amp;E2.0's £8,632 fiscal (2012/13;
 * £9,090.63 in 2015/16), £7,500 of it DWP's benefit saving (£7,898.48), and £12,568 economic; grade 3 takes 10% off.
 * Costs: DWP's £600,000 raised 5% and the council's £50,000 in kind raised 10%, £685,000 in year 0. The transfer's
 * present value is 31.2 x 0.9 x £7,898.48 x (1 + 0.7/1.035 + 0.49/1.035²) = £473,242.68 (Python's decimal module).
 * Counted, as before, it made NPV £652,699.90 and a public value BCR of 1,337,699.90 / 685,000 = 1.9528; left out,
 * NPV is £179,457.22 and the BCR 864,457.22 / 685,000 = 1.26198.
 */
@WholePlaceTest
class TransfersApiTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void theWorkAndHealthProgrammesTransferLeavesPublicValue() {
        var response = graphQl.document("""
                { programme(id: "synthetic-work-and-health") { costBenefit { npv publicValueBcr excludedTransfers
                    transfers { unitCost agency perBeneficiary cell } } } }""").execute();
        response.path("programme.costBenefit.excludedTransfers").entity(String.class).isEqualTo("473242.68");
        response.path("programme.costBenefit.npv").entity(String.class).isEqualTo("179457.22");
        response.path("programme.costBenefit.npv").entity(BigDecimal.class).satisfies(npv -> assertThat(
                npv.add(new BigDecimal("473242.68"))).isEqualByComparingTo("652699.90"));
        response.path("programme.costBenefit.publicValueBcr").entity(Double.class)
                .satisfies(bcr -> assertThat(bcr).isCloseTo(864457.22 / 685000, within(1e-8)));
        response.path("programme.costBenefit.transfers[0].perBeneficiary").entity(String.class).isEqualTo("7898.48");
        response.path("programme.costBenefit.transfers[0].cell").entity(String.class)
                .isEqualTo("Employment & Economy!H15");
    }
}
