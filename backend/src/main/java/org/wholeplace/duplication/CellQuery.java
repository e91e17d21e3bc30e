package org.wholeplace.duplication;

import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.percentileDisc;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.PLACE;
import static org.wholeplace.db.generated.Tables.PLACE_POPULATION;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.wholeplace.db.generated.tables.SpendLine;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Basis;
import org.wholeplace.spend.ThemeAllocation;
import reactor.core.publisher.Flux;

/**
 * Who pays for the same thing in the same place: one SQL statement per request, in steps.
 * <ol>
 * <li>{@code agency_amounts}: each agency's spend per place, service (and theme) and year; an agency whose net spend
 * there is at or below zero funds nothing and is left out.</li>
 * <li>{@code cells}: per place, service (theme) and year the total, the number of agencies, the concentration
 * {@code HHI = Σ share² = Σ amount² / total²} and the agencies with their amounts, largest first.</li>
 * <li>{@code people}: per head of the place's mid-year population (FY 2022-23 uses mid-2022).</li>
 * <li>{@code peers}, {@code spread}: per parent place (the city region), service and year, the median and the
 * median absolute deviation of the per-head figures of its places that spend on the service.</li>
 * <li>The cells asked for, with the hotspot score {@code total × (1 − HHI)}, the ratio to the median and the robust
 * z-score {@code (per head − median) / (1.4826 × MAD)}; ordered and limited.</li>
 * </ol>
 */
@Repository
public class CellQuery {

    /** MAD × 1.4826 estimates the standard deviation of normally distributed values. */
    static final double MAD_TO_SD = 1.4826;
    /** Fewer peers than this give no median worth comparing with. */
    static final int MIN_PEERS = 3;

    private static final SpendLine LINE = SPEND_LINE.as("l");

    private static final Name PLACE_CODE = name("place_code");
    private static final Name SERVICE_CODE = name("service_code");
    private static final Name THEME_CODE = name("theme_code");
    private static final Name YEAR = name("financial_year");
    private static final Name PARENT_CODE = name("parent_code");

    private final DSLContext dsl;

    public CellQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Flux<Cell> cells(CellRequest request) {
        if (request.years().isEmpty()) {
            return Flux.empty();   // no spend loaded at all
        }
        CellStatement statement = statement(request);
        return Flux.from(statement.select()).map(statement.fields()::toCell);
    }

    /** The statement, and the fields it selects, by which its rows are read. */
    record CellStatement(Select<Record> select, CellFields fields) {
    }

    /** The whole statement, a common table expression per step of the class comment. */
    CellStatement statement(CellRequest request) {
        CommonTableExpression<?> agencyAmounts = agencyAmounts(request);
        CommonTableExpression<?> cells = cells(agencyAmounts);
        CommonTableExpression<?> populations = populations(request);
        CommonTableExpression<?> people = people(cells, populations);
        CommonTableExpression<?> peers = peers(people);
        CommonTableExpression<?> spread = spread(people, peers);
        return cellsAsked(request, agencyAmounts, cells, populations, people, peers, spread);
    }

    /** 1. Each agency's net spend per cell; an agency at or below zero there funds nothing. */
    private static CommonTableExpression<?> agencyAmounts(CellRequest request) {
        Field<String> theme = request.byTheme()
                ? ThemeAllocation.theme(LINE)
                : inline((String) null, SQLDataType.VARCHAR);
        Field<BigDecimal> amount = request.byTheme()
                ? ThemeAllocation.amount(LINE) : LINE.AMOUNT;
        Table<?> lines = request.byTheme()
                ? ThemeAllocation.join(LINE)
                : LINE;
        return name("agency_amounts").as(
                select(LINE.PLACE_CODE, LINE.SERVICE_CODE, theme.as(THEME_CODE), LINE.FINANCIAL_YEAR,
                        LINE.AGENCY_CODE,
                        sum(amount).as("amount"),
                        coalesce(sum(amount).filterWhere(LINE.APPORTIONED), inline(BigDecimal.ZERO))
                                .as("apportioned_amount"),
                        boolOr(IMPORT_BATCH.SYNTHETIC).as("synthetic"),
                        field("array_to_string(array_agg(distinct {0}), ',')", String.class, LINE.BATCH_ID)
                                .as("batch_ids"))
                        .from(lines)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(LINE.BATCH_ID))
                        .where(LINE.MEASURE_CODE.eq(request.measure()))
                        // duplication is of money spent: budgets would count each plan beside its outturn
                        .and(LINE.BASIS.eq(Basis.OUTTURN.code()))
                        .and(LINE.SERVICE_CODE.in(request.services()))
                        .and(LINE.FINANCIAL_YEAR.in(request.years().stream().map(FinancialYear::startYear).toList()))
                        .and(request.peerPlaces().isEmpty() ? noCondition() : LINE.PLACE_CODE.in(request.peerPlaces()))
                        .and(request.themes().isEmpty() ? noCondition() : theme.in(request.themes()))
                        .and(request.includeSynthetic() ? noCondition() : IMPORT_BATCH.SYNTHETIC.isFalse())
                        .groupBy(request.byTheme()
                                ? List.of(LINE.PLACE_CODE, LINE.SERVICE_CODE, theme, LINE.FINANCIAL_YEAR, LINE.AGENCY_CODE)
                                : List.of(LINE.PLACE_CODE, LINE.SERVICE_CODE, LINE.FINANCIAL_YEAR, LINE.AGENCY_CODE))
                        .having(sum(amount).gt(BigDecimal.ZERO)));
    }

    /** 2. The cells: total, number of agencies, HHI, and the agencies with their amounts, largest first. */
    private static CommonTableExpression<?> cells(CommonTableExpression<?> agencyAmounts) {
        Field<BigDecimal> a = agencyAmounts.field("amount", BigDecimal.class);
        Field<BigDecimal> apportioned = agencyAmounts.field("apportioned_amount", BigDecimal.class);
        Field<Boolean> synthetic = agencyAmounts.field("synthetic", Boolean.class);
        Field<String> agency = agencyAmounts.field(LINE.AGENCY_CODE.getUnqualifiedName(), String.class);
        List<Field<?>> cellKey = List.of(agencyAmounts.field(PLACE_CODE), agencyAmounts.field(SERVICE_CODE),
                agencyAmounts.field(THEME_CODE), agencyAmounts.field(YEAR));
        List<Field<?>> cellFields = new ArrayList<>(cellKey);
        cellFields.addAll(List.of(
                sum(a).as("total"),
                count().as("agency_count"),
                sum(a.times(a)).div(sum(a).times(sum(a))).as("hhi"),
                sum(apportioned).as("apportioned_amount"),
                boolOr(synthetic).as("synthetic"),
                arrayAgg(agency).orderBy(a.desc(), agency).as("agencies"),
                arrayAgg(a).orderBy(a.desc(), agency).as("amounts"),
                arrayAgg(apportioned).orderBy(a.desc(), agency).as("apportioned_amounts"),
                arrayAgg(synthetic).orderBy(a.desc(), agency).as("synthetic_flags"),
                // the batches behind the cell: each agency's, as "3,7", joined
                field("string_agg({0}, ',')", String.class, agencyAmounts.field("batch_ids", String.class))
                        .as("batch_ids")));
        return name("cells").as(select(cellFields).from(agencyAmounts).groupBy(cellKey));
    }

    /** 3a. The population view, read once for the years asked (joined per row, it is re-run per row). */
    private static CommonTableExpression<?> populations(CellRequest request) {
        return name("populations").asMaterialized(
                select(PLACE_POPULATION.PLACE_CODE, PLACE_POPULATION.MID_YEAR, PLACE_POPULATION.POPULATION)
                        .from(PLACE_POPULATION)
                        .where(PLACE_POPULATION.MID_YEAR.in(request.years().stream().map(FinancialYear::startYear)
                                .toList())));
    }

    /** 3b. Each cell per head of its place's mid-year population, with the place's parent. */
    private static CommonTableExpression<?> people(CommonTableExpression<?> cells,
                                                   CommonTableExpression<?> populations) {
        Field<BigDecimal> total = cells.field("total", BigDecimal.class);
        Field<Integer> population = populations.field(PLACE_POPULATION.POPULATION.getUnqualifiedName(), Integer.class);
        List<Field<?>> peopleFields = new ArrayList<>(List.of(cells.fields()));
        peopleFields.add(PLACE.PARENT_CODE);
        peopleFields.add(total.div(population).as("per_head"));
        return name("people").as(
                select(peopleFields)
                        .from(cells)
                        .join(PLACE).on(PLACE.CODE.eq(cells.field(PLACE_CODE, String.class)))
                        .leftJoin(populations)
                        .on(populations.field(PLACE_POPULATION.PLACE_CODE.getUnqualifiedName(), String.class)
                                .eq(cells.field(PLACE_CODE, String.class)))
                        .and(populations.field(PLACE_POPULATION.MID_YEAR.getUnqualifiedName(), Integer.class)
                                .eq(cells.field(YEAR, Integer.class))));
    }

    private static List<Field<?>> peerKey(CommonTableExpression<?> people) {
        return List.of(people.field(PARENT_CODE), people.field(SERVICE_CODE), people.field(THEME_CODE),
                people.field(YEAR));
    }

    /**
     * 4a. Per parent place, service (theme) and year, how many places spend and their median per head; materialized,
     * so that it is computed once, not again for every cell it is joined to.
     */
    private static CommonTableExpression<?> peers(CommonTableExpression<?> people) {
        Field<BigDecimal> perHead = people.field("per_head", BigDecimal.class);
        List<Field<?>> peerFields = new ArrayList<>(peerKey(people));
        peerFields.add(count().as("peers"));
        peerFields.add(exactMedian(perHead).as("median"));
        return name("peers").asMaterialized(select(peerFields).from(people)
                .where(perHead.isNotNull()).and(people.field(PARENT_CODE).isNotNull())
                .groupBy(peerKey(people)));
    }

    /** 4b. The median absolute deviation of the peers' per-head figures from their median. */
    private static CommonTableExpression<?> spread(CommonTableExpression<?> people, CommonTableExpression<?> peers) {
        Field<BigDecimal> perHead = people.field("per_head", BigDecimal.class);
        Field<BigDecimal> median = peers.field("median", BigDecimal.class);
        List<Field<?>> spreadFields = new ArrayList<>(peerKey(people));
        spreadFields.add(exactMedian(field("abs({0} - {1})", BigDecimal.class, perHead, median)).as("mad"));
        return name("spread").asMaterialized(select(spreadFields).from(people)
                .join(peers).on(samePeerGroup(people, peers))
                .where(perHead.isNotNull())
                .groupBy(peerKey(people)));
    }

    /**
     * The median as an exact decimal: the mean of the lower and the upper middle value (the same one when there is an
     * odd number). {@code percentile_cont} would answer in binary floating point.
     */
    private static Field<BigDecimal> exactMedian(Field<BigDecimal> values) {
        return percentileDisc(0.5).withinGroupOrderBy(values).plus(percentileDisc(0.5).withinGroupOrderBy(values.desc()))
                .div(inline(BigDecimal.valueOf(2)));
    }

    /** 5. The cells asked for, scored and compared with their peers; ordered and limited. */
    private CellStatement cellsAsked(CellRequest request, CommonTableExpression<?> agencyAmounts,
                                     CommonTableExpression<?> cells, CommonTableExpression<?> populations,
                                     CommonTableExpression<?> people, CommonTableExpression<?> peers,
                                     CommonTableExpression<?> spread) {
        Field<BigDecimal> perHead = people.field("per_head", BigDecimal.class);
        Field<BigDecimal> median = peers.field("median", BigDecimal.class);
        Field<BigDecimal> hhi = people.field("hhi", BigDecimal.class);
        Field<BigDecimal> cellTotal = people.field("total", BigDecimal.class);
        Field<Integer> peerCount = peers.field("peers", Integer.class);
        Condition comparable = peerCount.ge(MIN_PEERS);
        Field<BigDecimal> mad = spread.field("mad", BigDecimal.class);
        Field<BigDecimal> score = round(cellTotal.times(inline(BigDecimal.ONE).minus(hhi)), 2).as("score");
        Field<Double> ratio = when(comparable,
                field("{0} / nullif({1}, 0)", Double.class, perHead, median)).as("ratio");
        Field<Double> robustZ = when(comparable,
                field("({0} - {1}) / nullif({2} * {3}, 0)", Double.class, perHead, median, inline(MAD_TO_SD), mad))
                .as("robust_z");
        Field<Double> fragmentation = inline(BigDecimal.ONE).minus(hhi).cast(SQLDataType.DOUBLE).as("fragmentation");

        CellFields result = new CellFields(people.field(PLACE_CODE, String.class),
                people.field(SERVICE_CODE, String.class), people.field(THEME_CODE, String.class),
                people.field(YEAR, Integer.class), cellTotal, people.field("agency_count", Integer.class),
                hhi.cast(SQLDataType.DOUBLE).as("hhi"), score,
                people.field("apportioned_amount", BigDecimal.class), people.field("synthetic", Boolean.class),
                people.field("agencies", String[].class), people.field("amounts", BigDecimal[].class),
                people.field("apportioned_amounts", BigDecimal[].class),
                people.field("synthetic_flags", Boolean[].class), people.field("batch_ids", String.class),
                round(perHead, 2).as("per_head_rounded"),
                when(comparable, peerCount).as("peers"),
                when(comparable, median).as("median"), ratio, robustZ,
                count().over().as("row_count"), fragmentation);

        return new CellStatement(dsl.with(agencyAmounts, cells, populations, people, peers, spread)
                .select(result.selected())
                .from(people)
                .leftJoin(peers).on(samePeerGroup(people, peers))
                .leftJoin(spread).on(samePeerGroup(people, spread))
                .where(request.places().isEmpty() ? noCondition()
                        : people.field(PLACE_CODE, String.class).in(request.places()))
                .and(people.field("agency_count", Integer.class).ge(request.minAgencies()))
                .orderBy(ordering(request.orderBy(), people, score, fragmentation, ratio, robustZ))
                .limit(request.limit()), result);
    }

    /**
     * The fields the statement selects, in its order, built once per statement and read by, not by position or name:
     * jOOQ finds a field in a row by identity before anything dearer.
     *
     * @param agencies the cell's agencies, largest amount first; {@code amounts}, {@code apportionedAmounts} and
     *                 {@code syntheticFlags} in the same order
     */
    record CellFields(Field<String> placeCode, Field<String> serviceCode, Field<String> themeCode,
                      Field<Integer> year, Field<BigDecimal> total, Field<Integer> agencyCount, Field<Double> hhi,
                      Field<BigDecimal> score, Field<BigDecimal> apportionedAmount, Field<Boolean> synthetic,
                      Field<String[]> agencies, Field<BigDecimal[]> amounts, Field<BigDecimal[]> apportionedAmounts,
                      Field<Boolean[]> syntheticFlags, Field<String> batchIds, Field<BigDecimal> perHeadRounded,
                      Field<Integer> peers, Field<BigDecimal> median, Field<Double> ratio, Field<Double> robustZ,
                      Field<Integer> rowCount, Field<Double> fragmentation) {

        List<Field<?>> selected() {
            return List.of(placeCode, serviceCode, themeCode, year, total, agencyCount, hhi, score, apportionedAmount,
                    synthetic, agencies, amounts, apportionedAmounts, syntheticFlags, batchIds, perHeadRounded, peers,
                    median, ratio, robustZ, rowCount, fragmentation);
        }

        Cell toCell(Record r) {
            String[] agencyCodes = r.get(agencies);
            BigDecimal[] agencyAmounts = r.get(amounts);
            BigDecimal[] apportioned = r.get(apportionedAmounts);
            Boolean[] agencySynthetic = r.get(syntheticFlags);
            List<Cell.AgencyAmount> funders = new ArrayList<>();
            BigDecimal cellTotal = r.get(total);
            for (int i = 0; i < agencyCodes.length; i++) {
                funders.add(new Cell.AgencyAmount(agencyCodes[i], agencyAmounts[i], apportioned[i],
                        agencySynthetic[i], agencyAmounts[i].doubleValue() / cellTotal.doubleValue()));
            }
            return new Cell(r.get(placeCode), r.get(serviceCode), r.get(themeCode), r.get(year), cellTotal,
                    r.get(agencyCount), r.get(hhi), r.get(fragmentation), r.get(score), r.get(apportionedAmount),
                    r.get(synthetic), List.copyOf(funders), r.get(perHeadRounded), r.get(peers), r.get(median),
                    r.get(ratio), r.get(robustZ), r.get(rowCount), CellQuery.batchIds(r.get(batchIds)));
        }
    }

    private static Condition samePeerGroup(Table<?> left, Table<?> right) {
        return left.field(PARENT_CODE, String.class).eq(right.field(PARENT_CODE, String.class))
                .and(left.field(SERVICE_CODE, String.class).eq(right.field(SERVICE_CODE, String.class)))
                // cells not split by theme have none: equal as '' so that PostgreSQL can hash the join
                .and(coalesce(left.field(THEME_CODE, String.class), inline(""))
                        .eq(coalesce(right.field(THEME_CODE, String.class), inline(""))))
                .and(left.field(YEAR, Integer.class).eq(right.field(YEAR, Integer.class)));
    }

    private static List<SortField<?>> ordering(HotspotOrder order, Table<?> people, Field<BigDecimal> score,
                                               Field<Double> fragmentation, Field<Double> ratio,
                                               Field<Double> robustZ) {
        List<SortField<?>> sort = new ArrayList<>();
        Field<?> key = switch (order) {
            case SCORE -> field(name(score.getName()));
            case TOTAL -> people.field("total");
            case FRAGMENTATION -> field(name(fragmentation.getName()));
            case AGENCY_COUNT -> people.field("agency_count");
            case RATIO_TO_MEDIAN -> field(name(ratio.getName()));
            case ROBUST_Z -> field(name(robustZ.getName()));
            case YEAR -> null;
        };
        if (key != null) {
            sort.add(key.desc().nullsLast());
        }
        sort.add(people.field(PLACE_CODE).asc());
        sort.add(people.field(SERVICE_CODE).asc());
        sort.add(people.field(THEME_CODE).asc().nullsFirst());
        sort.add(people.field(YEAR).asc());
        if (order == HotspotOrder.YEAR) {   // a trend: one place and service, oldest first
            sort.addFirst(people.field(YEAR).asc());
        }
        return sort;
    }

    /** "3,7,3" as 3, 7. */
    private static List<Long> batchIds(String joined) {
        return Arrays.stream(joined.split(",")).map(Long::valueOf).distinct().sorted().toList();
    }
}
