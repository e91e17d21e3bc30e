package org.wholeplace.programme;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A reinvestment deal in the style of the Ministry of Justice Financial Incentive Model of GM Transforming Justice:
 * the agency whose demand falls pays the investing partnership a share of its cashable savings, but only once the
 * fall passes a threshold, and only on the fall up to a cap. The MoJ's terms were a 50% share once adult demand fell
 * by 5% (10% for youth), on the fall up to 20%. Threshold, share and cap are the caller's.
 *
 * @param threshold the fall in demand (0 to 1) from which the deal pays
 * @param share     the part of the cashable saving paid back (0 to 1)
 * @param cap       the fall beyond which savings are kept by the benefiting agency (at least the threshold)
 */
public record ReinvestmentDeal(BigDecimal threshold, BigDecimal share, BigDecimal cap) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public ReinvestmentDeal {
        if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0 || share.signum() < 0
                || share.compareTo(BigDecimal.ONE) > 0 || cap.compareTo(threshold) < 0) {
            throw new IllegalArgumentException("threshold and share must be between 0 and 1, and the cap at least "
                    + "the threshold: " + threshold + ", " + share + ", " + cap);
        }
    }

    /** The MoJ's adult terms: 50% of cashable savings once demand falls 5%, on the fall up to 20%. */
    public static final ReinvestmentDeal MOJ_ADULT = new ReinvestmentDeal(new BigDecimal("0.05"),
            new BigDecimal("0.5"), new BigDecimal("0.20"));

    /** The youth terms: as the adult ones, from a 10% fall. */
    public static final ReinvestmentDeal MOJ_YOUTH = new ReinvestmentDeal(new BigDecimal("0.10"),
            new BigDecimal("0.5"), new BigDecimal("0.20"));

    /**
     * What the benefiting agency pays: nothing below the threshold; above it, the share of the cashable saving that
     * the fall up to the cap accounts for (a saving is taken to be in proportion to the fall in demand).
     *
     * @param fall     the fall in demand, 0 to 1 (0.08 for 8%)
     * @param cashable the benefiting agency's cashable saving over the same fall
     */
    public BigDecimal payment(BigDecimal fall, BigDecimal cashable) {
        if (fall.compareTo(threshold) < 0 || fall.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal counted = fall.min(cap).divide(fall, PRECISION);
        return cashable.multiply(counted, PRECISION).multiply(share, PRECISION);
    }
}
