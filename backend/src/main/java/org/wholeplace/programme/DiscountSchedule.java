package org.wholeplace.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Discount rates by year of appraisal, each band from its first year until the next band's (the Green Book's: 3.5% a
 * year for years 0 to 30, then 3.0%, kept as data). Year 0 is the programme's first year and is not discounted.
 *
 * @param bands the rates, each from its first year on, in order of year; the first from year 0
 */
public record DiscountSchedule(List<Band> bands) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** A rate that applies from {@code fromYear} until the next band's. */
    public record Band(int fromYear, BigDecimal rate) {
    }

    public DiscountSchedule {
        if (bands.isEmpty() || bands.getFirst().fromYear() != 0) {
            throw new IllegalArgumentException("a discount schedule starts with a band from year 0: " + bands);
        }
        bands = List.copyOf(bands);
    }

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

    /** "3.5% from year 0, 3% from year 31", or "3.5% every year" for one band. */
    public String describe() {
        if (bands.size() == 1) {
            return percent(bands.getFirst().rate()) + " every year";
        }
        return bands.stream().map(b -> percent(b.rate()) + " from year " + b.fromYear())
                .collect(Collectors.joining(", "));
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
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
