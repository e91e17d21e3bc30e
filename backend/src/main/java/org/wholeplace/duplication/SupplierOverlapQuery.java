package org.wholeplace.duplication;

import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jooq.CommonTableExpression;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Basis;
import reactor.core.publisher.Flux;

/**
 * The same supplier paid by two or more agencies for the same service in the same place and year: one statement.
 * Only supplier-named spend (payment-level files, or spend files with a supplier) can show it.
 */
@Repository
public class SupplierOverlapQuery {

    /** One overlap as read: codes, the agencies largest first with their amounts. */
    public record Row(String placeCode, String serviceCode, int year, String supplier, BigDecimal total,
                      List<String> agencyCodes, List<BigDecimal> amounts, boolean synthetic) {
    }

    private final DSLContext dsl;

    public SupplierOverlapQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Flux<Row> overlaps(SupplierOverlapRequest asked) {
        CellRequest request = asked.cells();
        if (request.years().isEmpty()) {
            return Flux.empty();
        }
        CommonTableExpression<?> payments = name("payments").as(
                select(SPEND_LINE.PLACE_CODE, SPEND_LINE.SERVICE_CODE, SPEND_LINE.FINANCIAL_YEAR, SPEND_LINE.SUPPLIER,
                        SPEND_LINE.AGENCY_CODE, sum(SPEND_LINE.AMOUNT).as("amount"),
                        boolOr(IMPORT_BATCH.SYNTHETIC).as("synthetic"))
                        .from(SPEND_LINE)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(SPEND_LINE.BATCH_ID))
                        .where(SPEND_LINE.SUPPLIER.isNotNull())
                        .and(SPEND_LINE.MEASURE_CODE.eq(request.measure()))
                        .and(SPEND_LINE.BASIS.eq(Basis.OUTTURN.code()))
                        .and(SPEND_LINE.SERVICE_CODE.in(request.services()))
                        .and(SPEND_LINE.FINANCIAL_YEAR.in(request.years().stream().map(FinancialYear::startYear)
                                .toList()))
                        .and(request.places().isEmpty() ? noCondition() : SPEND_LINE.PLACE_CODE.in(request.places()))
                        .and(request.includeSynthetic() ? noCondition() : IMPORT_BATCH.SYNTHETIC.isFalse())
                        .groupBy(SPEND_LINE.PLACE_CODE, SPEND_LINE.SERVICE_CODE, SPEND_LINE.FINANCIAL_YEAR,
                                SPEND_LINE.SUPPLIER, SPEND_LINE.AGENCY_CODE)
                        .having(sum(SPEND_LINE.AMOUNT).gt(BigDecimal.ZERO)));
        Field<BigDecimal> amount = payments.field("amount", BigDecimal.class);
        Field<String> agency = payments.field(SPEND_LINE.AGENCY_CODE.getUnqualifiedName(), String.class);
        Field<String> place = payments.field(SPEND_LINE.PLACE_CODE.getUnqualifiedName(), String.class);
        Field<String> service = payments.field(SPEND_LINE.SERVICE_CODE.getUnqualifiedName(), String.class);
        Field<Integer> year = payments.field(SPEND_LINE.FINANCIAL_YEAR.getUnqualifiedName(), Integer.class);
        Field<String> supplier = payments.field(SPEND_LINE.SUPPLIER.getUnqualifiedName(), String.class);
        Field<BigDecimal> total = sum(amount).as("total");
        Field<String[]> agencies = arrayAgg(agency).orderBy(amount.desc(), agency).as("agencies");
        Field<BigDecimal[]> amounts = arrayAgg(amount).orderBy(amount.desc(), agency).as("amounts");
        Field<Boolean> synthetic = boolOr(payments.field("synthetic", Boolean.class)).as("synthetic");
        List<Field<?>> key = List.of(place, service, year, supplier);
        List<Field<?>> fields = new ArrayList<>(key);
        fields.addAll(List.of(total, agencies, amounts, synthetic));
        return Flux.from(dsl.with(payments)
                        .select(fields)
                        .from(payments)
                        .groupBy(key)
                        .having(count().ge(2))
                        .orderBy(sum(amount).desc(), place, service, year, supplier)
                        .limit(request.limit()))
                .map(r -> new Row(r.get(place), r.get(service), r.get(year), r.get(supplier), r.get(total),
                        List.of(r.get(agencies)), List.of(r.get(amounts)), r.get(synthetic)));
    }
}
