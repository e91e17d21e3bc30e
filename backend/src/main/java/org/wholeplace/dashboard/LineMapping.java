package org.wholeplace.dashboard;

import java.util.List;
import java.util.Map;

/**
 * A line chart: categories along {@code x}, a series per {@code y} (or per value of {@code series}); periods
 * run in time order, whatever order the rows came in.
 */
record LineMapping(String rows, String x, List<String> y, String series, FieldLabels labels)
        implements PanelMapping {

    static LineMapping read(MappingFields m) {
        return new LineMapping(m.text("rows"), m.text("x"), m.paths("y"), m.text("series"), m.labels());
    }

    @Override
    public PanelKind kind() {
        return PanelKind.LINE;
    }

    private CategorySeries categories() {
        return new CategorySeries(rows, x, y, series, labels, true);
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
