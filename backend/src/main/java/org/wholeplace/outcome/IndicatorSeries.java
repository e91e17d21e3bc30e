package org.wholeplace.outcome;

import java.util.List;

/** One indicator's benchmarked observations, oldest period first. */
public record IndicatorSeries(Indicator indicator, List<IndicatorObservation> observations) {
}
