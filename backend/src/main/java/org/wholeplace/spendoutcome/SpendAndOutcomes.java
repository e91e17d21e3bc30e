package org.wholeplace.spendoutcome;

import java.util.List;

import org.wholeplace.outcome.IndicatorSeries;
import org.wholeplace.place.Place;
import org.wholeplace.place.Theme;
import org.wholeplace.spend.SpendRow;

/** A theme's spend in a place per financial year beside the theme's indicators there, and the two lined up. */
public record SpendAndOutcomes(Theme theme, Place place, List<SpendRow> spend, List<IndicatorSeries> indicators,
                               List<ThemeYear> timeline) {
}
