package org.wholeplace.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cost-benefit analysis of HM Treasury's "Supporting public service transformation: cost benefit analysis
 * guidance for local partnerships" (2014), as the GMCA (New Economy) model carries it out. Per outcome and year:
 * beneficiaries = cohort x engagement x success x (1 - deadweight), carried through the lag and the persistence;
 * value = beneficiaries x the unit values, less the optimism bias of the outcome's confidence grade, split into fiscal
 * (by the agencies making the saving, cashable or not), economic and social. Costs come already raised by their own
 * optimism bias. Every year's figures are discounted by the schedule. Exact decimals throughout (16 significant
 * digits); rounding to the penny happens when figures are served.
 * <p>
 * Public value is fiscal + economic + social less <b>transfers</b>: the Unit Cost Database's Guidance sheet, "a small
 * number of fiscal values should be excluded from the public value calculations as they are transfer payments, e.g.
 * tax or social security benefits" (a benefit DWP no longer pays is income its claimant no longer has). A transfer
 * stays in the fiscal figures and the agency's own: it is a real saving to that budget.
 * <p>
 * <b>Payback</b> is the GMCA model's: the first year from which cumulative discounted fiscal benefit stays at or above
 * cumulative discounted cost to the end of the appraisal, and none unless the fiscal return on investment is positive.
 */
public final class CostBenefit {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private CostBenefit() {
    }

    /**
     * One year of the appraisal, undiscounted and discounted.
     *
     * @param beneficiaries the people achieving each outcome in the year, in the order of the case's outcomes: one
     *                      person achieving two outcomes is in both
     * @param transfers     the part of {@code fiscal} that is a transfer payment, left out of public value
     */
    public record Year(int year, List<BigDecimal> beneficiaries, BigDecimal cost, BigDecimal fiscal,
                       BigDecimal transfers, BigDecimal economic, BigDecimal social, BigDecimal discountFactor,
                       BigDecimal presentCost, BigDecimal presentFiscal, BigDecimal presentPublicValue) {

        /** Outcomes achieved, summed over the outcomes: person-outcomes, not people. */
        public BigDecimal outcomesAchieved() {
            return beneficiaries.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * What an agency invests and gets back, in present values.
     *
     * @param benefits its fiscal savings, cashable or not
     * @param net      benefits less invested
     */
    public record AgencyNet(String agency, BigDecimal invested, BigDecimal benefits, BigDecimal cashable,
                            BigDecimal net) {

        /** The savings it cannot take out of its budget: benefits less cashable. */
        public BigDecimal nonCashable() {
            return benefits.subtract(cashable);
        }
    }

    /**
     * The results the guidance reports.
     *
     * @param npv                present public value (fiscal, economic and social, less transfers) less present cost
     * @param fiscalRoi          (present fiscal benefit - present cost) / present cost
     * @param fiscalBcr          present fiscal benefit / present cost
     * @param publicValueBcr     present public value / present cost
     * @param paybackYears       the first year, counted from 1, from whose end cumulative discounted fiscal benefit
     *                           stays at or above cumulative discounted cost to the end of the appraisal; null when
     *                           it never does, or when the fiscal ROI is not positive
     * @param presentTransfers   the transfers left out of public value, discounted
     */
    public record Appraisal(BigDecimal npv, BigDecimal fiscalRoi, BigDecimal fiscalBcr, BigDecimal publicValueBcr,
                            Integer paybackYears, BigDecimal presentTransfers, List<AgencyNet> byAgency,
                            List<Year> byYear) {
    }

    public static Appraisal appraise(ProgrammeCase programme, DiscountSchedule discounting) {
        int lastYear = lastYear(programme);
        List<Map<Integer, BigDecimal>> beneficiaries = new ArrayList<>();
        Map<Integer, BigDecimal> cost = new TreeMap<>();
        Map<Integer, BigDecimal> fiscal = new TreeMap<>();
        Map<Integer, BigDecimal> transfers = new TreeMap<>();
        Map<Integer, BigDecimal> economic = new TreeMap<>();
        Map<Integer, BigDecimal> social = new TreeMap<>();
        // by agency, any spelling: invested, benefits, cashable (present values)
        Map<String, BigDecimal[]> agencies = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();

        for (ProgrammeCase.AgencyCost c : programme.costs()) {
            cost.merge(c.year(), c.amount(), BigDecimal::add);
            BigDecimal[] totals = agency(agencies, names, c.agency());
            totals[0] = totals[0].add(c.amount().multiply(discounting.factor(c.year()), PRECISION));
        }
        int lastBenefitYear = 0;
        for (ProgrammeCase.Outcome outcome : programme.outcomes()) {
            Map<Integer, BigDecimal> achieving = new TreeMap<>();
            beneficiaries.add(achieving);
            BigDecimal kept = BigDecimal.ONE.subtract(outcome.optimismBias());
            BigDecimal perStarter = outcome.engagement().multiply(outcome.success(), PRECISION)
                    .multiply(BigDecimal.ONE.subtract(outcome.deadweight()), PRECISION);
            for (var cohort : programme.cohorts().entrySet()) {
                BigDecimal starters = cohort.getValue().multiply(perStarter, PRECISION);
                for (int k = 0; k < outcome.persistence().size(); k++) {
                    int year = cohort.getKey() + outcome.lagYears() + k;
                    BigDecimal people = starters.multiply(outcome.persistence().get(k), PRECISION);
                    BigDecimal factor = discounting.factor(year);
                    achieving.merge(year, people, BigDecimal::add);
                    lastBenefitYear = Math.max(lastBenefitYear, year);
                    transfers.merge(year, people.multiply(outcome.transfer(), PRECISION).multiply(kept, PRECISION),
                            BigDecimal::add);
                    for (ProgrammeCase.Saving saving : outcome.fiscalSavings()) {
                        BigDecimal value = people.multiply(saving.perBeneficiary(), PRECISION)
                                .multiply(kept, PRECISION);
                        fiscal.merge(year, value, BigDecimal::add);
                        BigDecimal[] totals = agency(agencies, names, saving.agency());
                        BigDecimal present = value.multiply(factor, PRECISION);
                        totals[1] = totals[1].add(present);
                        if (saving.cashable()) {
                            totals[2] = totals[2].add(present);
                        }
                    }
                    economic.merge(year, people.multiply(outcome.economic(), PRECISION).multiply(kept, PRECISION),
                            BigDecimal::add);
                    social.merge(year, people.multiply(outcome.social(), PRECISION).multiply(kept, PRECISION),
                            BigDecimal::add);
                }
            }
        }

        List<Year> years = new ArrayList<>();
        BigDecimal presentCost = BigDecimal.ZERO;
        BigDecimal presentFiscal = BigDecimal.ZERO;
        BigDecimal presentPublicValue = BigDecimal.ZERO;
        BigDecimal presentTransfers = BigDecimal.ZERO;
        int lastYearShort = -1;   // the last year whose cumulative fiscal benefit is short of cumulative cost
        for (int year = 0; year <= Math.max(lastYear, lastBenefitYear); year++) {
            BigDecimal factor = discounting.factor(year);
            BigDecimal c = cost.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal f = fiscal.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal t = transfers.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal e = economic.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal s = social.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal yearCost = c.multiply(factor, PRECISION);
            BigDecimal yearFiscal = f.multiply(factor, PRECISION);
            BigDecimal yearPublicValue = f.subtract(t).add(e).add(s).multiply(factor, PRECISION);
            presentCost = presentCost.add(yearCost);
            presentFiscal = presentFiscal.add(yearFiscal);
            presentPublicValue = presentPublicValue.add(yearPublicValue);
            presentTransfers = presentTransfers.add(t.multiply(factor, PRECISION));
            if (presentFiscal.compareTo(presentCost) < 0) {
                lastYearShort = year;
            }
            int y = year;
            years.add(new Year(year, beneficiaries.stream().map(b -> b.getOrDefault(y, BigDecimal.ZERO)).toList(),
                    c, f, t, e, s, factor, yearCost, yearFiscal, yearPublicValue));
        }
        List<AgencyNet> byAgency = agencies.entrySet().stream()
                .map(a -> new AgencyNet(names.get(a.getKey()), a.getValue()[0], a.getValue()[1], a.getValue()[2],
                        a.getValue()[1].subtract(a.getValue()[0])))
                .toList();
        // the ratios are over the present cost: none without one
        BigDecimal divisor = presentCost.signum() == 0 ? null : presentCost;
        BigDecimal fiscalRoi = divisor == null ? null : presentFiscal.subtract(presentCost).divide(divisor, PRECISION);
        // a positive ROI means the last year is not short, so a year from which the benefit stays ahead exists
        Integer payback = fiscalRoi == null || fiscalRoi.signum() <= 0 ? null : lastYearShort + 2;
        return new Appraisal(presentPublicValue.subtract(presentCost), fiscalRoi,
                divisor == null ? null : presentFiscal.divide(divisor, PRECISION),
                divisor == null ? null : presentPublicValue.divide(divisor, PRECISION),
                payback, presentTransfers, byAgency, List.copyOf(years));
    }

    /**
     * An agency's totals. The programme file and the Unit Cost Database may spell an agency differently ("Local
     * authority"): it is one agency, named as first met (the investing agencies' costs come first).
     */
    private static BigDecimal[] agency(Map<String, BigDecimal[]> agencies, Map<String, String> names, String name) {
        String key = agencyKey(name);
        names.putIfAbsent(key, name);
        return agencies.computeIfAbsent(key, a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO});
    }

    /** One agency however it is spelt: what its figures are added up under, here and across programmes. */
    static String agencyKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static int lastYear(ProgrammeCase programme) {
        int last = 0;
        for (ProgrammeCase.AgencyCost c : programme.costs()) {
            last = Math.max(last, c.year());
        }
        return last;
    }
}
