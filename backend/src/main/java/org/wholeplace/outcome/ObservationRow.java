package org.wholeplace.outcome;

import org.wholeplace.period.Period;

/** A current observation as stored: what the source published, nothing derived. */
public record ObservationRow(String indicatorId, String placeCode, Period period, String sex, Double value, Double count,
                             Double denominator, Double lower95, Double upper95, Double lower998, Double upper998,
                             String sourceSignificance, String note, long batchId) {
}
