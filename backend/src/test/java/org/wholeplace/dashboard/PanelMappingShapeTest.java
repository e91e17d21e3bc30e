package org.wholeplace.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Each kind's shaping, on a result made by hand: the shaped values expected are written out from the result, by
 * hand, as dashboard-config/README.md describes each kind's shape. Pure: no database, no schema.
 */
class PanelMappingShapeTest {

    /** A map in the order given; values may be null (a JSON null). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, String> column(String key, String label) {
        return Map.of("key", key, "label", label);
    }

    private static Map<String, Object> table(List<?> columns, List<?> rows) {
        return map("columns", columns, "rows", rows);
    }

    private static FieldLabels labels(String path, String label) {
        return new FieldLabels(Map.of(path, label));
    }

    /** 200 on 1,000 the year before: 20.00%. */
    @Test
    void aKpiIsItsFigureItsChangeAndThePercentage() {
        var kpi = new KpiMapping("spend.rows[0].total", "spend.rows[0].change");
        Map<String, Object> result = map("spend", map("rows", List.of(map("total", "1200.00", "change", "200.00"))));

        assertThat(kpi.shape(result, Map.of(), "£")).isEqualTo(map(
                "value", "1200.00", "change", "200.00", "changePercent", new BigDecimal("20.00"),
                "table", table(List.of(column("value", "Figure (£)"), column("change", "Change from the year before"),
                        column("changePercent", "Change (%)")), List.of(List.of("1200.00", "200.00",
                        new BigDecimal("20.00"))))));
    }

    @Test
    void aKpiWithoutAChangeHasOneColumn() {
        var kpi = new KpiMapping("total", null);

        assertThat(kpi.shape(map("total", 7), Map.of(), "%")).isEqualTo(map(
                "value", 7, "change", null, "changePercent", null,
                "table", table(List.of(column("value", "Figure (%)")), List.of(List.of(7)))));
    }

    /** A series a y, named by its label or its name in words; categories in the rows' order. */
    @Test
    void aBarIsASeriesAYAlongTheCategories() {
        var bar = new BarMapping("spend.rows", "place.name", List.of("perHead", "total"), null,
                labels("perHead", "Per head"));
        Map<String, Object> result = map("spend", map("rows", List.of(
                map("place", map("name", "Bury"), "perHead", "9.25", "total", "80.00"),
                map("place", map("name", "Bolton"), "perHead", "10.50", "total", "100.00"))));

        assertThat(bar.shape(result, Map.of(), "£")).isEqualTo(map(
                "categories", List.of("Bury", "Bolton"),
                "series", List.of(map("name", "Per head", "values", List.of("9.25", "10.50")),
                        map("name", "Total", "values", List.of("80.00", "100.00"))),
                "table", table(List.of(column("category", "Place"), column("Per head", "Per head"),
                        column("Total", "Total")), List.of(List.of("Bury", "9.25", "80.00"),
                        List.of("Bolton", "10.50", "100.00")))));
    }

    /** Periods in time order whatever the rows' order; a series a value of series; a missing point null. */
    @Test
    void aLineRunsInTimeWithASeriesAValue() {
        var line = new LineMapping("rows", "year", List.of("value"), "theme", FieldLabels.none());
        Map<String, Object> result = map("rows", List.of(
                map("year", "2022-23", "theme", "early-years", "value", 2),
                map("year", "2021-22", "theme", "early-years", "value", 1),
                map("year", "2022-23", "theme", "justice", "value", 4)));

        assertThat(line.shape(result, Map.of(), "£")).isEqualTo(map(
                "categories", List.of("2021-22", "2022-23"),
                "series", List.of(map("name", "early-years", "values", List.of(1, 2)),
                        map("name", "justice", "values", Arrays.asList(null, 4))),
                "table", table(List.of(column("category", "Year"), column("early-years", "early-years"),
                        column("justice", "justice")), List.of(Arrays.asList("2021-22", 1, null),
                        List.of("2022-23", 2, 4)))));
    }

    /** A list in a cell reads as its items joined, an object as its values. */
    @Test
    void aTableIsItsColumnsOfEveryRow() {
        var table = new TableMapping("programmes", List.of(new TableMapping.Column("name", "Programme"),
                new TableMapping.Column("places", "Places")));
        Map<String, Object> result = map("programmes", List.of(map("name", "Family Intervention",
                "places", List.of(map("name", "Bolton"), map("name", "Bury")))));

        assertThat(table.shape(result, Map.of(), "£")).isEqualTo(map(
                "table", table(List.of(column("name", "Programme"), column("places", "Places")),
                        List.of(List.of("Family Intervention", "Bolton; Bury")))));
    }

    @Test
    void aHeatMapIsItsCategoriesAndACellARow() {
        var heatMap = new HeatMapMapping("matrix.cells", "place.name", "service.name", "total",
                labels("total", "Spend"));
        Map<String, Object> result = map("matrix", map("cells", List.of(
                map("place", map("name", "Bolton"), "service", map("name", "Education"), "total", "1.00"),
                map("place", map("name", "Bury"), "service", map("name", "Education"), "total", "2.00"),
                map("place", map("name", "Bolton"), "service", map("name", "Housing"), "total", "3.00"))));

        assertThat(heatMap.shape(result, Map.of(), "£")).isEqualTo(map(
                "x", List.of("Bolton", "Bury"), "y", List.of("Education", "Housing"),
                "cells", List.of(List.of(0, 0, "1.00"), List.of(1, 0, "2.00"), List.of(0, 1, "3.00")),
                "table", table(List.of(column("x", "Place"), column("y", "Service"), column("value", "Spend")),
                        List.of(List.of("Bolton", "Education", "1.00"), List.of("Bury", "Education", "2.00"),
                                List.of("Bolton", "Housing", "3.00")))));
    }

    @Test
    void aMapIsAnAreaARow() {
        var choropleth = new MapMapping("spend.rows", "place.code", "place.name", "perHead",
                labels("perHead", "Per head"));
        Map<String, Object> result = map("spend", map("rows", List.of(
                map("place", map("code", "E08000001", "name", "Bolton"), "perHead", "5.00"))));

        assertThat(choropleth.shape(result, Map.of(), "£ per head")).isEqualTo(map(
                "areas", List.of(map("code", "E08000001", "name", "Bolton", "value", "5.00")),
                "table", table(List.of(column("code", "ONS code"), column("name", "Place"),
                        column("value", "Per head")), List.of(List.of("E08000001", "Bolton", "5.00")))));
    }

    /** Links name their nodes by id; the table by name. */
    @Test
    void aSankeyIsItsNodesAndLinks() {
        var sankey = new SankeyMapping("flows.nodes", "flows.links", FieldLabels.none());
        Map<String, Object> result = map("flows", map(
                "nodes", List.of(map("id", "pays:gmca", "name", "GMCA"), map("id", "nhs", "name", "NHS")),
                "links", List.of(map("source", "pays:gmca", "target", "nhs", "value", "12.50"))));

        assertThat(sankey.shape(result, Map.of(), "£")).isEqualTo(map(
                "nodes", List.of(map("id", "pays:gmca", "name", "GMCA"), map("id", "nhs", "name", "NHS")),
                "links", List.of(map("source", "pays:gmca", "target", "nhs", "value", "12.50")),
                "table", table(List.of(column("source", "From"), column("target", "To"), column("value", "Value")),
                        List.of(List.of("GMCA", "NHS", "12.50")))));
    }

    /**
     * Bolton's (the filter's place) latest period is 2021/22: its 5.0 in [4.0, 6.0], England's 4.5 that period, and
     * the places other than the benchmarks that period 5.0, 7.0 and 2.0: lowest 2.0, highest 7.0. An indicator
     * without Bolton's value is a row with no period.
     */
    @Test
    void aSpineIsThePlacesLatestValueAgainstItsBenchmarksAndThePlaces() {
        var spine = new SpineMapping("indicators", "name", "values", "place", "value", "lower", "upper", "period",
                "borough", Map.of("England", "E92000001"));
        Map<String, Object> result = map("indicators", List.of(
                map("name", "Readiness", "values", List.of(
                        map("place", "E08000001", "value", 3.0, "lower", 2.0, "upper", 4.0, "period", "2020/21"),
                        map("place", "E08000001", "value", 5.0, "lower", 4.0, "upper", 6.0, "period", "2021/22"),
                        map("place", "E92000001", "value", 4.5, "lower", null, "upper", null, "period", "2021/22"),
                        map("place", "E08000002", "value", 7.0, "lower", null, "upper", null, "period", "2021/22"),
                        map("place", "E08000003", "value", 2.0, "lower", null, "upper", null, "period", "2021/22"),
                        map("place", "E08000002", "value", 9.0, "lower", null, "upper", null, "period", "2020/21"))),
                map("name", "Unreported", "values", List.of(
                        map("place", "E08000002", "value", 1.0, "lower", null, "upper", null, "period", "2021/22")))));

        assertThat(spine.shape(result, Map.of("borough", "E08000001"), "%")).isEqualTo(map(
                "subject", "E08000001",
                "benchmarks", List.of("England"),
                "rows", List.of(
                        map("label", "Readiness", "period", "2021/22", "value", 5.0, "lower", 4.0, "upper", 6.0,
                                "benchmarks", map("England", 4.5), "min", 2.0, "max", 7.0),
                        map("label", "Unreported", "period", null)),
                "table", table(List.of(column("label", "Indicator"), column("period", "Period"),
                        column("value", "Value"), column("lower", "Lower 95%"), column("upper", "Upper 95%"),
                        column("England", "England"), column("min", "Lowest of the places"),
                        column("max", "Highest of the places")), List.of(
                        List.of("Readiness", "2021/22", 5.0, 4.0, 6.0, 4.5, 2.0, 7.0),
                        Arrays.asList("Unreported", null, null, null, null, null, null, null)))));
    }
}
