package org.wholeplace.outcome;

import java.util.List;

import org.wholeplace.place.Place;

/**
 * A councillor's comparison panel: every place within a place for one indicator and period, best first.
 *
 * @param region the value of the place compared within (Greater Manchester's own)
 * @param median the median of the rows' values
 */
public record BoroughComparison(Indicator indicator, String period, Place within, Double england, Double region,
                                Double median, List<IndicatorObservation> rows) {
}
