package org.wholeplace.dashboard;

import java.util.List;
import java.util.Map;

/**
 * A bar chart: categories along {@code x}, a series per {@code y} (or per value of {@code series}); shown
 * horizontally when there are many.
 */
record BarMapping(String rows, String x, List<String> y, String series, FieldLabels labels)
        implements PanelMapping {

    static BarMapping read(MappingFields m) {
        return new BarMapping(m.text("rows"), m.text("x"), m.paths("y"), m.text("series"), m.labels());
    }

    @Override
    public PanelKind kind() {
        return PanelKind.BAR;
    }

    private CategorySeries categories() {
        return new CategorySeries(rows, x, y, series, labels, false);
    }

    @Override
    public void check(PanelDocument.Selected top, MappingCheck check) {
        categories().check(top, check);
    }

    @Override
    public Map<String, Object> shape(Map<String, Object> result, Map<String, String> filters, String units) {
        return categories().shape(result);
    }
}
