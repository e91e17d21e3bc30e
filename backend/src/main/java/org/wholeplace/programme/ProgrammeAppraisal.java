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
 * values uprated to the price year, costs taken as stated in it), appraised, and the years named.
 *
 * @param priceYear the price year of every figure
 * @param batchIds  the import batches the figures rest on: the programme's and the unit costs'
 */
public record ProgrammeAppraisal(String priceYear, String discounting, CostBenefit.Appraisal appraisal,
                                 List<YearFigures> byYear, List<Long> batchIds) {

    /** A year of the appraisal, named, as the API serves it. */
    public record YearFigures(FinancialYear year, double beneficiaries, BigDecimal cost, BigDecimal fiscal,
                              BigDecimal economic, BigDecimal social, double discountFactor, BigDecimal presentCost,
                              BigDecimal presentFiscal, BigDecimal presentPublicValue) {

        static YearFigures of(int startYear, CostBenefit.Year y) {
            return new YearFigures(new FinancialYear(startYear + y.year()), y.beneficiaries().doubleValue(), y.cost(),
                    y.fiscal(), y.economic(), y.social(), y.discountFactor().doubleValue(), y.presentCost(),
                    y.presentFiscal(), y.presentPublicValue());
        }
    }

    /**
     * @param priceYear    the year to value outcomes in; null for the Unit Cost Database's own
     * @param discountRate one rate for every year instead of the Green Book's schedule; null for the Green Book's
     * @param optimismBias one correction for every outcome instead of each outcome's own; null for their own
     */
    public static ProgrammeAppraisal of(Programme programme, ProgrammeInputs inputs, GdpDeflator deflator,
                                        String priceYear, BigDecimal discountRate, BigDecimal optimismBias) {
        if (discountRate != null && (discountRate.signum() < 0 || discountRate.compareTo(BigDecimal.ONE) >= 0)) {
            throw new InvalidInputException("discountRate must be from 0 to below 1, not " + discountRate);
        }
        if (optimismBias != null && (optimismBias.signum() < 0 || optimismBias.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidInputException("optimismBias must be from 0 to 1, not " + optimismBias);
        }
        String year = priceYear != null ? deflator.priceYear(priceYear, "costBenefit.priceYear")
                : inputs.outcomes().stream().map(ProgrammeInputs.ExpectedOutcome::workbookYear).findFirst()
                        .orElse(null);
        int start = programme.startYear();
        List<ProgrammeCase.AgencyCost> costs = inputs.costs().stream()
                .map(c -> new ProgrammeCase.AgencyCost(c.agency(), c.year() - start, c.amount())).toList();
        Map<Integer, BigDecimal> cohorts = new TreeMap<>();
        inputs.cohorts().forEach(c -> cohorts.put(c.year() - start, c.people()));
        List<ProgrammeCase.Outcome> outcomes = new ArrayList<>();
        List<Long> batches = new ArrayList<>(List.of(programme.batchId()));
        for (ProgrammeInputs.ExpectedOutcome o : inputs.outcomes()) {
            List<BigDecimal> persistence = new ArrayList<>();
            BigDecimal holding = BigDecimal.ONE;
            for (int k = 0; k < o.durationYears(); k++) {
                persistence.add(holding);
                holding = holding.multiply(BigDecimal.ONE.subtract(o.dropOff()));
            }
            BigDecimal fiscal = uprated(deflator, o.fiscal(), o.fiscalYear(), year);
            List<ProgrammeCase.Saving> savings = fiscal.signum() == 0 ? List.of()
                    : List.of(new ProgrammeCase.Saving(o.savingAgency() == null || o.savingAgency().isBlank()
                            ? "Unattributed" : o.savingAgency(), fiscal, o.cashable()));
            outcomes.add(new ProgrammeCase.Outcome(o.unitCostCode(), o.engagement(), o.success(), o.deadweight(),
                    o.lagYears(), persistence, savings, uprated(deflator, o.economic(), o.economicYear(), year),
                    uprated(deflator, o.social(), o.socialYear(), year),
                    optimismBias != null ? optimismBias : o.optimismBias()));
            if (!batches.contains(o.unitCostBatchId())) {
                batches.add(o.unitCostBatchId());
            }
        }
        DiscountSchedule schedule = discountRate == null ? DiscountSchedule.GREEN_BOOK
                : DiscountSchedule.flat(discountRate);
        CostBenefit.Appraisal appraisal = CostBenefit.appraise(new ProgrammeCase(costs, cohorts, outcomes), schedule);
        List<YearFigures> years = appraisal.byYear().stream()
                .map(y -> YearFigures.of(start, y)).toList();
        return new ProgrammeAppraisal(year, discountRate == null ? "Green Book: 3.5% to year 30, then 3.0%"
                : "flat " + discountRate.movePointRight(2).stripTrailingZeros().toPlainString() + "%",
                appraisal, years, List.copyOf(batches));
    }

    private static BigDecimal uprated(GdpDeflator deflator, BigDecimal value, String from, String to) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return deflator.uprate(value, from, to).orElse(value);
    }

    /**
     * The deal applied: each agency with cashable savings pays its due to the agencies that invested, in proportion
     * to what they invested (an agency does not pay itself), and each agency's net changes by what it pays and gets.
     */
    public List<DealNet> withDeal(ReinvestmentDeal deal, BigDecimal fall) {
        List<CostBenefit.AgencyNet> agencies = appraisal.byAgency();
        Map<String, BigDecimal> received = new LinkedHashMap<>();
        Map<String, BigDecimal> paid = new LinkedHashMap<>();
        for (CostBenefit.AgencyNet payer : agencies) {
            BigDecimal due = deal.payment(fall, payer.cashable());
            BigDecimal invested = agencies.stream().filter(a -> !a.agency().equals(payer.agency()))
                    .map(CostBenefit.AgencyNet::invested).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (due.signum() == 0 || invested.signum() == 0) {
                continue;
            }
            paid.merge(payer.agency(), due, BigDecimal::add);
            for (CostBenefit.AgencyNet investor : agencies) {
                if (!investor.agency().equals(payer.agency()) && investor.invested().signum() > 0) {
                    received.merge(investor.agency(), due.multiply(investor.invested())
                            .divide(invested, MathContext.DECIMAL64), BigDecimal::add);
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
