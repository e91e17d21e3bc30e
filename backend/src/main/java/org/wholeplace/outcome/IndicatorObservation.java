package org.wholeplace.outcome;

import java.util.List;

import org.wholeplace.period.Period;
import org.wholeplace.place.Place;

/**
 * An observation as the API serves it: what the source published, the confidence interval at the level asked for,
 * and the benchmarks. A suppressed observation carries none of its figures, nor anything derived from them.
 *
 * @param limitsMethod       how the interval was had: from the source, or computed from the count; null without one
 * @param sourceSignificance the source's own comparison with England, as published
 * @param rank               1 = best among the places with the same parent (1 = highest where the indicator makes no
 *                           judgement); ties share a rank
 * @param madsFromMedian     (value − the peers' median) ÷ their median absolute deviation
 */
public record IndicatorObservation(Place place, Period period, Double value, Double count, Double denominator,
                                   Double lower, Double upper, Interval.Method limitsMethod, boolean suppressed,
                                   String suppressionReason, String note, Comparison sourceSignificance,
                                   Comparison comparedToEngland, Comparison comparedToRegion,
                                   Comparison comparedToGroup, Trend trend, Integer rank, Integer rankOf,
                                   Integer quartile, Double madsFromMedian, List<QualityFlag> qualityFlags,
                                   long batchId, Breakdown breakdown) {

    /** Something about a figure worth a second look, raised rather than hidden. */
    public record QualityFlag(String code, String message) {
    }
}
