package org.wholeplace.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.unitcost.GdpDeflator;

/**
 * A programme's cost-benefit analysis as the API serves it: the inputs turned into a {@link ProgrammeCase} (unit
 * values and costs uprated to the price year, each with the optimism bias of its confidence grade), appraised, and
 * the years named.
 *
 * @param priceYear the price year of every figure
 * @param transfers the transfer payments left out of public value, one per unit cost that has one
 * @param warnings  what a reader must know to trust the figures: double counting, forecast deflators
 * @param batchIds  the import batches the figures rest on: the programme's, the unit costs' and the parameters'
 */
public record ProgrammeAppraisal(String priceYear, String discounting, CostBenefit.Appraisal appraisal,
                                 List<YearFigures> byYear, List<TransferExcluded> transfers,
                                 List<AppraisalWarning> warnings, List<Long> batchIds) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /**
     * A year of the appraisal, named, as the API serves it.
     *
     * @param beneficiaries the people achieving each outcome, in the order of the programme's expected outcomes
     */
    public record YearFigures(FinancialYear year, List<OutcomeBeneficiaries> beneficiaries, double outcomesAchieved,
                              BigDecimal cost, BigDecimal fiscal, BigDecimal transfers, BigDecimal economic,
                              BigDecimal social, double discountFactor, BigDecimal presentCost,
                              BigDecimal presentFiscal, BigDecimal presentPublicValue) {

        static YearFigures of(int baseYear, List<String> unitCosts, CostBenefit.Year y) {
            List<OutcomeBeneficiaries> people = new ArrayList<>();
            for (int i = 0; i < unitCosts.size(); i++) {
                people.add(new OutcomeBeneficiaries(unitCosts.get(i), y.beneficiaries().get(i).doubleValue()));
            }
            return new YearFigures(new FinancialYear(baseYear + y.year()), List.copyOf(people),
                    y.outcomesAchieved().doubleValue(), y.cost(), y.fiscal(), y.transfers(), y.economic(),
                    y.social(), y.discountFactor().doubleValue(), y.presentCost(), y.presentFiscal(),
                    y.presentPublicValue());
        }
    }

    /** The people achieving one expected outcome (valued by {@code unitCost}) in a year. */
    public record OutcomeBeneficiaries(String unitCost, double people) {
    }

    /**
     * A unit cost's transfer payment, left out of public value.
     *
     * @param perBeneficiary the transfer per person achieving the outcome, in the appraisal's price year
     * @param cell           where the workbook says so
     */
    public record TransferExcluded(String unitCost, String agency, BigDecimal perBeneficiary, String cell) {
    }

    /**
     * What a request may change of an appraisal.
     *
     * @param priceYear    the year to value in, as the deflator labels it (checked against it); null for the Unit
     *                     Cost Database's own
     * @param discountRate one rate for every year instead of the discount schedule; null for the schedule
     * @param optimismBias one correction for every outcome instead of its grade's; null for the grades'
     */
    public record Options(String priceYear, BigDecimal discountRate, BigDecimal optimismBias) {

        public Options {
            if (discountRate != null && (discountRate.signum() < 0 || discountRate.compareTo(BigDecimal.ONE) >= 0)) {
                throw new InvalidInputException("discountRate must be from 0 to below 1, not " + discountRate);
            }
            if (optimismBias != null && (optimismBias.signum() < 0 || optimismBias.compareTo(BigDecimal.ONE) > 0)) {
                throw new InvalidInputException("optimismBias must be from 0 to 1, not " + optimismBias);
            }
        }

        /** In a price year (null: the Unit Cost Database's own), with the discount schedule and the grades' biases. */
        static Options inPriceYear(String priceYear) {
            return new Options(priceYear, null, null);
        }

        DiscountSchedule discounting(AppraisalParameters parameters) {
            return discountRate == null ? parameters.discounting() : DiscountSchedule.flat(discountRate);
        }
    }

    /** The programme appraised from its own first year. */
    public static ProgrammeAppraisal of(Programme programme, ProgrammeInputs inputs, GdpDeflator deflator,
                                        AppraisalParameters parameters, Options options) {
        String year = priceYear(inputs, deflator, options);
        DiscountSchedule schedule = options.discounting(parameters);
        CostBenefit.Appraisal appraisal = CostBenefit.appraise(caseOf(programme, inputs, deflator, parameters,
                options, programme.startYear(), year), schedule);
        List<String> unitCosts = inputs.outcomes().stream().map(ProgrammeInputs.ExpectedOutcome::unitCostCode)
                .toList();
        return new ProgrammeAppraisal(year, schedule.describe(), appraisal, appraisal.byYear().stream()
                .map(y -> YearFigures.of(programme.startYear(), unitCosts, y)).toList(),
                transfersOf(inputs, deflator, year), AppraisalWarning.of(programme, inputs, deflator, year),
                batchesOf(programme, inputs, parameters));
    }

    /** Each unit cost's transfer, per beneficiary in the price year; a unit cost valuing two outcomes, once. */
    static List<TransferExcluded> transfersOf(ProgrammeInputs inputs, GdpDeflator deflator, String priceYear) {
        Map<String, TransferExcluded> transfers = new LinkedHashMap<>();
        for (ProgrammeInputs.ExpectedOutcome o : inputs.outcomes()) {
            ProgrammeInputs.Transfer t = o.values().transfer();
            if (t != null) {
                transfers.putIfAbsent(o.unitCostCode(), new TransferExcluded(o.unitCostCode(), t.agency(),
                        transferPerBeneficiary(o.values(), deflator, priceYear), t.cell()));
            }
        }
        return List.copyOf(transfers.values());
    }

    /** The transfer part of a unit cost's fiscal value in the price year: all of it, or the amount its note states. */
    private static BigDecimal transferPerBeneficiary(ProgrammeInputs.UnitCostValues v, GdpDeflator deflator,
                                                     String priceYear) {
        if (v.transfer() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal amount = v.transfer().amount() == null ? v.fiscal() : v.transfer().amount();
        return uprated(deflator, amount, v.fiscalYear(), priceYear);
    }

    /** The price year asked for, or the Unit Cost Database's own. */
    static String priceYear(ProgrammeInputs inputs, GdpDeflator deflator, Options options) {
        return options.priceYear() != null ? deflator.priceYear(options.priceYear(), "priceYear")
                : inputs.outcomes().stream().map(o -> o.values().workbookYear()).findFirst().orElse(null);
    }

    static List<Long> batchesOf(Programme programme, ProgrammeInputs inputs, AppraisalParameters parameters) {
        List<Long> batches = new ArrayList<>(List.of(programme.batchId()));
        inputs.outcomes().stream().map(o -> o.values().batchId()).distinct()
                .filter(id -> !batches.contains(id)).forEach(batches::add);
        if (!batches.contains(parameters.batchId())) {
            batches.add(parameters.batchId());
        }
        return List.copyOf(batches);
    }

    /**
     * The programme as the guidance's arithmetic takes it, its years counted from {@code baseYear} (its own first
     * year, or the first of several programmes summed): costs uprated from their price year and raised by their
     * grade's optimism bias; each outcome's values uprated, its fiscal value split between the agencies making the
     * saving, the part of it that is a transfer, and the bias of its grade (or the one asked for) to take off.
     */
    static ProgrammeCase caseOf(Programme programme, ProgrammeInputs inputs, GdpDeflator deflator,
                                AppraisalParameters parameters, Options options, int baseYear, String priceYear) {
        List<ProgrammeCase.AgencyCost> costs = new ArrayList<>();
        for (ProgrammeInputs.Cost c : inputs.costs()) {
            BigDecimal amount = uprated(deflator, c.amount(), programme.costPriceYear(), priceYear);
            if (c.confidenceGrade() != null) {
                amount = amount.multiply(BigDecimal.ONE.add(correction(parameters, c.confidenceGrade())), PRECISION);
            }
            costs.add(new ProgrammeCase.AgencyCost(c.agency(), c.year() - baseYear, amount));
        }
        Map<Integer, BigDecimal> cohorts = new TreeMap<>();
        inputs.cohorts().forEach(c -> cohorts.put(c.year() - baseYear, c.people()));
        List<ProgrammeCase.Outcome> outcomes = new ArrayList<>();
        for (ProgrammeInputs.ExpectedOutcome o : inputs.outcomes()) {
            List<BigDecimal> persistence = new ArrayList<>();
            BigDecimal holding = BigDecimal.ONE;
            for (int k = 0; k < o.durationYears(); k++) {
                persistence.add(holding);
                holding = holding.multiply(BigDecimal.ONE.subtract(o.dropOff()));
            }
            ProgrammeInputs.UnitCostValues v = o.values();
            BigDecimal fiscal = uprated(deflator, v.fiscal(), v.fiscalYear(), priceYear);
            List<ProgrammeCase.Saving> savings = fiscal.signum() == 0 ? List.of() : o.savings().stream()
                    .map(s -> new ProgrammeCase.Saving(s.agency(), fiscal.multiply(s.share(), PRECISION),
                            s.cashable()))
                    .toList();
            outcomes.add(new ProgrammeCase.Outcome(o.unitCostCode(), o.engagement(), o.success(), o.deadweight(),
                    o.lagYears(), persistence, savings, transferPerBeneficiary(v, deflator, priceYear),
                    uprated(deflator, v.economic(), v.economicYear(), priceYear),
                    uprated(deflator, v.social(), v.socialYear(), priceYear),
                    options.optimismBias() != null ? options.optimismBias()
                            : correction(parameters, o.confidenceGrade())));
        }
        return new ProgrammeCase(costs, cohorts, outcomes);
    }

    private static BigDecimal correction(AppraisalParameters parameters, int grade) {
        return parameters.correctionFor(grade).orElseThrow(() -> new IllegalStateException("confidence grade "
                + grade + " is not in the optimism bias table loaded"));
    }

    /** A value in the price year; as stated where either year is unknown (a cost stated in the appraisal's prices). */
    private static BigDecimal uprated(GdpDeflator deflator, BigDecimal value, String from, String to) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return from == null || to == null ? value : deflator.uprate(value, from, to).orElse(value);
    }

    /**
     * The deal applied: each agency's due on its cashable savings is shared among all the agencies that invested, in
     * proportion to what each invested; the part of an investing payer's own share it keeps (it does not pay itself),
     * the rest it pays over. Each agency's net changes by what it pays and gets.
     */
    public List<DealNet> withDeal(ReinvestmentDeal deal, BigDecimal fall) {
        List<CostBenefit.AgencyNet> agencies = appraisal.byAgency();
        BigDecimal invested = agencies.stream().map(CostBenefit.AgencyNet::invested)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> received = new LinkedHashMap<>();
        Map<String, BigDecimal> paid = new LinkedHashMap<>();
        for (CostBenefit.AgencyNet payer : agencies) {
            BigDecimal due = deal.payment(fall, payer.cashable());
            if (due.signum() == 0 || invested.signum() == 0) {
                continue;
            }
            for (CostBenefit.AgencyNet investor : agencies) {
                if (!investor.agency().equals(payer.agency()) && investor.invested().signum() > 0) {
                    BigDecimal part = due.multiply(investor.invested()).divide(invested, PRECISION);
                    received.merge(investor.agency(), part, BigDecimal::add);
                    paid.merge(payer.agency(), part, BigDecimal::add);
                }
            }
        }
        return agencies.stream().map(a -> {
            BigDecimal pays = paid.getOrDefault(a.agency(), BigDecimal.ZERO);
            BigDecimal gets = received.getOrDefault(a.agency(), BigDecimal.ZERO);
            return new DealNet(a.agency(), a.invested(), a.benefits(), a.cashable(), a.net(), pays, gets,
                    a.net().subtract(pays).add(gets));
        }).toList();
    }

    /** An agency's position before and after the deal. */
    public record DealNet(String agency, BigDecimal invested, BigDecimal benefits, BigDecimal cashable,
                          BigDecimal netBefore, BigDecimal pays, BigDecimal receives, BigDecimal net) {
    }
}
