package org.wholeplace.spend.ingest;

import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.Table;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.ingest.FileImporter;
import org.wholeplace.ingest.ImportSource;
import org.wholeplace.place.Agency;
import org.wholeplace.place.Measure;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.ReferenceDataCache;
import org.wholeplace.place.ingest.MhclgAuthorityCodes;
import org.wholeplace.place.Service;
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;

/**
 * Loads an MHCLG revenue outturn RSX file: every authority becomes a place and an agency if it is not one already,
 * and each figure a spend line in pounds, all in one transaction tied to one import batch; the E-codes it states beside
 * ONS codes are recorded (see {@link MhclgAuthorityCodes}). Loading a file that is
 * already loaded (same SHA-256) changes nothing.
 */
@Component
public class RsxImporter implements FileImporter<RsxImporter.Plan> {

    private static final String SOURCE = "Revenue Outturn Service Expenditure Summary (RSX) ";

    private final SpendLineCopy copy;
    private final ReferenceDataCache reference;

    public RsxImporter(SpendLineCopy copy, ReferenceDataCache reference) {
        this.copy = copy;
        this.reference = reference;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.RSX;
    }

    @Override
    public List<Table<?>> tablesToAnalyse() {
        return List.of(SPEND_LINE);
    }

    /** An RSX file is small: parsed whole before anything is written, so a refused one writes nothing. */
    @Override
    public Mono<Plan> parse(ImportSource source) {
        return Mono.fromCallable(() -> {
            ReferenceData known = reference.get();
            return Plan.of(parser(known).parse(source.read()), known);
        });
    }

    @Override
    public Provenance provenance(ImportSource source, Plan plan) {
        return source.statedOr(MhclgTable.provenance(SOURCE + plan.rsx().year().label()));
    }

    private static RsxParser parser(ReferenceData known) {
        Set<String> groups = known.services().values().stream().map(Service::rsxGroup)
                .filter(g -> g != null).collect(Collectors.toSet());
        Set<String> suffixes = known.measures().values().stream().map(Measure::rsxSuffix)
                .filter(s -> s != null).collect(Collectors.toSet());
        return new RsxParser(groups, suffixes);
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, Plan plan, ImportSource source) {
        RsxReturn rsx = plan.rsx();
        String year = rsx.year().label();
        return ReturnAuthorities.insert(scope, plan.newPlaces(), plan.newAgencies())
                .then(MhclgAuthorityCodes.record(scope, batchId, ReturnAuthorities.stated(rsx.authorities().stream()
                        .map(a -> new MhclgAuthorityCodes.Stated(a.eCode(), a.onsCode(), a.name())).toList())))
                .then(Revisions.notes(scope, kind().code() + ":" + year, batchId, plan.lines(), Revisions.placeNames(reference.get(), plan.newPlaces())))
                .flatMap(revision -> copy.copyAll(scope, batchId, plan.lines())
                        .thenReturn(new BatchContents(year, rsx.rowsRead(), rsx.authorities().size(),
                                Revisions.batchNotes(rsx.notes(), revision), kind().code() + ":" + year)));
    }

    /** What a parsed file will write: places and agencies not yet known, and every spend line. */
    record Plan(RsxReturn rsx, List<Place> newPlaces, List<Agency> newAgencies, List<NewSpendLine> lines) {

        static Plan of(RsxReturn rsx, ReferenceData known) {
            Map<String, Service> serviceByGroup = known.services().values().stream()
                    .filter(s -> s.rsxGroup() != null)
                    .collect(Collectors.toMap(Service::rsxGroup, Function.identity()));
            Map<String, Measure> measureBySuffix = known.measures().values().stream()
                    .filter(m -> m.rsxSuffix() != null)
                    .collect(Collectors.toMap(Measure::rsxSuffix, Function.identity()));
            var registrations = new ReturnAuthorities(known);
            List<NewSpendLine> lines = new ArrayList<>();
            for (RsxReturn.Authority authority : rsx.authorities()) {
                Agency own = registrations.agencyOf(authority.onsCode(), authority.name(),
                        AuthorityClass.of(authority.detailedClass()), authority.detailedClass());
                for (RsxReturn.Amount amount : authority.amounts()) {
                    Service service = serviceByGroup.get(amount.rsxGroup());
                    Agency agency = registrations.agencyFor(authority.onsCode(), service.code(), own);
                    lines.add(NewSpendLine.reported(agency.areaCode(), agency.code(), service.code(),
                            rsx.year().startYear(), measureBySuffix.get(amount.rsxSuffix()).code(), amount.pounds(),
                            authority.line()));
                }
            }
            return new Plan(rsx, registrations.newPlaces(), registrations.newAgencies(), List.copyOf(lines));
        }
    }
}
