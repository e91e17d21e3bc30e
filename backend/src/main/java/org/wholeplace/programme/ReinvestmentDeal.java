package org.wholeplace.programme;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A reinvestment deal: the agency whose demand falls pays the investing partnership part of its cashable savings, in
 * tiers of the fall. GM's Transforming Justice terms with the Ministry of Justice (June 2011) are the default, kept as
 * data (programmes/appraisal-parameters.yaml): the MoJ would "payback half of their calculated savings for a 5%
 * reduction in adult demand and all the savings above this threshold up to 20%". So nothing below a 5% fall; from
 * it, half of the savings the first 5% accounts for and all of those the fall from 5% to 20% accounts for; none of
 * those beyond 20%. A saving is taken to be in proportion to the fall in demand: an 8% fall saving £400,000 saves
 * £50,000 a point, and pays £125,000 + £150,000 = £275,000.
 *
 * @param paysFrom the fall in demand (0 to 1) below which nothing is paid
 * @param tiers    in order of the fall, not overlapping
 * @param source   where the terms come from
 */
public record ReinvestmentDeal(BigDecimal paysFrom, List<Tier> tiers, String source) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** The share paid of the savings that the fall from {@code from} to {@code to} accounts for. */
    public record Tier(BigDecimal from, BigDecimal to, BigDecimal share) {
    }

    /** @throws IllegalArgumentException naming what is wrong with the terms */
    public ReinvestmentDeal {
        if (paysFrom == null || paysFrom.signum() < 0 || paysFrom.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("paysFrom must be from 0 to 1, not " + paysFrom);
        }
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a deal needs at least one tier");
        }
        BigDecimal end = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            String which = "tier " + (i + 1) + " (from " + t.from() + " to " + t.to() + ")";
            if (t.from().signum() < 0 || t.to().compareTo(t.from()) <= 0 || t.to().compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(which + ": from must be below to, both from 0 to 1");
            }
            if (t.share().signum() < 0 || t.share().compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(which + ": share must be from 0 to 1, not " + t.share());
            }
            if (t.from().compareTo(end) < 0) {
                throw new IllegalArgumentException(which + " overlaps the tier before it, or is out of order");
            }
            end = t.to();
        }
        tiers = List.copyOf(tiers);
    }

    /**
     * What the benefiting agency pays: nothing below {@link #paysFrom}; from it, each tier's share of the part of the
     * cashable saving that the fall within the tier accounts for.
     *
     * @param fall     the fall in demand, 0 to 1 (0.08 for 8%)
     * @param cashable the benefiting agency's cashable saving over the same fall
     */
    public BigDecimal payment(BigDecimal fall, BigDecimal cashable) {
        if (fall.signum() <= 0 || fall.compareTo(paysFrom) < 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal perUnitOfFall = cashable.divide(fall, PRECISION);
        BigDecimal paid = BigDecimal.ZERO;
        for (Tier t : tiers) {
            BigDecimal within = fall.min(t.to()).subtract(t.from());
            if (within.signum() > 0) {
                paid = paid.add(perUnitOfFall.multiply(within, PRECISION).multiply(t.share(), PRECISION));
            }
        }
        return paid;
    }
}
