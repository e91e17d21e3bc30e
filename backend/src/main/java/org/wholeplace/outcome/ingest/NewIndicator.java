package org.wholeplace.outcome.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wholeplace.outcome.Polarity;
import org.wholeplace.outcome.Significance;
import org.wholeplace.outcome.ValueType;
import org.wholeplace.place.Place;

/**
 * An indicator a file names that the catalogue does not have yet, registered from the file itself: its id a slug of
 * its name, its value type and unit read from the file's measure, its polarity inferred from the file's own
 * Better/Worse judgements against England. The catalogue file still overrides all of it when it lists the indicator.
 *
 * @param judgements how many Better/Worse judgements the polarity rests on; 0 for no judgement
 */
record NewIndicator(String id, String name, String sourceMeasure, ValueType valueType, String unit,
                    Integer multiplier, Polarity polarity, int judgements) {

    private static final Pattern PER = Pattern.compile("per\\s+([\\d,]+)", Pattern.CASE_INSENSITIVE);

    ObservationWriter.KnownIndicator known() {
        return new ObservationWriter.KnownIndicator(id, name, sourceMeasure, valueType, multiplier);
    }

    /** The slug of a name, as an indicator id: lower case, words joined by hyphens, at most 64 characters. */
    static String slugOf(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "indicator" : slug;
    }

    /**
     * What a measure's wording says the values are: "Percentage", "per 10,000", "Age standardised rate per 100,000";
     * a rate whose measure gives no scale ("Age-standardised rate") takes the one its name states ("… (per 100,000
     * population)"); a life expectancy, or a measure in years, is a mean in years.
     *
     * @param unit what a unit column states for the row ("Years"), or null
     */
    static Optional<NewIndicator> fromMeasure(String name, String measure, String unit) {
        String text = measure == null ? "" : measure.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("life expectancy") || (unit != null && unit.strip().equalsIgnoreCase("years"))) {
            return Optional.of(new NewIndicator(slugOf(name), name, text, ValueType.MEAN, "years", null,
                    Polarity.NO_JUDGEMENT, 0));
        }
        Matcher per = PER.matcher(text);
        boolean scaled = per.find();
        if (!scaled && lower.contains("rate")) {
            per = PER.matcher(name);
            scaled = per.find();
        }
        boolean standardised = (lower + " " + name.toLowerCase(Locale.ROOT)).contains("standardised");
        if (lower.contains("percent") || lower.equals("%") || lower.contains("proportion")) {
            return Optional.of(new NewIndicator(slugOf(name), name, text, ValueType.PROPORTION, "%", 100,
                    Polarity.NO_JUDGEMENT, 0));
        }
        if (scaled) {
            int scale = Integer.parseInt(per.group(1).replace(",", ""));
            ValueType type = standardised ? ValueType.AGE_STANDARDISED_RATE : ValueType.RATE;
            return Optional.of(new NewIndicator(slugOf(name), name, text, type, "per " + per.group(1), scale,
                    Polarity.NO_JUDGEMENT, 0));
        }
        if (lower.equals("count") || lower.equals("number")) {
            return Optional.of(new NewIndicator(slugOf(name), name, text, ValueType.COUNT, "count", null,
                    Polarity.NO_JUDGEMENT, 0));
        }
        return Optional.empty();
    }

    /** Scales a value can be of its count over its denominator: a percentage, then rates per 1,000 to 100,000. */
    private static final List<Integer> SCALES = List.of(100, 1_000, 10_000, 100_000);

    /**
     * What a file's values are when it does not say (Fingertips' download has no measure column): the scale that
     * makes every value its count over its denominator, within the rounding of a published figure (1%, or 0.05),
     * 100 being a percentage and 1,000 to 100,000 a rate; a count when every value is its own count. Empty when no
     * row has a count, or no one scale fits every row (an age-standardised rate is not a crude ratio).
     *
     * @param id   the Fingertips indicator id the file gives
     * @param rows value, count and denominator of each of the file's rows of the indicator
     */
    static Optional<NewIndicator> fromCounts(String id, String name, List<NewObservation> rows) {
        List<NewObservation> withCount = rows.stream()
                .filter(r -> r.value() != null && r.count() != null).toList();
        if (withCount.isEmpty()) {
            return Optional.empty();
        }
        if (withCount.stream().allMatch(r -> r.denominator() == null && r.value().compareTo(r.count()) == 0)) {
            return Optional.of(new NewIndicator(id, name, INFERRED + "value = count", ValueType.COUNT, "count",
                    null, Polarity.NO_JUDGEMENT, 0));
        }
        for (int scale : SCALES) {
            boolean fits = withCount.stream().allMatch(r -> r.denominator() != null && r.denominator().signum() > 0
                    && close(r.value(), r.count().multiply(BigDecimal.valueOf(scale))
                    .divide(r.denominator(), 10, RoundingMode.HALF_UP)));
            if (fits) {
                String per = String.format(Locale.UK, "%,d", scale);
                return Optional.of(scale == 100
                        ? new NewIndicator(id, name, INFERRED + "value = count / denominator x 100",
                                ValueType.PROPORTION, "%", 100, Polarity.NO_JUDGEMENT, 0)
                        : new NewIndicator(id, name, INFERRED + "value = count / denominator x " + per,
                                ValueType.RATE, "per " + per, scale, Polarity.NO_JUDGEMENT, 0));
            }
        }
        return Optional.empty();
    }

    private static final String INFERRED = "inferred from Count and Denominator: ";

    private static boolean close(BigDecimal value, BigDecimal ratio) {
        BigDecimal tolerance = value.abs().multiply(new BigDecimal("0.01")).max(new BigDecimal("0.05"));
        return value.subtract(ratio).abs().compareTo(tolerance) <= 0;
    }

    /**
     * The polarity the file's judgements imply: a place judged Better above England's value in the same period means
     * higher is better, Better below it lower is better, and Worse the other way round. Only when every judgement
     * agrees is a polarity inferred; else, or with none, no judgement.
     *
     * @param rows the file's observations of this indicator
     */
    NewIndicator withPolarityFrom(List<NewObservation> rows) {
        Map<String, BigDecimal> england = new HashMap<>();
        rows.stream().filter(r -> r.placeCode().equals(Place.ENGLAND) && r.value() != null)
                .forEach(r -> england.put(spanOf(r), r.value()));
        int higher = 0;
        int lower = 0;
        for (NewObservation row : rows) {
            BigDecimal benchmark = england.get(spanOf(row));
            if (row.value() == null || benchmark == null || row.sourceSignificance() == null) {
                continue;
            }
            int side = row.value().compareTo(benchmark);
            if (side == 0 || (row.sourceSignificance() != Significance.BETTER
                    && row.sourceSignificance() != Significance.WORSE)) {
                continue;
            }
            boolean better = row.sourceSignificance() == Significance.BETTER;
            if ((side > 0) == better) {
                higher++;
            } else {
                lower++;
            }
        }
        Polarity inferred = higher > 0 && lower == 0 ? Polarity.HIGHER_IS_BETTER
                : lower > 0 && higher == 0 ? Polarity.LOWER_IS_BETTER : Polarity.NO_JUDGEMENT;
        return new NewIndicator(id, name, sourceMeasure, valueType, unit, multiplier, inferred,
                inferred == Polarity.NO_JUDGEMENT ? 0 : higher + lower);
    }

    /** A row's period and breakdown: England's value of the same sex, age and category is its benchmark. */
    private static String spanOf(NewObservation row) {
        return row.period().start() + "/" + row.period().end() + "/" + row.sex().code() + "/" + row.age() + "/"
                + row.categoryType() + "/" + row.category();
    }

    /** What the import notes say was inferred. */
    String describe() {
        return "registered indicator " + id + " ('" + name + "') from the file: " + valueType.code() + " in " + unit
                + ", " + (polarity == Polarity.NO_JUDGEMENT ? "no judgement (the file's Better/Worse judgements "
                + "do not all agree, or there are none)" : polarity.code() + " (inferred from " + judgements
                + " Better/Worse judgements against England)") + "; list it in outcomes/indicators.csv to override";
    }
}
