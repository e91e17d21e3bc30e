package org.wholeplace.place;

import java.util.Locale;
import java.util.Optional;

/**
 * Codes checked against the reference data, with the one wording of each refusal: an import problem reads
 * "unknown place code 'E0800000X'", an API error {@link #inField names the field}: "Unknown place code 'E0800000X'
 * in filter.places". Each check gives the problem, or nothing when the code is known.
 */
public final class CodeCheck {

    private CodeCheck() {
    }

    public static Optional<String> place(ReferenceData known, String code) {
        return known.place(code).isPresent() ? Optional.empty() : Optional.of(unknown("place", code));
    }

    public static Optional<String> agency(ReferenceData known, String code) {
        return known.agencies().containsKey(code) ? Optional.empty() : Optional.of(unknown("agency", code));
    }

    /** A theme of the data ({@code unclassified} is not one: it is what spend without a theme counts under). */
    public static Optional<String> theme(ReferenceData known, String code) {
        return known.themes().containsKey(code) ? Optional.empty() : Optional.of(unknown("theme", code));
    }

    /** A service spend can be recorded against: known, and not an authority's reported total of the others. */
    public static Optional<String> service(ReferenceData known, String code) {
        Service service = known.services().get(code);
        if (service == null) {
            return Optional.of(unknown("service", code));
        }
        return service.total() ? Optional.of("'" + code + "' is a reported total, not a service") : Optional.empty();
    }

    public static Optional<String> measure(ReferenceData known, String code) {
        return known.measures().containsKey(code) ? Optional.empty() : Optional.of(unknown("measure", code));
    }

    /**
     * A comparator group: a group loaded as data or {@code tier:<kind of place>}. Named, not coded, in the wording:
     * "unknown comparator group 'nope'", as the import of comparator groups words it too.
     */
    public static Optional<String> comparatorGroup(ReferenceData known, String code) {
        return known.comparatorGroup(code).isPresent() ? Optional.empty()
                : Optional.of(unknownNamed("comparator group", code));
    }

    public static String unknown(String what, String code) {
        return "unknown " + what + " code '" + code + "'";
    }

    /** A thing named by an identifier that is not one of the reference data's codes (an indicator's id). */
    public static String unknownNamed(String what, String name) {
        return "unknown " + what + " '" + name + "'";
    }

    /** The problem as an API error names it: a sentence, and the field it was found in. */
    public static String inField(String problem, String field) {
        String sentence = problem.substring(0, 1).toUpperCase(Locale.ROOT) + problem.substring(1);
        return field == null ? sentence : sentence + " in " + field;
    }

    /** The problem as an API error names it, with a hint at what would do: "...; known: a, b". */
    public static String inField(String problem, String field, String hint) {
        return inField(problem, field) + "; " + hint;
    }
}
