package org.wholeplace.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A KPI: one figure and, optionally, its change from the year before, both paths from the top of the result
 * ({@code spend.rows[0].total}). Shaped as {@code {value, change, changePercent}}; the percentage is the only figure
 * computed here.
 */
record KpiMapping(String value, String change) implements PanelMapping {

    static KpiMapping read(MappingFields m) {
        return new KpiMapping(m.text("value"), m.text("change"));
    }

    @Override
    public PanelKind kind() {
        return PanelKind.KPI;
    }

    @Override
    public void check(PanelDocument.Selected top, MappingCheck check) {
        check.field(top, value, "mapping.value");
        check.field(top, change, "mapping.change");
    }

    @Override
    public Map<String, Object> shape(Map<String, Object> result, Map<String, String> filters, String units) {
        Object figure = Paths.valueAt(result, value);
        Object changed = change == null ? null : Paths.valueAt(result, change);
        BigDecimal percent = percentChange(figure, changed);
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("value", figure);
        shaped.put("change", changed);
        shaped.put("changePercent", percent);
        List<Map<String, String>> columns = new ArrayList<>(List.of(PanelTable.column("value",
                "Figure (" + units + ")")));
        List<Object> row = new ArrayList<>();
        row.add(figure);
        if (change != null) {
            columns.add(PanelTable.column("change", "Change from the year before"));
            columns.add(PanelTable.column("changePercent", "Change (%)"));
            row.add(changed);
            row.add(percent);
        }
        shaped.put("table", PanelTable.of(columns, List.of(row)));
        return shaped;
    }

    /** change ÷ (value − change) × 100, to two places; null without both figures or from nothing. */
    private static BigDecimal percentChange(Object value, Object change) {
        BigDecimal now = number(value);
        BigDecimal by = number(change);
        if (now == null || by == null || now.subtract(by).signum() == 0) {
            return null;
        }
        return by.multiply(BigDecimal.valueOf(100)).divide(now.subtract(by), MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** A figure as the API gives it: a number, or money's exact decimal string. */
    private static BigDecimal number(Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
