package org.wholeplace.duplication;

import java.util.List;

import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Measure;

public record HotspotResult(List<Hotspot> hotspots, int rowCount, Measure measure, List<FinancialYear> years) {
}
