package org.wholeplace.spend.ingest;

import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
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
import org.wholeplace.provenance.BatchContents;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Loads a Revenue Outturn Summary (RS) workbook: each authority's net current expenditure by service group, as
 * outturn spend lines of the year, in one transaction tied to one batch (source key {@code rs:<year>}, so a revised
 * release of the year supersedes the earlier). It is a kind of its own, not RSX, because it is another return: one
 * measure by service group, 2010-11 onwards, where RSX has seven; a year loaded from both would count its net current
 * expenditure twice, so load one or the other for a year.
 */
@Component
public class RsImporter implements FileImporter<RsImporter.Plan> {

    private static final String SOURCE = "Revenue Outturn Summary (RS) ";

    private final SpendLineCopy copy;
    private final ReferenceDataCache reference;
    private final DSLContext dsl;

    public RsImporter(SpendLineCopy copy, ReferenceDataCache reference, DSLContext dsl) {
        this.copy = copy;
        this.reference = reference;
        this.dsl = dsl;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.RS;
    }

    @Override
    public List<Table<?>> tablesToAnalyse() {
        return List.of(SPEND_LINE);
    }

    /** The E-codes known so far are asked first; the file is then parsed whole, so a refused one writes nothing. */
    @Override
    public Mono<Plan> parse(ImportSource source) {
        return MhclgAuthorityCodes.all(dsl)
                .publishOn(Schedulers.boundedElastic())
                .map(codes -> Plan.of(new RsParser(codes).parse(source.read()), reference.get()));
    }

    @Override
    public Provenance provenance(ImportSource source, Plan plan) {
        return source.statedOr(MhclgTable.provenance(SOURCE + plan.rs().year().label()));
    }

    @Override
    public Mono<BatchContents> write(TransactionScope scope, long batchId, Plan plan, ImportSource source) {
        RsReturn rs = plan.rs();
        String year = rs.year().label();
        return ReturnAuthorities.insert(scope, plan.newPlaces(), plan.newAgencies())
                .then(MhclgAuthorityCodes.record(scope, batchId, rs.stated()))
                .then(Revisions.notes(scope, kind().code() + ":" + year, batchId, plan.lines(), Revisions.placeNames(reference.get(), plan.newPlaces())))
                .flatMap(revision -> copy.copyAll(scope, batchId, plan.lines())
                        .thenReturn(new BatchContents(year, rs.rowsRead(), rs.authorities().size(),
                                Revisions.batchNotes(rs.notes(), revision), kind().code() + ":" + year)));
    }

    /** What a parsed file will write: places and agencies not yet known, and every spend line. */
    record Plan(RsReturn rs, List<Place> newPlaces, List<Agency> newAgencies, List<NewSpendLine> lines) {

        static Plan of(RsReturn rs, ReferenceData known) {
            var registrations = new ReturnAuthorities(known);
            List<NewSpendLine> lines = new ArrayList<>();
            for (RsReturn.Authority authority : rs.authorities()) {
                Agency own = registrations.agencyOf(authority.placeCode(), authority.name(),
                        AuthorityClass.ofRevenueAccountClass(authority.authorityClass()), authority.authorityClass());
                for (RsReturn.Amount amount : authority.amounts()) {
                    Agency agency = registrations.agencyFor(authority.placeCode(), amount.serviceCode(), own);
                    lines.add(NewSpendLine.reported(agency.areaCode(), agency.code(), amount.serviceCode(),
                            rs.year().startYear(), Measure.NET_CURRENT_EXPENDITURE, amount.pounds(),
                            authority.line()));
                }
            }
            return new Plan(rs, registrations.newPlaces(), registrations.newAgencies(), List.copyOf(lines));
        }
    }
}
