package org.wholeplace.unitcost.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wholeplace.unitcost.ingest.UnitCostWorkbook.UnitCost;

/**
 * Which agencies make a unit cost's fiscal saving, and in what shares. The workbook breaks some costs down into
 * constituent costs listed under them, one per agency: CR8.1 (homicide, £174,363) is followed by CR8.1.1 (police,
 * £17,672), CR8.1.2 (probation) ... CR8.1.6 (NHS). A cost is split by its constituents when at least two of them
 * have a fiscal value, they name more than one agency, and they add up to the cost within {@value #TOLERANCE_PERCENT}%
 * (their own rounding leaves a pound or two); each constituent's share is its value over their sum, compared at the
 * workbook's uprated values, so that constituents of different price years are comparable. Constituents that do not
 * add up are alternatives (prison costs by kind of prison), not parts, and the cost goes wholly to the agency bearing
 * it. A constituent is a row after the cost whose code adds one part to the cost's ({@code CR8.1.3} under
 * {@code CR8.1}), or a row without a code among them (v1.4's Crime row 58, the police part of CR8.0).
 */
final class FiscalSplits {

    static final int TOLERANCE_PERCENT = 5;
    private static final BigDecimal TOLERANCE = BigDecimal.valueOf(TOLERANCE_PERCENT, 2);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** An agency's share of a cost's fiscal saving. */
    record Saving(String code, int position, String agency, String agencyDetail, BigDecimal share,
                  String constituentCode) {
    }

    record Splits(List<Saving> savings, List<String> notes) {
    }

    private FiscalSplits() {
    }

    /** @param costs the workbook's costs, each sheet's in the order of its rows */
    static Splits of(List<UnitCost> costs) {
        Function<String, String> spelling = usualSpelling(costs);
        List<Saving> savings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int split = 0;
        Map<String, List<UnitCost>> bySheet = costs.stream()
                .collect(Collectors.groupingBy(UnitCost::sheet, LinkedHashMap::new, Collectors.toList()));
        for (List<UnitCost> sheet : bySheet.values()) {
            for (int i = 0; i < sheet.size(); i++) {
                UnitCost cost = sheet.get(i);
                if (cost.code() == null || fiscal(cost) == null) {
                    continue;
                }
                // a constituent of £0 (CR8.18.5) makes no saving
                List<UnitCost> parts = constituents(sheet, i).stream()
                        .filter(c -> fiscal(c) != null && fiscal(c).signum() > 0).toList();
                long agencies = parts.stream().map(c -> agencyOf(c).toLowerCase(Locale.ROOT)).distinct().count();
                if (parts.size() >= 2 && agencies > 1) {
                    BigDecimal sum = parts.stream().map(FiscalSplits::fiscal).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal whole = fiscal(cost);
                    if (whole.signum() > 0 && sum.subtract(whole).abs().compareTo(whole.multiply(TOLERANCE)) <= 0) {
                        for (int p = 0; p < parts.size(); p++) {
                            UnitCost part = parts.get(p);
                            savings.add(new Saving(cost.code(), p, spelling.apply(agencyOf(part)),
                                    detailOf(part), fiscal(part).divide(sum, PRECISION), part.code()));
                        }
                        split++;
                        continue;
                    }
                    notes.add(cost.code() + "'s constituents add up to " + sum.toPlainString() + " of its "
                            + whole.toPlainString() + ": not taken as a split between agencies");
                }
                savings.add(new Saving(cost.code(), 0, spelling.apply(agencyOf(cost)), detailOf(cost),
                        BigDecimal.ONE, null));
            }
        }
        notes.addFirst(split + " costs split between the agencies of their constituent costs");
        return new Splits(List.copyOf(savings), List.copyOf(notes));
    }

    /** The rows under the cost at {@code index} that are its parts: one code part more, or no code, among them. */
    private static List<UnitCost> constituents(List<UnitCost> sheet, int index) {
        String prefix = sheet.get(index).code() + ".";
        int depth = dots(sheet.get(index).code()) + 1;
        List<UnitCost> parts = new ArrayList<>();
        for (UnitCost row : sheet.subList(index + 1, sheet.size())) {
            if (row.code() != null && !row.code().startsWith(prefix)) {
                break;
            }
            if (row.code() == null || dots(row.code()) == depth) {
                parts.add(row);
            }
        }
        return parts;
    }

    /** The value compared: as the workbook uprates it, or as estimated where it does not. */
    private static BigDecimal fiscal(UnitCost cost) {
        return cost.fiscal().uprated() != null ? cost.fiscal().uprated() : cost.fiscal().estimated();
    }

    private static String agencyOf(UnitCost cost) {
        return cost.agency() == null ? "Unattributed" : cost.agency();
    }

    /** The workbook writes "-" for no detail under some agencies. */
    private static String detailOf(UnitCost cost) {
        return cost.agencyDetail() == null || cost.agencyDetail().equals("-") ? null : cost.agencyDetail();
    }

    private static int dots(String code) {
        return (int) code.chars().filter(c -> c == '.').count();
    }

    /**
     * The workbook spells some agencies two ways ("Local Authority" 145 times, "Local authority" 25): an agency is
     * named as most of its rows name it, so that its savings add up under one name.
     */
    private static Function<String, String> usualSpelling(List<UnitCost> costs) {
        Map<String, Map<String, Long>> spellings = new HashMap<>();
        for (UnitCost cost : costs) {
            String agency = agencyOf(cost);
            spellings.computeIfAbsent(agency.toLowerCase(Locale.ROOT), k -> new HashMap<>())
                    .merge(agency, 1L, Long::sum);
        }
        Map<String, String> usual = new HashMap<>();
        spellings.forEach((key, counts) -> usual.put(key, counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey()));
        return agency -> usual.getOrDefault(agency.toLowerCase(Locale.ROOT), agency);
    }
}
