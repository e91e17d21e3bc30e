package org.wholeplace.outcome;

import java.util.List;

/**
 * The direction of the most recent {@link #POINTS} points and whether it is statistically significant. As Fingertips
 * rules for its recent trends, it is calculated only from five points that are annual, non-overlapping and
 * consecutive (no gap); otherwise it says it cannot be calculated, and why ({@link #cannotBeCalculated}).
 *
 * <p>Method: a straight line fitted to the values against their order (0, 1, 2, ...), by least squares weighted by
 * each point's precision (1 / standard error², the standard error read from its 95% interval as
 * (upper − lower) / (2 × 1.96)); the slope is significant when it is more than 1.96 of its standard errors from zero.
 * When a point has no interval the slope's direction is given, its significance is not (null). This is the weighted
 * regression test for trend; OHID's Fingertips uses the chi-squared test for trend on counts, which needs the counts
 * the shipped extracts lack.
 *
 * @param direction  INCREASING, DECREASING or NO_CHANGE (a slope of exactly 0); CANNOT_BE_CALCULATED
 * @param significant null when it cannot be tested
 * @param assessment GETTING_BETTER, GETTING_WORSE, NO_SIGNIFICANT_CHANGE, NOT_ASSESSED (no intervals), INCREASING or
 *                   DECREASING for an indicator that makes no judgement; CANNOT_BE_CALCULATED
 * @param points     how many points it rests on (or, when it cannot be calculated, how many there are)
 * @param slope      change per period step, in the indicator's unit; null when it cannot be calculated
 * @param reason     why it cannot be calculated; null when it is
 */
public record Trend(String direction, Boolean significant, String assessment, int points, Double slope,
                    String reason) {

    public static final int POINTS = 5;
    public static final String CANNOT_BE_CALCULATED = "CANNOT_BE_CALCULATED";
    private static final double Z95 = 1.959963984540054;

    /** One value and, if known, its 95% interval. */
    public record Point(double value, Double lower95, Double upper95) {
    }

    public static Trend cannotBeCalculated(int points, String reason) {
        return new Trend(CANNOT_BE_CALCULATED, null, CANNOT_BE_CALCULATED, points, null, reason);
    }

    /** @param points oldest first, annual and consecutive; only the last {@link #POINTS} are used */
    public static Trend of(List<Point> points, Polarity polarity) {
        if (points.size() < POINTS) {
            return cannotBeCalculated(points.size(), "needs " + POINTS + " annual points; there "
                    + (points.size() == 1 ? "is 1" : "are " + points.size()));
        }
        List<Point> recent = points.subList(points.size() - POINTS, points.size());
        int n = recent.size();
        boolean weighted = recent.stream().allMatch(p -> p.lower95() != null && p.upper95() != null
                && p.upper95() > p.lower95());
        double sw = 0, swx = 0, swy = 0, swxx = 0, swxy = 0;
        for (int i = 0; i < n; i++) {
            Point p = recent.get(i);
            double w = 1;
            if (weighted) {
                double se = (p.upper95() - p.lower95()) / (2 * Z95);
                w = 1 / (se * se);
            }
            sw += w;
            swx += w * i;
            swy += w * p.value();
            swxx += w * i * i;
            swxy += w * i * p.value();
        }
        double sxx = swxx - swx * swx / sw;
        double slope = (swxy - swx * swy / sw) / sxx;
        String direction = slope > 0 ? "INCREASING" : slope < 0 ? "DECREASING" : "NO_CHANGE";
        if (!weighted) {
            return new Trend(direction, null, "NOT_ASSESSED", n, slope, null);
        }
        // with weights 1/se², the slope's variance is 1 / Sxx (weighted)
        boolean significant = Math.abs(slope) / Math.sqrt(1 / sxx) > Z95;
        String assessment;
        if (!significant) {
            assessment = "NO_SIGNIFICANT_CHANGE";
        } else if (polarity == Polarity.NO_JUDGEMENT) {
            assessment = direction;
        } else {
            boolean better = (slope > 0) == (polarity == Polarity.HIGHER_IS_BETTER);
            assessment = better ? "GETTING_BETTER" : "GETTING_WORSE";
        }
        return new Trend(direction, significant, assessment, n, slope, null);
    }
}
