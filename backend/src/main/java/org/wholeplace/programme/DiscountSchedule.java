package org.wholeplace.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Discount rates by year of appraisal, as the HM Treasury Green Book sets them: 3.5% a year for years 0 to 30, then
 * 3.0% (to year 75). Year 0 is the programme's first year and is not discounted.
 *
 * @param bands the rates, each from its first year on, in order of year
 */
public record DiscountSchedule(List<Band> bands) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** A rate that applies from {@code fromYear} until the next band's. */
    public record Band(int fromYear, BigDecimal rate) {
    }

    /** The Green Book's schedule (HM Treasury Green Book 2022, Annex A6, the declining long-term discount rate): 3.5% for years 0-30, 3.0% from year 31. */
    public static final DiscountSchedule GREEN_BOOK = new DiscountSchedule(List.of(
            new Band(0, new BigDecimal("0.035")), new Band(31, new BigDecimal("0.030"))));

    /** One rate for every year: for a sensitivity test at a rate of the caller's. */
    public static DiscountSchedule flat(BigDecimal rate) {
        return new DiscountSchedule(List.of(new Band(0, rate)));
    }

    /** 1 / the product over years 1..t of (1 + that year's rate): year t's rate is the band year t falls in. */
    public BigDecimal factor(int year) {
        BigDecimal compound = BigDecimal.ONE;
        for (int t = 1; t <= year; t++) {
            compound = compound.multiply(BigDecimal.ONE.add(rateIn(t)), PRECISION);
        }
        return BigDecimal.ONE.divide(compound, PRECISION);
    }

    private BigDecimal rateIn(int year) {
        BigDecimal rate = bands.getFirst().rate();
        for (Band band : bands) {
            if (year >= band.fromYear()) {
                rate = band.rate();
            }
        }
        return rate;
    }
}
