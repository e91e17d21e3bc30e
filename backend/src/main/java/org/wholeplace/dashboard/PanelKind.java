package org.wholeplace.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a panel shows its figures. A spine is Fingertips' spine chart: a place's value against England and the region,
 * with its interval, an indicator a row.
 */
public enum PanelKind {
    KPI, BAR, LINE, TABLE, HEAT_MAP, MAP, SANKEY, SPINE;

    /** As a dashboard file writes it: kpi, bar, heat-map, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PanelKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
