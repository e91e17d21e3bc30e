package org.wholeplace.place.ingest;

import static org.wholeplace.db.generated.Tables.MHCLG_AUTHORITY_CODE;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * MHCLG's own authority codes (E-codes) beside the places they name, kept as data: each return that states both
 * records them as it loads (the latest statement kept), and a return that names authorities by E-code alone (before
 * 2014-15) is matched through them. The bodies the early returns name and no later one does are listed by migration
 * V17 with the reason they have no place.
 */
public final class MhclgAuthorityCodes {

    /** An E-code a return states beside its place (the ONS code, or the E-code itself for a body without one). */
    public record Stated(String eCode, String placeCode, String name) {
    }

    /** What is known of an E-code: its place, or why it has none. */
    public record Known(String eCode, String placeCode, String name, String retiredNote) {
    }

    private MhclgAuthorityCodes() {
    }

    /** Records what a return states, inside its import's transaction; places must already be in. */
    public static Mono<Void> record(TransactionScope scope, long batchId, List<Stated> stated) {
        var code = MHCLG_AUTHORITY_CODE;
        return BatchInsert.insert(scope.dsl(), code, List.of(code.E_CODE, code.PLACE_CODE, code.NAME, code.STATED_BY),
                stated, s -> Arrays.asList(s.eCode(), s.placeCode(), s.name(), batchId),
                insert -> insert.onConflict(code.E_CODE).doUpdate()
                        .set(code.PLACE_CODE, DSL.excluded(code.PLACE_CODE))
                        .set(code.NAME, DSL.excluded(code.NAME))
                        .set(code.STATED_BY, DSL.excluded(code.STATED_BY))
                        .setNull(code.RETIRED_NOTE));
    }

    /** Every E-code known, by code. */
    public static Mono<Map<String, Known>> all(DSLContext dsl) {
        var code = MHCLG_AUTHORITY_CODE;
        return Flux.from(dsl.select(code.E_CODE, code.PLACE_CODE, code.NAME, code.RETIRED_NOTE).from(code))
                .map(r -> new Known(r.get(code.E_CODE), r.get(code.PLACE_CODE), r.get(code.NAME),
                        r.get(code.RETIRED_NOTE)))
                .collect(Collectors.toMap(Known::eCode, k -> k));
    }
}
