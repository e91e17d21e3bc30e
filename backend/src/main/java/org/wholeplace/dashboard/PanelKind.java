package org.wholeplace.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a panel shows its figures, each kind read into its own {@link PanelMapping}. A spine is Fingertips' spine
 * chart: a place's value against England and the region, with its interval, an indicator a row.
 */
public enum PanelKind {
    KPI(KpiMapping::read),
    BAR(BarMapping::read),
    LINE(LineMapping::read),
    TABLE(TableMapping::read),
    HEAT_MAP(HeatMapMapping::read),
    MAP(MapMapping::read),
    SANKEY(SankeyMapping::read),
    SPINE(SpineMapping::read);

    private final Function<MappingFields, PanelMapping> reader;

    PanelKind(Function<MappingFields, PanelMapping> reader) {
        this.reader = reader;
    }

    /** As a dashboard file writes it: kpi, bar, heat-map, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PanelKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    /** The mapping of a panel of this kind, from the fields its file gives (checked by the JSON Schema first). */
    PanelMapping read(MappingFields fields) {
        return reader.apply(fields);
    }
}
