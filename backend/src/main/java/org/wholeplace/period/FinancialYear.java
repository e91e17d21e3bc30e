package org.wholeplace.period;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK public-sector financial year, 1 April to 31 March, labelled as its publishers label it: "2022-23". */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    /** @throws IllegalArgumentException naming the label when it is not of the form 2022-23 */
    public static FinancialYear parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + label + "' is not a financial year; write it as 2022-23");
        }
        int start = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            throw new IllegalArgumentException("'" + label + "' is not a financial year: " + m.group(2)
                    + " does not follow " + start);
        }
        return new FinancialYear(start);
    }

    /** The financial year a day falls in: it starts on 1 April. */
    public static FinancialYear containing(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public String label() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }

    public LocalDate startsOn() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate endsOn() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
