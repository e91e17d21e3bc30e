package org.wholeplace.unitcost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.wholeplace.graphql.MoneyScalar;

/**
 * An agency making part of a unit cost's fiscal saving (see the unit-costs import for how the workbook's constituent
 * costs give the split).
 *
 * @param share       its part of the cost's fiscal value, 0 to 1
 * @param constituent the constituent cost the share is read from; null where the cost is not split
 * @param value       share x the fiscal value in the price year asked for; null until {@link #of} sets it
 */
public record FiscalSaving(String agency, String agencyDetail, BigDecimal share, String constituent,
                           BigDecimal value) {

    /**
     * A cost's savings as served, each with its value: those stored for it, or where none are (an edition loaded
     * before splits were read) the whole saving to the agency bearing it; none for a cost without a fiscal value.
     */
    public static List<FiscalSaving> ofCost(UnitCost cost, List<FiscalSaving> stored) {
        if (cost.fiscal() == null) {
            return List.of();
        }
        return (stored.isEmpty() ? List.of(whole(cost)) : stored).stream().map(s -> s.of(cost)).toList();
    }

    /** The whole saving to the agency bearing the cost. */
    private static FiscalSaving whole(UnitCost cost) {
        return new FiscalSaving(cost.agency() == null ? "Unattributed" : cost.agency(), cost.agencyDetail(),
                BigDecimal.ONE, null, null);
    }

    /** This share of the cost's fiscal value as uprated, to the penny. */
    private FiscalSaving of(UnitCost cost) {
        BigDecimal fiscal = cost.fiscal() == null ? null : cost.fiscal().uprated();
        return new FiscalSaving(agency, agencyDetail, share, constituent, fiscal == null ? null
                : fiscal.multiply(share, MathContext.DECIMAL64).setScale(2, MoneyScalar.ROUNDING));
    }
}
