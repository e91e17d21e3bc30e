package org.wholeplace.programme;

import java.util.List;

/**
 * A programme as loaded: what it is, where, when (financial years by the calendar year they start in).
 *
 * @param costPriceYear the price year its costs are stated in (2015/16), or null: in the appraisal's
 */
public record Programme(String id, String name, String themeCode, List<String> placeCodes, int startYear,
                        int endYear, String description, String costPriceYear, long batchId) {
}
