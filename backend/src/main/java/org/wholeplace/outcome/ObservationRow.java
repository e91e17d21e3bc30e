package org.wholeplace.outcome;

import org.wholeplace.period.Period;

/** A current observation as stored: what the source published, nothing derived. */
public record ObservationRow(String indicatorId, String placeCode, Period period, String sex, Double value, Double count,
                             Double denominator, Double lower95, Double upper95, Double lower998, Double upper998,
                             String sourceSignificance, String note, long batchId, String age, String categoryType,
                             String category) {

    /** An observation of no particular age or category. */
    public ObservationRow(String indicatorId, String placeCode, Period period, String sex, Double value, Double count,
                          Double denominator, Double lower95, Double upper95, Double lower998, Double upper998,
                          String sourceSignificance, String note, long batchId) {
        this(indicatorId, placeCode, period, sex, value, count, denominator, lower95, upper95, lower998, upper998,
                sourceSignificance, note, batchId, null, null, null);
    }

    public Breakdown breakdown() {
        return new Breakdown(Sex.of(sex).orElseThrow(), age, categoryType, category);
    }
}
