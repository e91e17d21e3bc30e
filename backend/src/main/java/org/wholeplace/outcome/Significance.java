package org.wholeplace.outcome;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A publisher's own judgement of a value against England (Fingertips' "Better", "Similar", "Worse", "Not compared",
 * and "Higher", "Lower" where the indicator makes no judgement),
 * kept as published beside this project's comparisons; stored by its code.
 */
public enum Significance {
    BETTER("better", Comparison.BETTER),
    SIMILAR("similar", Comparison.SIMILAR),
    WORSE("worse", Comparison.WORSE),
    NOT_COMPARED("not-compared", Comparison.NOT_COMPARED),
    /** For an indicator that makes no judgement: significantly higher, or lower, than England. */
    HIGHER("higher", Comparison.HIGHER),
    LOWER("lower", Comparison.LOWER);

    private final String code;
    private final Comparison comparison;

    Significance(String code, Comparison comparison) {
        this.code = code;
        this.comparison = comparison;
    }

    public String code() {
        return code;
    }

    /** As the API states comparisons. */
    public Comparison comparison() {
        return comparison;
    }

    public static Optional<Significance> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** From a publisher's label in any case: "Better", "not compared". */
    public static Optional<Significance> ofLabel(String label) {
        String asCode = label.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return ofCode(asCode);
    }

    /** Why a value is not a judgement, for an import problem. */
    public static String notASignificance(String raw) {
        return "'" + raw + "' is not one of " + Arrays.stream(values()).map(s -> s.code.replace('-', ' ')).sorted()
                .collect(Collectors.joining(", "));
    }
}
