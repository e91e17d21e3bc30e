package org.wholeplace.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a cost-benefit appraisal of a programme needs, every year counted from the programme's first (year 0).
 *
 * @param costs    what each agency puts in, per year: capital, revenue and in kind together, in pounds of the price
 *                 year of the appraisal
 * @param cohorts  people starting the programme, per year
 * @param outcomes what the programme is expected to change, each valued by a unit cost
 */
public record ProgrammeCase(List<AgencyCost> costs, Map<Integer, BigDecimal> cohorts, List<Outcome> outcomes) {

    /**
     * A cost or cohort before year 0 would be left out of the present values but not of the agencies' sums: the
     * programme file refuses one (dated before the programme's start), and so does the arithmetic.
     */
    public ProgrammeCase {
        if (costs.stream().anyMatch(c -> c.year() < 0) || cohorts.keySet().stream().anyMatch(year -> year < 0)) {
            throw new IllegalArgumentException("a cost or cohort is dated before the programme's first year");
        }
    }

    public record AgencyCost(String agency, int year, BigDecimal amount) {
    }

    /**
     * An expected outcome, as the guidance models one: of each year's cohort, {@code engagement} take part, of them
     * {@code success} achieve the outcome, of whom {@code deadweight} would have anyway. The benefit starts
     * {@code lagYears} after the cohort's year and lasts as {@code persistence} says (1 in the first year of benefit,
     * then the part still holding each later year; none after the list ends).
     *
     * @param fiscalSavings the fiscal value per beneficiary, by the agency that makes the saving, and whether it is
     *                      cashable (budgets can be cut) to that agency
     * @param economic      the economic value per beneficiary
     * @param transfer      the part of the fiscal value per beneficiary that is a transfer payment (tax, social
     *                      security benefits): kept in fiscal figures, left out of public value
     * @param social        the social value per beneficiary
     * @param optimismBias  the part of the benefit the appraisal takes off for its evidence's confidence grade
     */
    public record Outcome(String name, BigDecimal engagement, BigDecimal success, BigDecimal deadweight, int lagYears,
                          List<BigDecimal> persistence, List<Saving> fiscalSavings, BigDecimal transfer,
                          BigDecimal economic, BigDecimal social, BigDecimal optimismBias) {
    }

    public record Saving(String agency, BigDecimal perBeneficiary, boolean cashable) {
    }
}
