package org.wholeplace.spend;

import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.arrayAggDistinct;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.values;
import static org.jooq.impl.DSL.when;
import static org.wholeplace.db.generated.Tables.PLACE_POPULATION;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row3;
import org.jooq.Row4;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.wholeplace.db.generated.tables.SpendLine;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Basis;
import org.wholeplace.place.Theme;
import org.wholeplace.prices.RealTermsPrices;
import reactor.core.publisher.Flux;

/**
 * How much was spent, grouped by what: one SQL statement per request, in three steps.
 * <ol>
 * <li>Sum the filtered lines per grouped dimensions (and per place and year, for per-head figures). Each requested
 * year is paired with itself ("current") and, for the change, with the year before ("previous"), so one scan gives
 * both years' figures.</li>
 * <li>Sum those per grouped dimensions, adding the population of each place and year that has current spend: the
 * per-head denominator.</li>
 * <li>Derive per head, share of the filtered total, change from the previous year; order and limit.</li>
 * </ol>
 * Per-head figures and the change cost a join and a second year of lines, so they are computed only when asked for;
 * likewise the variance, which reads the other basis's lines beside the requested basis's.
 * <p>
 * By service, a group's reported total stands for the group. By theme, a group total that the same return itemises
 * gives way to its detailed lines, each classified on its own, so that early years spend inside education and
 * children's social care is found, and nothing is counted twice.
 */
@Repository
public class SpendQuery {

    private static final SpendLine LINE = SPEND_LINE.as("l");

    private final DSLContext dsl;

    public SpendQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Flux<SpendAggregate> spendGroupedBy(SpendRequest request) {
        if (request.years().isEmpty()) {
            return Flux.empty();   // no spend loaded at all
        }
        ResultFields result = resultFields(request);
        return Flux.from(statement(request, result)).map(r -> result.toAggregate(r, request.basis()));
    }

    /** The statement for a request; public so that the benchmark can run exactly this SQL through pgbench. */
    public Select<Record> statement(SpendRequest request) {
        return statement(request, resultFields(request));
    }

    private Select<Record> statement(SpendRequest request, ResultFields result) {
        return dsl.select(result.selected())
                .from(result.groups())
                .orderBy(ordering(request, result))
                .limit(request.limit());
    }

    /** Step 3: the figures derived from the group totals, as the statement selects them. */
    private static ResultFields resultFields(SpendRequest request) {
        Table<?> groups = groupTotals(request, linesPerPlaceAndYear(request));

        Field<BigDecimal> total = groups.field("total", BigDecimal.class);
        Field<BigDecimal> previousTotal = groups.field("previous_total", BigDecimal.class);
        Field<BigDecimal> population = groups.field("population", BigDecimal.class);
        Field<BigDecimal> perHead = (request.withPerHead()
                ? when(groups.field("places_years", Integer.class)
                        .eq(groups.field("places_years_with_population", Integer.class))
                        .and(population.gt(BigDecimal.ZERO)), round(total.div(population), 2))
                : castNull(SQLDataType.NUMERIC)).as("per_head");
        Field<BigDecimal> change = (request.withChange()
                ? total.minus(previousTotal)
                : castNull(SQLDataType.NUMERIC)).as("change");
        Field<BigDecimal> percentChange = (request.withChange()
                ? total.minus(previousTotal).times(inline(100)).div(nullif(abs(previousTotal), BigDecimal.ZERO))
                : castNull(SQLDataType.NUMERIC)).as("percent_change");
        Field<BigDecimal> share = total.div(nullif(sum(total).over(), BigDecimal.ZERO)).as("share");
        Field<BigDecimal> budget = request.withVariance()
                ? groups.field("budget_total", BigDecimal.class) : castNull(SQLDataType.NUMERIC).as("budget_total");
        Field<BigDecimal> outturn = request.withVariance()
                ? groups.field("outturn_total", BigDecimal.class) : castNull(SQLDataType.NUMERIC).as("outturn_total");
        // null unless the row has both: a budget with no outturn yet has no variance, not a variance of minus itself
        Field<BigDecimal> variance = (request.withVariance() ? outturn.minus(budget) : castNull(SQLDataType.NUMERIC))
                .as("variance");
        Field<BigDecimal> variancePercent = (request.withVariance()
                ? outturn.minus(budget).times(inline(100)).div(nullif(abs(budget), BigDecimal.ZERO))
                : castNull(SQLDataType.NUMERIC)).as("variance_percent");

        Map<SpendDimension, Field<?>> dimensions = new LinkedHashMap<>();   // in the order the request names them
        request.groupBy().forEach(d -> dimensions.put(d, groups.field(alias(d))));
        return new ResultFields(groups, dimensions, total, perHead, share, change, percentChange,
                groups.field("line_count", BigDecimal.class), count().over().as("row_count"),
                sum(total).over().as("grand_total"),
                request.withBatches() ? groups.field("batch_ids", Long[].class)
                        : castNull(SQLDataType.BIGINT.array()).as("batch_ids"),
                budget, outturn, variance, variancePercent);
    }

    /**
     * The fields the statement selects, built once per statement and read by, not by position or name: jOOQ finds a
     * field in a row by identity before anything dearer, so a row's fifteen reads cost about 0.1 µs (by name, ten
     * times that), next to the microseconds of decoding it. The hot path of every spend query.
     *
     * @param dimensions the grouped dimensions' fields, in the order the request names them
     */
    private record ResultFields(Table<?> groups, Map<SpendDimension, Field<?>> dimensions, Field<BigDecimal> total,
                                Field<BigDecimal> perHead, Field<BigDecimal> share, Field<BigDecimal> change,
                                Field<BigDecimal> percentChange, Field<BigDecimal> lineCount,
                                Field<Integer> rowCount, Field<BigDecimal> grandTotal, Field<Long[]> batchIds,
                                Field<BigDecimal> budget, Field<BigDecimal> outturn, Field<BigDecimal> variance,
                                Field<BigDecimal> variancePercent) {

        List<Field<?>> selected() {
            List<Field<?>> fields = new ArrayList<>(dimensions.values());
            fields.addAll(List.of(total, perHead, share, change, percentChange, lineCount, rowCount, grandTotal,
                    batchIds, budget, outturn, variance, variancePercent));
            return fields;
        }

        /** @param basis the rows' one basis, unless they are grouped by it */
        SpendAggregate toAggregate(Record r, Basis basis) {
            String basisCode = dimension(r, SpendDimension.BASIS, String.class);
            return new SpendAggregate(
                    dimension(r, SpendDimension.PLACE, String.class),
                    dimension(r, SpendDimension.AGENCY, String.class),
                    dimension(r, SpendDimension.SERVICE, String.class),
                    dimension(r, SpendDimension.THEME, String.class),
                    dimension(r, SpendDimension.YEAR, Integer.class),
                    basisCode == null ? basis : Basis.ofCode(basisCode),
                    r.get(total),
                    r.get(perHead),
                    doubleOrNull(r.get(share)),
                    r.get(change),
                    doubleOrNull(r.get(percentChange)),
                    r.get(lineCount, Integer.class),
                    r.get(rowCount),
                    r.get(grandTotal),
                    SpendQuery.batchIds(r.get(batchIds)),
                    r.get(budget),
                    r.get(outturn),
                    r.get(variance),
                    doubleOrNull(r.get(variancePercent)));
        }

        private <T> T dimension(Record r, SpendDimension dimension, Class<T> type) {
            Field<?> field = dimensions.get(dimension);
            return field == null ? null : r.get(field, type);
        }
    }

    /** A line year feeding a result year: the year itself ({@code current}), or the year before it, for change. */
    private record YearPair(FinancialYear line, FinancialYear result, boolean current) {
    }

    /** Step 1: the filtered lines summed per grouped dimensions (and per place and year, for per-head figures). */
    private static Table<?> linesPerPlaceAndYear(SpendRequest request) {
        // Which line years feed which result year: each year itself, and (for change) the year before it.
        // In real terms each pair carries its line year's factor, index(target) ÷ index(line year), so that every
        // sum below, and all that is derived from them, is of restated amounts.
        List<YearPair> pairs = new ArrayList<>();
        for (FinancialYear year : request.years()) {
            pairs.add(new YearPair(year, year, true));
            if (request.withChange()) {
                pairs.add(new YearPair(year.previous(), year, false));
            }
        }
        // a line's factor is bound as a numeric: multiplied exactly by PostgreSQL, not as a float
        RealTermsPrices real = request.prices() instanceof RealTermsPrices r ? r : null;
        Table<?> yearPairs = real == null
                ? values(pairs.stream().map(p -> row(p.line().startYear(), p.result().startYear(), p.current()))
                        .toArray(Row3[]::new)).as("yp", "line_year", "result_year", "is_current")
                : values(pairs.stream().map(p -> row(p.line().startYear(), p.result().startYear(), p.current(),
                        real.factor(p.line()))).toArray(Row4[]::new))
                        .as("yp", "line_year", "result_year", "is_current", "factor");
        Field<Integer> lineYear = yearPairs.field("line_year", Integer.class);
        Field<Integer> resultYear = yearPairs.field("result_year", Integer.class);
        Condition isCurrent = yearPairs.field("is_current", Boolean.class).isTrue();

        // A line with no theme of its own is split over themes by the current classification (theme_allocation
        // gives every service shares adding up to 1). Only joined when themes matter to the request.
        boolean byTheme = request.byTheme();
        Field<String> theme = byTheme
                ? ThemeAllocation.theme(LINE)
                : inline(Theme.UNCLASSIFIED.code());
        Field<BigDecimal> cash = byTheme ? ThemeAllocation.amount(LINE)
                : LINE.AMOUNT;
        Field<BigDecimal> amount = real == null ? cash : cash.times(yearPairs.field("factor", BigDecimal.class));

        Map<SpendDimension, Field<?>> lineDims = new EnumMap<>(SpendDimension.class);
        lineDims.put(SpendDimension.PLACE, LINE.PLACE_CODE);
        lineDims.put(SpendDimension.AGENCY, LINE.AGENCY_CODE);
        lineDims.put(SpendDimension.SERVICE, LINE.SERVICE_CODE);
        lineDims.put(SpendDimension.THEME, theme);
        lineDims.put(SpendDimension.YEAR, resultYear);
        lineDims.put(SpendDimension.BASIS, LINE.BASIS);

        List<Field<?>> fields = new ArrayList<>();
        List<Field<?>> groupBy = new ArrayList<>();
        for (SpendDimension d : request.groupBy()) {
            fields.add(lineDims.get(d).as(alias(d)));
            groupBy.add(lineDims.get(d));
        }
        if (request.withPerHead()) {   // population is per place and year
            fields.add(LINE.PLACE_CODE.as("line_place"));
            fields.add(resultYear.as("line_year"));
            groupBy.add(LINE.PLACE_CODE);
            groupBy.add(resultYear);
        }
        // With the variance, both bases' lines are read; the rows' own figures are the requested basis's.
        Condition onBasis = request.withVariance() ? LINE.BASIS.eq(request.basis().code()) : noCondition();
        fields.add(sum(amount).filterWhere(isCurrent.and(onBasis)).as("amount"));
        // without the change every line is current: the previous year's sum would only ever be null
        fields.add((request.withChange() ? sum(amount).filterWhere(not(isCurrent).and(onBasis))
                : castNull(SQLDataType.NUMERIC)).as("previous_amount"));
        fields.add(count().filterWhere(isCurrent.and(onBasis)).as("lines"));
        if (request.withVariance()) {
            fields.add(sum(amount).filterWhere(isCurrent.and(LINE.BASIS.eq(Basis.BUDGET.code()))).as("budget"));
            fields.add(sum(amount).filterWhere(isCurrent.and(LINE.BASIS.eq(Basis.OUTTURN.code()))).as("outturn"));
        }
        if (request.withBatches()) {
            fields.add(arrayAggDistinct(LINE.BATCH_ID).filterWhere(isCurrent).as("batch_ids"));
        }

        Table<?> lines = byTheme
                ? ThemeAllocation.join(LINE)
                : LINE;
        return select(fields)
                .from(lines)
                .join(yearPairs).on(LINE.FINANCIAL_YEAR.eq(lineYear))
                .where(filter(request))
                .and(request.themes().isEmpty() ? noCondition() : theme.in(request.themes()))
                .and(LINE.FINANCIAL_YEAR.in(pairs.stream().map(p -> p.line().startYear()).distinct().toList()))
                .groupBy(groupBy)
                .asTable("per_place_year");
    }

    /**
     * Step 2: per grouped dimensions, the current and previous totals and, for per-head figures, the population of
     * each place and year that has current spend, and whether every one of them has an estimate.
     */
    private static Table<?> groupTotals(SpendRequest request, Table<?> perPlaceYear) {
        Field<BigDecimal> amount = perPlaceYear.field("amount", BigDecimal.class);
        Field<BigDecimal> previousAmount = perPlaceYear.field("previous_amount", BigDecimal.class);
        Field<Integer> lines = perPlaceYear.field("lines", Integer.class);
        Condition hasCurrent = lines.gt(0);
        List<Field<?>> dims = request.groupBy().stream().<Field<?>>map(d -> perPlaceYear.field(alias(d))).toList();

        List<Field<?>> fields = new ArrayList<>(dims);
        fields.add(sum(amount).as("total"));
        fields.add(sum(previousAmount).as("previous_total"));
        fields.add(sum(lines).as("line_count"));
        if (request.withVariance()) {
            fields.add(sum(perPlaceYear.field("budget", BigDecimal.class)).as("budget_total"));
            fields.add(sum(perPlaceYear.field("outturn", BigDecimal.class)).as("outturn_total"));
        }
        if (request.withBatches()) {
            fields.add(field("array_cat_agg({0})", Long[].class, perPlaceYear.field("batch_ids")).as("batch_ids"));
        }
        if (request.withPerHead()) {
            fields.add(sum(PLACE_POPULATION.POPULATION).filterWhere(hasCurrent).as("population"));
            fields.add(count().filterWhere(hasCurrent).as("places_years"));
            fields.add(count(PLACE_POPULATION.POPULATION).filterWhere(hasCurrent).as("places_years_with_population"));
        }
        var from = select(fields).from(perPlaceYear);
        return (request.withPerHead()
                ? from.leftJoin(PLACE_POPULATION)
                        .on(PLACE_POPULATION.PLACE_CODE.eq(perPlaceYear.field("line_place", String.class)))
                        .and(PLACE_POPULATION.MID_YEAR.eq(perPlaceYear.field("line_year", Integer.class)))
                : from)
                .groupBy(dims)
                .having(sum(lines).gt(BigDecimal.ZERO))
                .asTable("groups");
    }

    private static Condition filter(SpendRequest request) {
        Condition condition = LINE.MEASURE_CODE.eq(request.measure()).and(request.byTheme()
                ? LINE.SERVICE_CODE.in(request.services()).and(LINE.ITEMISED.isFalse())
                        .or(LINE.SERVICE_CODE.in(request.detailedServices()))
                : LINE.SERVICE_CODE.in(request.services()));
        if (!request.withVariance()) {
            condition = condition.and(LINE.BASIS.in(request.bases().stream().map(Basis::code).toList()));
        }
        if (!request.places().isEmpty()) {
            condition = condition.and(LINE.PLACE_CODE.in(request.places()));
        }
        if (!request.agencies().isEmpty()) {
            condition = condition.and(LINE.AGENCY_CODE.in(request.agencies()));
        }
        return condition;
    }

    private static List<SortField<?>> ordering(SpendRequest request, ResultFields result) {
        Table<?> groups = result.groups();
        List<SortField<?>> sort = new ArrayList<>();
        for (SpendOrder order : request.orderBy()) {
            Field<?> key = switch (order.by()) {
                case TOTAL -> groups.field("total");
                case PER_HEAD -> field(name(result.perHead().getName()));
                case SHARE -> field(name(result.share().getName()));
                case CHANGE_FROM_PREVIOUS_YEAR -> field(name(result.change().getName()));
                case VARIANCE -> field(name(result.variance().getName()));
                default -> groups.field(alias(order.by().dimension().orElseThrow()));
            };
            sort.add((order.descending() ? key.desc() : key.asc()).nullsLast());
        }
        // Ties, and requests with no order, fall back to the grouped dimensions in the order they were named.
        request.groupBy().forEach(d -> sort.add(groups.field(alias(d)).asc()));
        return sort;
    }

    private static String alias(SpendDimension dimension) {
        return dimension.name().toLowerCase();
    }

    /** Distinct and sorted: a batch appears once per place and year it contributes to. */
    private static List<Long> batchIds(Long[] ids) {
        return ids == null ? List.of() : Arrays.stream(ids).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static Double doubleOrNull(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
