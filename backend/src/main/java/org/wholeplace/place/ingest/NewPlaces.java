package org.wholeplace.place.ingest;

import static org.wholeplace.db.generated.Tables.PLACE;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.place.Place;
import reactor.core.publisher.Mono;

/**
 * Places a file names that the database does not know yet. Authorities arrive with the data that names them (every
 * body of a revenue outturn return, every area of a Fingertips extract), inside the import's transaction.
 */
public final class NewPlaces {

    /** What an ONS (GSS) code's entity prefix says about the area, for areas a file names without a kind. */
    private static final Map<String, String> KIND_BY_PREFIX = Map.ofEntries(
            Map.entry("E92", "country"),
            Map.entry("E12", "region"),
            Map.entry("E47", "combined-authority-area"),
            Map.entry("E06", "unitary-authority"),
            Map.entry("E07", "shire-district"),
            Map.entry("E08", "metropolitan-district"),
            Map.entry("E09", "london-borough"),
            Map.entry("E10", "shire-county"),
            Map.entry("E11", "metropolitan-county"),
            Map.entry("E23", "police-force-area"));

    private NewPlaces() {
    }

    public static String kindOf(String onsCode) {
        return KIND_BY_PREFIX.getOrDefault(onsCode.substring(0, 3), "area");
    }

    /** Inserts the places; one another import registered meanwhile is left as it is. */
    public static Mono<Void> insert(TransactionScope scope, List<Place> places) {
        return BatchInsert.insert(scope.dsl(), PLACE, List.of(PLACE.CODE, PLACE.NAME, PLACE.KIND,
                        PLACE.AUTHORITY_CLASS, PLACE.PARENT_CODE), places,
                p -> Arrays.asList(p.code(), p.name(), p.kind(), p.authorityClass(), p.parentCode()),
                insert -> insert.onConflictDoNothing());
    }
}
