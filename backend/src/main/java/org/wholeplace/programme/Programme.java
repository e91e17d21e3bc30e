package org.wholeplace.programme;

import java.util.List;

/** A programme as loaded: what it is, where, when (financial years by the calendar year they start in). */
public record Programme(String id, String name, String themeCode, List<String> placeCodes, int startYear,
                        int endYear, String description, long batchId) {
}
