package org.wholeplace.duplication;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;

import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Agency;
import org.wholeplace.place.ReferenceData;

/**
 * A cell in one paragraph a councillor can read: who pays how much, how split it is, and how the place compares with
 * its peers. Figures are rounded for reading; the API's fields carry them exactly.
 */
final class HotspotExplanation {

    private HotspotExplanation() {
    }

    static String of(Cell cell, ReferenceData reference) {
        var text = new StringBuilder();
        text.append(reference.place(cell.placeCode()).map(p -> p.name()).orElse(cell.placeCode())).append(", ")
                .append(reference.services().get(cell.serviceCode()).name());
        if (cell.themeCode() != null) {
            text.append(" (").append(reference.theme(cell.themeCode()).map(t -> t.name()).orElse(cell.themeCode()))
                    .append(')');
        }
        text.append(", ").append(new FinancialYear(cell.year()).label()).append(": ").append(money(cell.total()));
        if (cell.agencyCount() == 1) {
            text.append(", all from ").append(agencyName(cell.agencies().getFirst().agencyCode(), reference))
                    .append(". One agency: no overlap.");
        } else {
            text.append(" from ").append(cell.agencyCount()).append(" agencies: ")
                    .append(cell.agencies().stream()
                            .map(a -> agencyName(a.agencyCode(), reference) + " " + percent(a.share()))
                            .collect(Collectors.joining(", ")))
                    .append(". Fragmentation ").append(decimal(cell.fragmentation(), 2))
                    .append(" (as if ").append(decimal(1 / cell.hhi(), 1))
                    .append(" agencies shared it equally); hotspot score ").append(money(cell.score())).append('.');
        }
        if (cell.perHead() != null) {
            text.append(' ').append(money(cell.perHead())).append(" per head");
            if (cell.ratioToMedian() != null) {
                String group = reference.place(cell.placeCode()).map(p -> p.parentCode())
                        .flatMap(reference::place).map(p -> p.name()).orElse("its parent");
                text.append(", ").append(decimal(cell.ratioToMedian(), 2)).append(" times the median of ")
                        .append(group).append("'s ").append(cell.peers()).append(" places (")
                        .append(money(cell.medianPerHead())).append(')');
                if (cell.robustZ() != null) {
                    text.append(", robust z ").append(decimal(cell.robustZ(), 1));
                }
            }
            text.append('.');
        }
        if (cell.apportionedAmount().signum() > 0) {
            text.append(' ').append(money(cell.apportionedAmount()))
                    .append(" of it is apportioned from city-region or national figures.");
        }
        if (cell.synthetic()) {
            text.append(" Includes generated (synthetic) figures, not published ones.");
        }
        return text.toString();
    }

    private static String agencyName(String code, ReferenceData reference) {
        Agency agency = reference.agencies().get(code);
        return agency == null ? code : agency.name();
    }

    /** £1.2bn, £139.4m, £15.7k, £950; per-head figures under £1,000 keep their pence. */
    static String money(BigDecimal amount) {
        double value = amount.doubleValue();
        double size = Math.abs(value);
        if (size >= 1e9) {
            return "£" + decimal(value / 1e9, 1) + "bn";
        }
        if (size >= 1e6) {
            return "£" + decimal(value / 1e6, 1) + "m";
        }
        if (size >= 1e4) {
            return "£" + decimal(value / 1e3, 1) + "k";
        }
        return "£" + String.format(Locale.UK, "%,.2f", value);
    }

    private static String percent(double share) {
        return share > 0 && share < 0.005 ? "under 1%" : String.format(Locale.UK, "%.0f%%", share * 100);
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.UK, "%." + places + "f", value);
    }
}
