package org.wholeplace.outcome.ingest;

import java.math.BigDecimal;

import org.wholeplace.outcome.Sex;
import org.wholeplace.outcome.Significance;
import org.wholeplace.period.Period;

/**
 * An outcome observation on its way into the database; its batch is given when it is written.
 *
 * @param value              null when the source published none; {@code note} then says so
 * @param sourceSignificance the source's own comparison with England, or null
 */
record NewObservation(String indicatorId, String placeCode, Period period, Sex sex, BigDecimal value,
                      BigDecimal count, BigDecimal denominator, BigDecimal lower95, BigDecimal upper95,
                      BigDecimal lower998, BigDecimal upper998, Significance sourceSignificance, String note,
                      long sourceLine, String age, String categoryType, String category) {

    /** An observation of no particular age or category (the file states none). */
    NewObservation(String indicatorId, String placeCode, Period period, Sex sex, BigDecimal value, BigDecimal count,
                   BigDecimal denominator, BigDecimal lower95, BigDecimal upper95, BigDecimal lower998,
                   BigDecimal upper998, Significance sourceSignificance, String note, long sourceLine) {
        this(indicatorId, placeCode, period, sex, value, count, denominator, lower95, upper95, lower998, upper998,
                sourceSignificance, note, sourceLine, null, null, null);
    }

    /** What may appear once per file: two labels of the same span (2017/18, 2017-18) are the same period. */
    String key() {
        return indicatorId + "/" + placeCode + "/" + period.start() + "/" + period.end() + "/" + sex.code() + "/" + age
                + "/" + categoryType + "/" + category;
    }
}
