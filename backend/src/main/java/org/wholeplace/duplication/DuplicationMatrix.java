package org.wholeplace.duplication;

import java.util.List;

import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Place;
import org.wholeplace.place.Service;
import org.wholeplace.place.Theme;

/** A theme's place × service cells for one year: the data of a heat map. */
public record DuplicationMatrix(Theme theme, FinancialYear year, List<Place> places, List<Service> services,
                                List<Hotspot> cells) {
}
