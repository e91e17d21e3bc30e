package org.wholeplace.spend.ingest;

import static org.wholeplace.db.generated.Tables.AGENCY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.place.Agency;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ingest.MhclgAuthorityCodes;
import org.wholeplace.place.ingest.NewPlaces;
import reactor.core.publisher.Mono;

/**
 * The authorities of an MHCLG return (outturn or budget): each becomes a place and an agency if it is not one
 * already. An authority is an agency even in a year its return is missing; one already registered (a GM council with
 * its proper name) is used as it is.
 */
final class ReturnAuthorities {

    private final ReferenceData known;
    private final String parent;
    private final List<Place> newPlaces = new ArrayList<>();
    private final Map<String, Agency> newAgencies = new LinkedHashMap<>();

    ReturnAuthorities(ReferenceData known) {
        this.known = known;
        this.parent = known.places().containsKey(Place.ENGLAND) ? Place.ENGLAND : null;
    }

    /** The authority's own agency, registering it and its place when they are new. */
    Agency agencyOf(String onsCode, String name, AuthorityClass type, String authorityClass) {
        if (!known.places().containsKey(onsCode) && newPlaces.stream().noneMatch(p -> p.code().equals(onsCode))) {
            newPlaces.add(new Place(onsCode, name, type.placeKind, authorityClass, parent));
        }
        return known.agencyReportedBy(onsCode).orElseGet(() -> newAgencies.computeIfAbsent(onsCode,
                code -> new Agency(code, name, type.agencyKind, type.level, code, code, null)));
    }

    /** The agency a return reports on one service group of its own (GMCA's fire line is GMFRS's), else its own. */
    Agency agencyFor(String onsCode, String groupCode, Agency own) {
        return known.agencyReportingService(onsCode, groupCode).orElse(own);
    }

    List<Place> newPlaces() {
        return List.copyOf(newPlaces);
    }

    List<Agency> newAgencies() {
        return List.copyOf(newAgencies.values());
    }

    /** The E-codes a return states beside ONS codes, once each (a row keyed by its E-code alone states it too). */
    static List<MhclgAuthorityCodes.Stated> stated(List<MhclgAuthorityCodes.Stated> rows) {
        Map<String, MhclgAuthorityCodes.Stated> byCode = new LinkedHashMap<>();
        rows.stream().filter(s -> MhclgTable.MHCLG_CODE.matcher(s.eCode()).matches())
                .forEach(s -> byCode.putIfAbsent(s.eCode(), s));
        return List.copyOf(byCode.values());
    }

    static Mono<Void> insert(TransactionScope scope, List<Place> places, List<Agency> agencies) {
        return NewPlaces.insert(scope, places)
                .then(BatchInsert.insert(scope.dsl(), AGENCY, List.of(AGENCY.CODE, AGENCY.NAME, AGENCY.KIND,
                                AGENCY.LEVEL, AGENCY.AREA_CODE, AGENCY.REPORTED_BY, AGENCY.REPORTED_SERVICE), agencies,
                        a -> Arrays.asList(a.code(), a.name(), a.kind(), a.level(), a.areaCode(), a.reportedBy(),
                                a.reportedService()),
                        insert -> insert.onConflictDoNothing()));
    }
}
