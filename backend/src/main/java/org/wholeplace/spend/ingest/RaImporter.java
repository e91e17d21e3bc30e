package org.wholeplace.spend.ingest;

import static org.wholeplace.db.generated.Tables.SERVICE;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Table;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.BatchInsert;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.place.Agency;
import org.wholeplace.place.Measure;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.place.ingest.MhclgAuthorityCodes;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

/**
 * Loads an MHCLG Revenue Account (RA) budget file: net current expenditure budgets, each service group's reported
 * total and each of its detailed lines, as budget spend lines in pounds. Authorities become places and agencies as in
 * the outturn loader; a form line not seen before becomes a service. One transaction, one import batch; a file
 * already loaded (same SHA-256) changes nothing.
 */
@Component
public class RaImporter implements FileImporter<RaImporter.Plan> {

    private static final String SOURCE = "Revenue Account Budget (RA) ";

    private final SpendLineCopy copy;
    private final ReferenceDataCache reference;

    public RaImporter(SpendLineCopy copy, ReferenceDataCache reference) {
        this.copy = copy;
        this.reference = reference;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.RA;
    }

    @Override
    public List<Table<?>> tablesToAnalyse() {
        return List.of(SPEND_LINE);
    }

    /** An RA file is small: parsed whole before anything is written, so a refused one writes nothing. */
    @Override
    public Mono<Plan> parse(ImportSource source) {
        return Mono.fromCallable(() -> {
            ReferenceData known = reference.get();
            return Plan.of(new RaParser(known.services().values()).parse(source.read()), known);
        });
    }

    @Override
    public Provenance provenance(ImportSource source, Plan plan) {
        return source.statedOr(MhclgTable.provenance(SOURCE + plan.ra().year().label()));
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, Plan plan, ImportSource source) {
        RaReturn ra = plan.ra();
        String year = ra.year().label();
        return insertServices(scope, ra.newServices())
                .then(ReturnAuthorities.insert(scope, plan.newPlaces(), plan.newAgencies()))
                .then(MhclgAuthorityCodes.record(scope, batchId, ReturnAuthorities.stated(ra.authorities().stream()
                        .map(a -> new MhclgAuthorityCodes.Stated(a.eCode(), a.onsCode(), a.name())).toList())))
                .then(Revisions.notes(scope, kind().code() + ":" + year, batchId, plan.lines(), Revisions.placeNames(reference.get(), plan.newPlaces())))
                .flatMap(revision -> copy.copyAll(scope, batchId, plan.lines())
                        .thenReturn(new BatchContents(year, ra.rowsRead(), ra.authorities().size(),
                                Revisions.batchNotes(ra.notes(), revision), kind().code() + ":" + year)));
    }

    private static Mono<Void> insertServices(TransactionScope scope, List<RaReturn.NewService> services) {
        return BatchInsert.insert(scope.dsl(), SERVICE, List.of(SERVICE.CODE, SERVICE.NAME, SERVICE.PARENT_CODE,
                        SERVICE.FORM_LINE), services,
                s -> Arrays.asList(s.code(), s.name(), s.parentCode(), s.formLine()),
                insert -> insert.onConflictDoNothing());
    }

    /** What a parsed file will write: services, places and agencies not yet known, and every budget line. */
    record Plan(RaReturn ra, List<Place> newPlaces, List<Agency> newAgencies, List<NewSpendLine> lines) {

        static Plan of(RaReturn ra, ReferenceData known) {
            Map<String, String> groupOf = new HashMap<>();
            known.services().values().forEach(s -> groupOf.put(s.code(), s.parentCode() == null ? s.code()
                    : s.parentCode()));
            ra.newServices().forEach(s -> groupOf.put(s.code(), s.parentCode()));
            var registrations = new ReturnAuthorities(known);
            List<NewSpendLine> lines = new ArrayList<>();
            for (RaReturn.Authority authority : ra.authorities()) {
                Agency own = registrations.agencyOf(authority.onsCode(), authority.name(),
                        AuthorityClass.ofRevenueAccountClass(authority.authorityClass()), authority.authorityClass());
                for (RaReturn.Amount amount : authority.amounts()) {
                    Agency agency = registrations.agencyFor(authority.onsCode(), groupOf.get(amount.serviceCode()),
                            own);
                    lines.add(NewSpendLine.budgeted(agency.areaCode(), agency.code(), amount.serviceCode(),
                            ra.year().startYear(), Measure.NET_CURRENT_EXPENDITURE, amount.pounds(),
                            authority.line(), amount.itemised()));
                }
            }
            return new Plan(ra, registrations.newPlaces(), registrations.newAgencies(), List.copyOf(lines));
        }
    }
}
