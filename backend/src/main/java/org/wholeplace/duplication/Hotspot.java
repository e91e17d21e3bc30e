package org.wholeplace.duplication;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Agency;
import org.wholeplace.place.Place;
import org.wholeplace.place.Service;
import org.wholeplace.place.Theme;

/** A {@link Cell} with its codes resolved, as GraphQL serves it. */
public record Hotspot(Place place, Service service, Theme theme, FinancialYear year, BigDecimal total,
                      int agencyCount, List<HotspotAgency> agencies, double hhi, double fragmentation,
                      double effectiveAgencies, BigDecimal score, BigDecimal perHead, PeerComparison comparison,
                      BigDecimal apportioned, boolean synthetic, String explanation,
                      List<Long> batchIds) {

    public record HotspotAgency(Agency agency, BigDecimal amount, double share, BigDecimal apportioned,
                                boolean synthetic) {
    }

    public record PeerComparison(Place peerGroup, int peers, BigDecimal medianPerHead, Double ratioToMedian,
                                 Double robustZ) {
    }
}
