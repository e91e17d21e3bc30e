package org.wholeplace.duplication;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.wholeplace.graphql.MoneyScalar;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Service;
import org.wholeplace.place.Theme;
import org.wholeplace.provenance.ImportBatch;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Duplication hotspots, the heat-map matrix, a hotspot's trend and supplier overlaps: each maps its arguments to its
 * request record, which checks them, runs one query, and resolves codes from the reference snapshot (no further
 * query).
 */
@Controller
public class DuplicationController {

    private final CellQuery cells;
    private final SupplierOverlapQuery suppliers;

    public DuplicationController(CellQuery cells, SupplierOverlapQuery suppliers) {
        this.cells = cells;
        this.suppliers = suppliers;
    }

    @QueryMapping
    public Mono<HotspotResult> duplicationHotspots(@Argument DuplicationFilter filter, @Argument Boolean byTheme,
                                                   @Argument Integer minAgencies, @Argument HotspotOrder orderBy,
                                                   @Argument Integer limit,
                                                   @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        CellRequest request = HotspotRequest.of(filter, byTheme, minAgencies, orderBy, limit, data).cells();
        return cells.cells(request).collectList().map(found -> new HotspotResult(
                found.stream().map(cell -> hotspot(cell, data)).toList(),
                found.isEmpty() ? 0 : found.getFirst().rowCount(),
                data.measures().get(request.measure()),
                List.copyOf(request.years())));
    }

    @QueryMapping
    public Mono<DuplicationMatrix> duplicationMatrix(@Argument String theme, @Argument String year,
                                                     @Argument String within, @Argument String measure,
                                                     @Argument Boolean includeSynthetic,
                                                     @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        DuplicationMatrixRequest matrix = DuplicationMatrixRequest.of(theme, year, within, measure, includeSynthetic,
                data);
        CellRequest request = matrix.cells();
        return cells.cells(request).collectList().map(found -> new DuplicationMatrix(matrix.theme(),
                request.years().first(),
                found.stream().map(Cell::placeCode).distinct().map(code -> data.place(code).orElseThrow())
                        .sorted(Comparator.comparing(Place::name)).toList(),
                found.stream().map(Cell::serviceCode).distinct().map(code -> data.services().get(code))
                        .sorted(Comparator.comparing(Service::name)).toList(),
                found.stream().map(cell -> hotspot(cell, data)).toList()));
    }

    @QueryMapping
    public Flux<Hotspot> hotspotTrend(@Argument String place, @Argument String service, @Argument String theme,
                                      @Argument String measure, @Argument Boolean includeSynthetic,
                                      @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return cells.cells(HotspotTrendRequest.of(place, service, theme, measure, includeSynthetic, data).cells())
                .map(cell -> hotspot(cell, data));
    }

    @QueryMapping
    public Mono<List<SupplierOverlap>> supplierOverlaps(@Argument DuplicationFilter filter, @Argument Integer limit,
                                                        @ContextValue(ReferenceData.CONTEXT_KEY) ReferenceData data) {
        return suppliers.overlaps(SupplierOverlapRequest.of(filter, limit, data))
                .map(row -> new SupplierOverlap(data.place(row.placeCode()).orElseThrow(),
                        data.services().get(row.serviceCode()), new FinancialYear(row.year()), row.supplier(),
                        row.total(),
                        IntStream.range(0, row.agencyCodes().size())
                                .mapToObj(i -> new SupplierOverlap.SupplierPayment(
                                        data.agencies().get(row.agencyCodes().get(i)), row.amounts().get(i)))
                                .toList(),
                        row.synthetic()))
                .collectList();
    }

    /** The import batches behind a cell, through the shared loader: one statement for every cell of a response. */
    @SchemaMapping(typeName = "Hotspot")
    public CompletableFuture<List<ImportBatch>> batches(Hotspot hotspot, DataLoader<Long, ImportBatch> batches) {
        return batches.loadMany(hotspot.batchIds());
    }

    private static Hotspot hotspot(Cell cell, ReferenceData data) {
        Place place = data.place(cell.placeCode()).orElseThrow();
        Hotspot.PeerComparison comparison = cell.peers() == null ? null : new Hotspot.PeerComparison(
                data.place(place.parentCode()).orElseThrow(), cell.peers(),
                cell.medianPerHead().setScale(2, MoneyScalar.ROUNDING), cell.ratioToMedian(),
                cell.robustZ());
        return new Hotspot(place, data.services().get(cell.serviceCode()),
                cell.themeCode() == null ? null : data.theme(cell.themeCode()).orElse(Theme.UNCLASSIFIED),
                new FinancialYear(cell.year()), cell.total(), cell.agencyCount(),
                cell.agencies().stream().map(a -> new Hotspot.HotspotAgency(data.agencies().get(a.agencyCode()),
                        a.amount(), a.share(), a.apportioned(), a.synthetic())).toList(),
                cell.hhi(), cell.fragmentation(), 1 / cell.hhi(), cell.score(), cell.perHead(), comparison,
                cell.apportionedAmount(), cell.synthetic(), HotspotExplanation.of(cell, data), cell.batchIds());
    }
}
