package org.wholeplace.spendoutcome;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.period.FinancialYear;

/**
 * One financial year of the timeline: its spend (null where none is loaded) and the observations overlapping it.
 *
 * @param batchIds the import batches of the year's spend, for whether it rests on generated figures
 */
public record ThemeYear(FinancialYear year, BigDecimal total, BigDecimal perHead, List<Long> batchIds,
                        List<YearOutcome> outcomes) {
}
