package org.wholeplace.ingest;

import java.math.BigDecimal;

import org.wholeplace.outcome.Period;

/**
 * An outcome observation on its way into the database; its batch is given when it is written.
 *
 * @param value              null when the source published none; {@code note} then says so
 * @param sourceSignificance the source's own comparison with England (better, similar, worse, not-compared), or null
 */
record NewObservation(String indicatorId, String placeCode, Period period, String sex, BigDecimal value,
                      BigDecimal count, BigDecimal denominator, BigDecimal lower95, BigDecimal upper95,
                      BigDecimal lower998, BigDecimal upper998, String sourceSignificance, String note,
                      long sourceLine) {

    /** What may appear once per file: two labels of the same span (2017/18, 2017-18) are the same period. */
    String key() {
        return indicatorId + "/" + placeCode + "/" + period.start() + "/" + period.end() + "/" + sex;
    }
}
