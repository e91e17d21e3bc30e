package org.wholeplace.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wholeplace.period.FinancialYear;
import org.wholeplace.unitcost.GdpDeflator;

/**
 * Several programmes appraised together, for a place and theme: what each agency invests in them all and gets back,
 * and the flows from investing to benefiting agencies, shaped for a Sankey panel. Every programme is appraised in one
 * price year and discounted to one year, the first of the earliest programme, so that the sums add like with like.
 * A programme's benefits are attributed to its investors in proportion to what each invested: an investor putting
 * in 60% of the cost is the source of 60% of each benefiting agency's saving, and of 60% of the economic and social
 * value, which flows to residents and the wider economy rather than to an agency. That wider flow is public value
 * less the agencies' fiscal savings: economic and social value less transfer payments, since a benefit an agency no
 * longer pays is income a resident no longer has; so the flows into beneficiaries add up to public value. A Sankey
 * draws no negative flow: where transfers exceed economic and social value (no v1.4 cost does), it is left out.
 *
 * @param discountedTo the year present values are discounted to; null without programmes
 * @param warnings     every programme's, once each
 * @param batchIds     the import batches the figures rest on
 */
public record PartnershipAppraisal(List<Programme> programmes, String priceYear, FinancialYear discountedTo,
                                   String discounting, List<CostBenefit.AgencyNet> byAgency, List<FlowNode> nodes,
                                   List<Flow> links, List<AppraisalWarning> warnings, List<Long> batchIds) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    /** Where the economic and social value flows: to people and the economy, not to an agency's budget. */
    static final String WIDER = "Residents and the wider economy (economic and social value, less transfers)";
    private static final String WIDER_ID = "benefits:wider";

    /** A node of the Sankey: an agency as investor (left) or as beneficiary (right). */
    public record FlowNode(String id, String name, String side) {
    }

    /** Present value flowing from an investor to a beneficiary. */
    public record Flow(String source, String target, BigDecimal value) {
    }

    public static PartnershipAppraisal of(List<Programme> programmes, Map<String, ProgrammeInputs> inputs,
                                          GdpDeflator deflator, AppraisalParameters parameters,
                                          ProgrammeAppraisal.Options options) {
        if (programmes.isEmpty()) {
            return new PartnershipAppraisal(List.of(), null, null, options.discounting(parameters).describe(),
                    List.of(), List.of(), List.of(), List.of(), List.of());
        }
        int base = programmes.stream().mapToInt(Programme::startYear).min().orElseThrow();
        String priceYear = options.priceYear() != null ? deflator.priceYear(options.priceYear(), "priceYear")
                : programmes.stream().map(p -> ProgrammeAppraisal.priceYear(inputs.get(p.id()), deflator, options))
                        .filter(y -> y != null).findFirst().orElse(null);
        DiscountSchedule schedule = options.discounting(parameters);
        Map<String, CostBenefit.AgencyNet> byAgency = new LinkedHashMap<>();
        Map<String, FlowNode> nodes = new LinkedHashMap<>();
        Map<List<String>, BigDecimal> flows = new LinkedHashMap<>();
        List<Long> batches = new ArrayList<>();
        List<AppraisalWarning> warnings = new ArrayList<>();
        for (Programme programme : programmes) {
            ProgrammeInputs in = inputs.get(programme.id());
            CostBenefit.Appraisal appraisal = CostBenefit.appraise(ProgrammeAppraisal.caseOf(programme, in, deflator,
                    parameters, options, base, priceYear), schedule);
            appraisal.byAgency().forEach(a -> byAgency.merge(CostBenefit.agencyKey(a.agency()), a,
                    PartnershipAppraisal::sum));
            addFlows(appraisal, nodes, flows);
            AppraisalWarning.of(programme, in, deflator, priceYear).stream().filter(w -> !warnings.contains(w))
                    .forEach(warnings::add);
            ProgrammeAppraisal.batchesOf(programme, in, parameters).stream().filter(id -> !batches.contains(id))
                    .forEach(batches::add);
        }
        return new PartnershipAppraisal(List.copyOf(programmes), priceYear, new FinancialYear(base),
                schedule.describe(), List.copyOf(byAgency.values()), List.copyOf(nodes.values()),
                flows.entrySet().stream().map(e -> new Flow(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                        .toList(), List.copyOf(warnings), List.copyOf(batches));
    }

    /** One programme's flows: each benefit shared among the investors by what they invested. */
    private static void addFlows(CostBenefit.Appraisal appraisal, Map<String, FlowNode> nodes,
                                 Map<List<String>, BigDecimal> flows) {
        BigDecimal invested = appraisal.byAgency().stream().map(CostBenefit.AgencyNet::invested)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (invested.signum() == 0) {
            return;
        }
        BigDecimal wider = appraisal.byYear().stream()
                .map(y -> y.presentPublicValue().subtract(y.presentFiscal()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        for (CostBenefit.AgencyNet investor : appraisal.byAgency()) {
            if (investor.invested().signum() <= 0) {
                continue;
            }
            BigDecimal part = investor.invested().divide(invested, PRECISION);
            String source = node(nodes, "pays", investor.agency());
            for (CostBenefit.AgencyNet beneficiary : appraisal.byAgency()) {
                if (beneficiary.benefits().signum() > 0) {
                    flows.merge(List.of(source, node(nodes, "benefits", beneficiary.agency())),
                            beneficiary.benefits().multiply(part, PRECISION), BigDecimal::add);
                }
            }
            if (wider.signum() > 0) {
                nodes.putIfAbsent(WIDER_ID, new FlowNode(WIDER_ID, WIDER, "benefits"));
                flows.merge(List.of(source, WIDER_ID), wider.multiply(part, PRECISION), BigDecimal::add);
            }
        }
    }

    private static String node(Map<String, FlowNode> nodes, String side, String name) {
        String id = side + ":" + CostBenefit.agencyKey(name);
        nodes.putIfAbsent(id, new FlowNode(id, name, side));
        return id;
    }

    private static CostBenefit.AgencyNet sum(CostBenefit.AgencyNet a, CostBenefit.AgencyNet b) {
        return new CostBenefit.AgencyNet(a.agency(), a.invested().add(b.invested()), a.benefits().add(b.benefits()),
                a.cashable().add(b.cashable()), a.net().add(b.net()));
    }
}
