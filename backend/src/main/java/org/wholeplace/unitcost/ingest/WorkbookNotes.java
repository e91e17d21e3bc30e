package org.wholeplace.unitcost.ingest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the Unit Cost Database says of its own values in words, read as data.
 * <ul>
 * <li><b>Transfers.</b> Its Guidance sheet: "A small number of fiscal values should be excluded from the public value
 * calculations as they are transfer payments, e.g. tax or social security benefits. These are indicated by a comment
 * in the fiscal value cell." Such a comment reads "When calculating total public value, the £7,500 fiscal benefit to
 * DWP should be excluded, as it is a transfer payment. Total public value is £13,700 (2012/13 prices)." (E&amp;E2.0),
 * or without an amount, "the fiscal benefit to HMT should be excluded" (E&amp;S5.0: the whole fiscal value).</li>
 * <li><b>Double counting.</b> Its Comment column warns where a cost must not be combined with others: "to avoid
 * double-counting, this cost should not be combined with other cost figures for specific crime types" (CR8.0); "no
 * additional costs of these types should be tacked on for the same incident" (CR1.0, CR2.0). Elsewhere it notes only
 * a "potential for double-counting" in some uses. The sentences that speak of double counting are kept as written,
 * with whether they forbid combining the cost.</li>
 * </ul>
 */
final class WorkbookNotes {

    private static final Pattern TRANSFER = Pattern.compile("transfer payment", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXCLUDED = Pattern.compile(
            "the\\s+(?:£\\s*(?<amount>[\\d,]+(?:\\.\\d+)?)\\s+)?fiscal benefit to\\s+(?<agency>.+?)\\s+should be"
                    + "\\s+excluded", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLIC_VALUE = Pattern.compile(
            "total public value is\\s+£\\s*(?<value>[\\d,]+(?:\\.\\d+)?)\\s*\\((?<year>\\d{4}/\\d{2}) prices\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLE_COUNTING = Pattern.compile("double[- ]count", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");
    private static final Pattern DO_NOT_COMBINE = Pattern.compile("should not be combined|should be tacked on",
            Pattern.CASE_INSENSITIVE);

    /** @param doNotCombine the sentences say the cost must not be combined with others, not only that it may be */
    record DoubleCounting(String note, boolean doNotCombine) {
    }

    /**
     * A transfer a fiscal value cell's comment declares.
     *
     * @param agency              the agency whose part is a transfer, as the comment names it (DWP, HMT)
     * @param amount              the part excluded, in the fiscal value's price year; null: the whole fiscal value
     * @param statedPublicValue   the total public value the comment gives, or null
     * @param statedPriceYear     the price year of that total
     */
    record Transfer(String agency, BigDecimal amount, BigDecimal statedPublicValue, String statedPriceYear) {
    }

    private WorkbookNotes() {
    }

    /**
     * The transfer a comment declares; empty when it speaks of no transfer payment.
     *
     * @throws IllegalArgumentException when it speaks of a transfer payment but does not say whose benefit to
     *                                  exclude, in the workbook's words
     */
    static Optional<Transfer> transferIn(String comment) {
        if (comment == null || !TRANSFER.matcher(comment).find()) {
            return Optional.empty();
        }
        Matcher excluded = EXCLUDED.matcher(comment);
        if (!excluded.find()) {
            throw new IllegalArgumentException("its comment speaks of a transfer payment but not of 'the fiscal "
                    + "benefit to <agency> should be excluded'");
        }
        Matcher total = PUBLIC_VALUE.matcher(comment);
        boolean stated = total.find();
        return Optional.of(new Transfer(excluded.group("agency").strip(), pounds(excluded.group("amount")),
                stated ? pounds(total.group("value")) : null, stated ? total.group("year") : null));
    }

    /** The sentences of a Comment cell that speak of double counting, as written; empty when none do. */
    static Optional<DoubleCounting> doubleCountingIn(String comment) {
        if (comment == null || !DOUBLE_COUNTING.matcher(comment).find()) {
            return Optional.empty();
        }
        String sentences = Arrays.stream(comment.split("\\R+"))
                .flatMap(paragraph -> Arrays.stream(SENTENCE_END.split(paragraph.strip())))
                .filter(sentence -> DOUBLE_COUNTING.matcher(sentence).find())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return sentences.isEmpty() ? Optional.empty()
                : Optional.of(new DoubleCounting(sentences, DO_NOT_COMBINE.matcher(sentences).find()));
    }

    private static BigDecimal pounds(String text) {
        return text == null ? null : new BigDecimal(text.replace(",", "").toLowerCase(Locale.ROOT));
    }
}
