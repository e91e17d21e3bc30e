package org.wholeplace.spendoutcome;

import org.wholeplace.outcome.Indicator;
import org.wholeplace.outcome.IndicatorObservation;

/** An observation whose period overlaps a financial year of the timeline. */
public record YearOutcome(Indicator indicator, IndicatorObservation observation) {
}
