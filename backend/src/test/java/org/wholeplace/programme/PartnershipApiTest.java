package org.wholeplace.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.TestImports;
import org.wholeplace.WholePlaceTest;
import org.wholeplace.provenance.ImportKind;

/**
 * Who pays and who benefits across programmes, and the flows between them, on {@link ProgrammeFixtures#WORK},
 * priced in 2012/13 (E&E2.0's own year, so nothing is uprated) and discounted to 2023-24, the earlier programme's
 * first year. Worked with Python's decimal module at 16 digits:
 * <ul>
 *   <li>A (2023-24, undiscounted): the council pays £100,000; DWP saves 50 x £7,500 = £375,000 (cashable), the NHS
 *   50 x £1,132 = £56,600 (not); economic value 50 x £12,568 = £628,400.</li>
 *   <li>B (2024-25, x 1/1.035): DWP and the NHS pay £48,309.18 each; DWP saves 10 x £7,500 = £72,463.77, the NHS
 *   10 x £1,132 = £10,937.20, both cashable; economic £121,429.95.</li>
 * </ul>
 */
@WholePlaceTest
class PartnershipApiTest {

    @Autowired
    HttpGraphQlTester graphQl;
    @RegisterExtension
    final TestImports imports = new TestImports();

    @Test
    void eachAgencysInvestmentReturnAndNetSummedAcrossProgrammes() {
        imports.load(ImportKind.PROGRAMME, "work.yaml", ProgrammeFixtures.WORK);
        var sums = graphQl.documentName("whoPaysWhoBenefits").variable("place", "E08000004")
                .variable("priceYear", "2012/13").execute();
        sums.path("whoPaysWhoBenefits.programmes[*].id").entityList(String.class)
                .containsExactly("test-work-a", "test-work-b");
        sums.path("whoPaysWhoBenefits.discountedTo.label").entity(String.class).isEqualTo("2023-24");
        sums.path("whoPaysWhoBenefits.synthetic").entity(Boolean.class).isEqualTo(false);
        sums.path("whoPaysWhoBenefits.byAgency[*].agency").entityList(String.class)
                .containsExactly("Local Authority", "DWP", "NHS");
        sums.path("whoPaysWhoBenefits.byAgency[0].net").entity(String.class).isEqualTo("-100000.00");
        sums.path("whoPaysWhoBenefits.byAgency[1].invested").entity(String.class).isEqualTo("48309.18");
        sums.path("whoPaysWhoBenefits.byAgency[1].benefits").entity(String.class).isEqualTo("447463.77");
        sums.path("whoPaysWhoBenefits.byAgency[1].cashable").entity(String.class).isEqualTo("447463.77");
        sums.path("whoPaysWhoBenefits.byAgency[1].net").entity(String.class).isEqualTo("399154.59");
        sums.path("whoPaysWhoBenefits.byAgency[2].benefits").entity(String.class).isEqualTo("67537.20");
        sums.path("whoPaysWhoBenefits.byAgency[2].cashable").entity(String.class).isEqualTo("10937.20");
        sums.path("whoPaysWhoBenefits.byAgency[2].nonCashable").entity(String.class).isEqualTo("56600.00");
        sums.path("whoPaysWhoBenefits.byAgency[2].net").entity(String.class).isEqualTo("19228.02");

        // the years narrow it to B, now discounted to its own first year
        graphQl.documentName("whoPaysWhoBenefits").variable("place", "E08000004")
                .variable("years", List.of("2024-25")).variable("priceYear", "2012/13").execute()
                .path("whoPaysWhoBenefits.byAgency[?(@.agency == 'DWP')].net").entityList(String.class)
                .containsExactly("25000.00");
    }

    /**
     * A's benefits all flow from the council; B's half from DWP and half from the NHS, who paid alike: £36,231.88 of
     * DWP's saving, £5,468.60 of the NHS's and £60,714.98 of the economic value from each. DWP's saving on E&E2.0 is
     * a transfer (£7,500 of its £8,632): what reaches residents and the wider economy is the economic value less it,
     * A's £628,400 - £375,000 = £253,400, and from each of B's investors £60,714.98 less their half of the transfer,
     * £24,483.09 (to the penny of the exact figures), so that the flows into benefits add up to public value.
     */
    @Test
    void flowsFromInvestingToBenefitingAgenciesForASankey() {
        imports.load(ImportKind.PROGRAMME, "work.yaml", ProgrammeFixtures.WORK);
        var flows = graphQl.documentName("investmentFlows").variable("place", "E08000004")
                .variable("theme", "worklessness").variable("priceYear", "2012/13").execute();
        flows.path("investmentFlows.nodes[*].id").entityList(String.class).containsExactly(
                "pays:local authority", "benefits:dwp", "benefits:nhs", "benefits:wider", "pays:dwp", "pays:nhs");
        flows.path("investmentFlows.nodes[3].name").entity(String.class)
                .isEqualTo("Residents and the wider economy (economic and social value, less transfers)");
        flows.path("investmentFlows.nodes[*].side").entityList(String.class)
                .containsExactly("pays", "benefits", "benefits", "benefits", "pays", "pays");
        flows.path("investmentFlows.links[*].source").entityList(String.class).containsExactly(
                "pays:local authority", "pays:local authority", "pays:local authority", "pays:dwp", "pays:dwp",
                "pays:dwp", "pays:nhs", "pays:nhs", "pays:nhs");
        flows.path("investmentFlows.links[*].target").entityList(String.class).containsExactly(
                "benefits:dwp", "benefits:nhs", "benefits:wider", "benefits:dwp", "benefits:nhs",
                "benefits:wider", "benefits:dwp", "benefits:nhs", "benefits:wider");
        flows.path("investmentFlows.links[*].value").entityList(String.class).containsExactly(
                "375000.00", "56600.00", "253400.00", "36231.88", "5468.60", "24483.09", "36231.88", "5468.60",
                "24483.09");
    }

    /** The shipped set: the justice programme's council loses what the prisons and probation gain, all synthetic. */
    @Test
    void theShippedSetSaysItIsSynthetic() {
        var sums = graphQl.documentName("whoPaysWhoBenefits").variable("theme", "transforming-justice").execute();
        sums.path("whoPaysWhoBenefits.synthetic").entity(Boolean.class).isEqualTo(true);
        sums.path("whoPaysWhoBenefits.priceYear").entity(String.class).isEqualTo("2015/16");
        sums.path("whoPaysWhoBenefits.byAgency[?(@.agency == 'Local Authority')].net").entityList(Double.class)
                .satisfies(net -> assertThat(net).singleElement().satisfies(n -> assertThat(n).isNegative()));
        sums.path("whoPaysWhoBenefits.byAgency[?(@.agency == 'Prison / Young Offenders Institute')].cashable")
                .entityList(Double.class).satisfies(c -> assertThat(c).singleElement()
                        .satisfies(n -> assertThat(n).isPositive()));
    }

    @Test
    void anUnknownPlaceIsNamed() {
        graphQl.documentName("investmentFlows").variable("place", "E0800000X").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .isEqualTo("Unknown place code 'E0800000X' in place")));
    }
}
