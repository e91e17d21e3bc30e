package org.wholeplace.spend.ingest;

import static org.jooq.impl.DSL.sum;
import static org.wholeplace.db.generated.Tables.IMPORT_BATCH;
import static org.wholeplace.db.generated.Tables.SPEND_LINE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.wholeplace.db.Transactions.TransactionScope;
import org.wholeplace.place.Measure;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a later release of a return changes: the lines the current batch of the same source key holds (the one the new
 * batch is about to supersede, its lines kept as history) against the new lines, place by place (an authority's
 * place; GM Police and the GMCA's fire service report in Greater Manchester's). The batch's notes then say whose
 * figures changed, how many figures, and by how much the reported total service expenditure (net current
 * expenditure) moved.
 */
final class Revisions {

    private static final String TOTAL = "total-service-expenditure";

    private Revisions() {
    }

    /** One figure of a return: whose, what and which year. */
    private record Figure(String placeCode, String agencyCode, String serviceCode, int year, String measureCode,
                          String basis) {
    }

    /** The note, or empty when nothing is current under the source key (a first release). */
    static Mono<List<String>> notes(TransactionScope scope, String sourceKey, long batchId, List<NewSpendLine> lines,
                                    Function<String, String> placeName) {
        var line = SPEND_LINE;
        var amount = sum(line.AMOUNT).as("amount");
        return Flux.from(scope.dsl().select(IMPORT_BATCH.ID, IMPORT_BATCH.FILE_NAME).from(IMPORT_BATCH)
                        .where(IMPORT_BATCH.SOURCE_KEY.eq(sourceKey), IMPORT_BATCH.SUPERSEDED_BY.isNull(),
                                IMPORT_BATCH.ID.ne(batchId)))
                .map(r -> "batch " + r.get(IMPORT_BATCH.ID) + ", " + r.get(IMPORT_BATCH.FILE_NAME))
                .collectList()
                .flatMap(earlier -> earlier.isEmpty() ? Mono.just(List.<String>of())
                        : Flux.from(scope.dsl().select(line.PLACE_CODE, line.AGENCY_CODE, line.SERVICE_CODE,
                                        line.FINANCIAL_YEAR, line.MEASURE_CODE, line.BASIS, amount)
                                .from(line).join(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(line.BATCH_ID))
                                .where(IMPORT_BATCH.SOURCE_KEY.eq(sourceKey), IMPORT_BATCH.SUPERSEDED_BY.isNull(),
                                        IMPORT_BATCH.ID.ne(batchId))
                                .groupBy(line.PLACE_CODE, line.AGENCY_CODE, line.SERVICE_CODE, line.FINANCIAL_YEAR,
                                        line.MEASURE_CODE, line.BASIS))
                        .collectMap(r -> new Figure(r.get(line.PLACE_CODE), r.get(line.AGENCY_CODE),
                                r.get(line.SERVICE_CODE), r.get(line.FINANCIAL_YEAR), r.get(line.MEASURE_CODE),
                                r.get(line.BASIS)), r -> r.get(amount))
                        .map(before -> compare(sourceKey, String.join("; ", earlier), before, lines, placeName)));
    }

    /** A batch's notes: the file's own, then what it revises; null for none. */
    static String batchNotes(List<String> notes, List<String> revision) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(revision);
        return all.isEmpty() ? null : String.join("\n", all);
    }

    /** A place's name, as known or as the file registers it: what the revision notes call it. */
    static Function<String, String> placeNames(ReferenceData known, List<Place> newPlaces) {
        return code -> known.place(code).map(Place::name).orElseGet(() -> newPlaces.stream()
                .filter(p -> p.code().equals(code)).map(Place::name).findFirst().orElse(""));
    }

    private static List<String> compare(String sourceKey, String earlier, Map<Figure, BigDecimal> before,
                                        List<NewSpendLine> lines, Function<String, String> placeName) {
        Map<Figure, BigDecimal> after = new HashMap<>();
        for (NewSpendLine l : lines) {
            // stored to the penny, as the earlier release was
            after.merge(new Figure(l.placeCode(), l.agencyCode(), l.serviceCode(), l.financialYear(),
                    l.measureCode(), l.basis().code()), l.amount().setScale(2, RoundingMode.HALF_UP), BigDecimal::add);
        }
        Set<Figure> all = new TreeSet<>(java.util.Comparator.comparing(Figure::placeCode)
                .thenComparing(Figure::agencyCode).thenComparing(Figure::serviceCode).thenComparing(Figure::year)
                .thenComparing(Figure::measureCode).thenComparing(Figure::basis));
        all.addAll(before.keySet());
        all.addAll(after.keySet());
        Map<String, List<Figure>> changedByPlace = new TreeMap<>();
        for (Figure figure : all) {
            BigDecimal was = before.get(figure);
            BigDecimal is = after.get(figure);
            if (was == null || is == null || was.compareTo(is) != 0) {
                changedByPlace.computeIfAbsent(figure.placeCode(), p -> new ArrayList<>()).add(figure);
            }
        }
        long places = all.stream().map(Figure::placeCode).distinct().count();
        List<String> notes = new ArrayList<>();
        notes.add("revises " + sourceKey + " (" + earlier + ", kept as history): the figures of "
                + changedByPlace.size() + " of " + places + " places changed"
                + (changedByPlace.isEmpty() ? "" : ":"));
        changedByPlace.forEach((place, figures) -> {
            Figure total = figures.stream().filter(f -> f.serviceCode().equals(TOTAL)
                    && f.measureCode().equals(Measure.NET_CURRENT_EXPENDITURE)).findFirst().orElse(null);
            notes.add("  " + place + " " + placeName.apply(place) + ": " + figures.size() + " figures changed; "
                    + (total == null ? "total service expenditure unchanged"
                    : "total service expenditure " + pounds(before.get(total)) + " → " + pounds(after.get(total))
                    + change(before.get(total), after.get(total))));
        });
        return notes;
    }

    private static String pounds(BigDecimal amount) {
        return amount == null ? "none" : "£" + NumberFormat.getNumberInstance(Locale.UK).format(amount);
    }

    private static String change(BigDecimal was, BigDecimal is) {
        if (was == null || is == null || Objects.equals(was, is)) {
            return "";
        }
        BigDecimal by = is.subtract(was);
        return " (" + (by.signum() > 0 ? "+" : "−") + pounds(by.abs()) + ")";
    }
}
