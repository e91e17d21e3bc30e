package org.wholeplace.prices;

import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.ONS_DEFLATOR_PERIOD;
import static org.wholeplace.db.generated.Tables.ONS_DEFLATOR_SERIES;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The ONS GDP deflator of the current (not superseded) import. */
@Repository
public class OnsGdpDeflatorRepository {

    private final DSLContext dsl;

    public OnsGdpDeflatorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The current release of YBGB with its quarters; empty when none is loaded. */
    public Mono<OnsGdpDeflator> currentDeflator() {
        return Flux.from(dsl.select(ONS_DEFLATOR_SERIES.SERIES_ID, ONS_DEFLATOR_SERIES.TITLE,
                                ONS_DEFLATOR_SERIES.RELEASE_DATE, ONS_DEFLATOR_SERIES.BATCH_ID,
                                ONS_DEFLATOR_PERIOD.YEAR, ONS_DEFLATOR_PERIOD.QUARTER, ONS_DEFLATOR_PERIOD.INDEX_VALUE)
                        .from(ONS_DEFLATOR_SERIES)
                        .join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(ONS_DEFLATOR_SERIES.BATCH_ID))
                        .join(ONS_DEFLATOR_PERIOD).on(ONS_DEFLATOR_PERIOD.BATCH_ID.eq(ONS_DEFLATOR_SERIES.BATCH_ID))
                        .and(ONS_DEFLATOR_PERIOD.SERIES_ID.eq(ONS_DEFLATOR_SERIES.SERIES_ID))
                        .where(IMPORT_BATCH.SUPERSEDED_BY.isNull())
                        .and(ONS_DEFLATOR_SERIES.SERIES_ID.eq(OnsGdpDeflator.SERIES))
                        .and(ONS_DEFLATOR_PERIOD.QUARTER.isNotNull()))
                .collectList()
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Mono.empty();
                    }
                    var first = rows.getFirst();
                    SortedMap<CalendarQuarter, BigDecimal> quarters = new TreeMap<>();
                    rows.forEach(r -> quarters.put(new CalendarQuarter(r.get(ONS_DEFLATOR_PERIOD.YEAR),
                            r.get(ONS_DEFLATOR_PERIOD.QUARTER)), r.get(ONS_DEFLATOR_PERIOD.INDEX_VALUE)));
                    return Mono.just(new OnsGdpDeflator(first.get(ONS_DEFLATOR_SERIES.SERIES_ID),
                            first.get(ONS_DEFLATOR_SERIES.TITLE), first.get(ONS_DEFLATOR_SERIES.RELEASE_DATE),
                            first.get(ONS_DEFLATOR_SERIES.BATCH_ID), quarters));
                });
    }
}
