package org.wholeplace.outcome;

import java.util.List;

import org.wholeplace.period.Period;
import org.wholeplace.place.Place;

/**
 * An observation as the API serves it: what the source published, the confidence interval at the level asked for,
 * and the benchmarks. A suppressed observation carries none of its figures, nor anything derived from them: it has
 * no {@code published} part, only the reason it is withheld.
 *
 * @param published         the figures and what is derived from them; null when suppressed
 * @param suppressionReason why the figures are withheld; null when published
 */
public record IndicatorObservation(Place place, Period period, String note, long batchId, Breakdown breakdown,
                                   Published published, String suppressionReason) {

    /**
     * The figures of a published observation.
     *
     * @param interval           the confidence interval at the level asked for, from the source or computed from
     *                           the count; null without one
     * @param sourceSignificance the source's own comparison with England, as published
     */
    public record Published(Double value, Double count, Double denominator, Interval interval,
                            Comparison sourceSignificance, Benchmarks benchmarks, List<QualityFlag> qualityFlags) {
    }

    /**
     * The value against others.
     *
     * @param ranking among the places with the same parent (or those asked for); null without peers
     */
    public record Benchmarks(Comparison comparedToEngland, Comparison comparedToRegion, Comparison comparedToGroup,
                             Trend trend, IndicatorBenchmarks.Ranking ranking) {
    }

    /** Something about a figure worth a second look, raised rather than hidden. */
    public record QualityFlag(String code, String message) {
    }

    static IndicatorObservation withheld(Place place, Period period, String note, long batchId, Breakdown breakdown,
                                         String reason) {
        return new IndicatorObservation(place, period, note, batchId, breakdown, null, reason);
    }

    public boolean suppressed() {
        return published == null;
    }

    public Double value() {
        return published == null ? null : published.value();
    }

    public Double count() {
        return published == null ? null : published.count();
    }

    public Double denominator() {
        return published == null ? null : published.denominator();
    }

    public Double lower() {
        return published == null || published.interval() == null ? null : published.interval().lower();
    }

    public Double upper() {
        return published == null || published.interval() == null ? null : published.interval().upper();
    }

    /** How the interval was had: from the source, or computed from the count; null without one. */
    public Interval.Method limitsMethod() {
        return published == null || published.interval() == null ? null : published.interval().method();
    }

    /** Null when suppressed: it would tell what the value is near. */
    public Comparison sourceSignificance() {
        return published == null ? null : published.sourceSignificance();
    }

    public Comparison comparedToEngland() {
        return published == null ? Comparison.NOT_COMPARED : published.benchmarks().comparedToEngland();
    }

    public Comparison comparedToRegion() {
        return published == null ? Comparison.NOT_COMPARED : published.benchmarks().comparedToRegion();
    }

    public Comparison comparedToGroup() {
        return published == null ? Comparison.NOT_COMPARED : published.benchmarks().comparedToGroup();
    }

    public Trend trend() {
        return published == null ? null : published.benchmarks().trend();
    }

    /** 1 = best among the peers (1 = highest where the indicator makes no judgement); ties share a rank. */
    public Integer rank() {
        IndicatorBenchmarks.Ranking ranking = ranking();
        return ranking == null ? null : ranking.rank();
    }

    public Integer rankOf() {
        IndicatorBenchmarks.Ranking ranking = ranking();
        return ranking == null ? null : ranking.of();
    }

    public Integer quartile() {
        IndicatorBenchmarks.Ranking ranking = ranking();
        return ranking == null ? null : ranking.quartile();
    }

    /** (value − the peers' median) ÷ their median absolute deviation. */
    public Double madsFromMedian() {
        IndicatorBenchmarks.Ranking ranking = ranking();
        return ranking == null ? null : ranking.madsFromMedian();
    }

    public List<QualityFlag> qualityFlags() {
        return published == null ? List.of() : published.qualityFlags();
    }

    private IndicatorBenchmarks.Ranking ranking() {
        return published == null ? null : published.benchmarks().ranking();
    }
}
