package org.wholeplace.duplication;

import java.math.BigDecimal;
import java.util.List;

/**
 * One place, service (theme) and year, with the agencies that fund it: the unit every duplication measure is of.
 *
 * @param themeCode      null unless the cells were split by theme
 * @param hhi            concentration, Σ share²: 1 when one agency pays for everything
 * @param fragmentation  1 − HHI: the chance that two pounds picked at random were paid by different agencies
 * @param score          total × fragmentation, in pounds: grows with the money and with how split it is
 * @param perHead        total ÷ the place's mid-year population; null without an estimate
 * @param peers          how many places of the same parent (the city region) spend on the service that year with a
 *                       population estimate; null when fewer than {@link CellQuery#MIN_PEERS}
 * @param medianPerHead  their median per head, an exact decimal
 * @param robustZ        (per head − median) ÷ (1.4826 × median absolute deviation); null when the peers do not vary
 * @param rowCount       how many cells matched before the limit
 * @param batchIds       the import batches of the spend lines behind the cell
 */
public record Cell(String placeCode, String serviceCode, String themeCode, int year, BigDecimal total,
                   int agencyCount, double hhi, double fragmentation, BigDecimal score,
                   BigDecimal apportionedAmount, boolean synthetic, List<AgencyAmount> agencies, BigDecimal perHead,
                   Integer peers, BigDecimal medianPerHead, Double ratioToMedian, Double robustZ, int rowCount,
                   List<Long> batchIds) {

    /** One agency's part of a cell; {@code apportioned} of its amount came from a city-region or national figure. */
    public record AgencyAmount(String agencyCode, BigDecimal amount, BigDecimal apportioned, boolean synthetic,
                               double share) {
    }
}
