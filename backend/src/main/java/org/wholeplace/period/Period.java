package org.wholeplace.period;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as a source labels it, with the dates it covers. Labels of different styles then sort and compare by
 * what they mean: {@code 2017/18} and {@code 2017-18} are the same financial year, which comes after the calendar
 * year {@code 2016} and overlaps the three years {@code 2016-18}.
 *
 * <p>The styles read:
 * <ul>
 *   <li>{@code 2018}: a calendar year;</li>
 *   <li>{@code 2017/18} or {@code 2017-18}: a financial year, 1 April to 31 March (the second part is the next
 *   year);</li>
 *   <li>{@code 2016-18} or {@code 2016 - 18}: calendar years 2016 to 2018, as Fingertips writes pooled years;</li>
 *   <li>{@code 2016/17 - 18/19}: financial years 2016-17 to 2018-19;</li>
 *   <li>{@code 2018 Q1}: a calendar quarter (Q1 is January to March); {@code 2018/19 Q1}: a financial quarter
 *   (Q1 is April to June).</li>
 * </ul>
 */
public record Period(String label, LocalDate start, LocalDate end) implements Comparable<Period> {

    public static final String STYLES = "2018, 2017/18, 2017-18, 2016-18, 2016/17 - 18/19, 2018 Q1, 2018/19 Q1";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})\\s*([-/])\\s*(\\d{2})");
    private static final Pattern FINANCIAL_YEARS = Pattern.compile("(\\d{4})/(\\d{2})\\s*-\\s*(\\d{2})/(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})(?:/(\\d{2}))?\\s+Q([1-4])");
    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start)
            .thenComparing(Period::end)
            .thenComparing(Period::label);

    public Period {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period cannot end before it starts: " + label);
        }
    }

    /** @return the period, or empty when the label is in none of the {@link #STYLES} or outside 1900 to 2100 */
    public static Optional<Period> parse(String raw) {
        return parseStyle(raw).filter(p -> p.start().getYear() >= 1900 && p.end().getYear() <= 2100);
    }

    private static Optional<Period> parseStyle(String raw) {
        String label = raw == null ? "" : raw.strip();
        Matcher m;
        if ((m = YEAR.matcher(label)).matches()) {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(calendarYears(label, year, year));
        }
        if ((m = TWO_YEARS.matcher(label)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int last = fullYear(first, Integer.parseInt(m.group(3)));
            boolean slash = m.group(2).equals("/");
            if (last == first + 1) {
                return Optional.of(financialYears(label, first, first));
            }
            // "2016/19" is no style we know; "2016-18" pools calendar years
            return !slash && last > first + 1 ? Optional.of(calendarYears(label, first, last)) : Optional.empty();
        }
        if ((m = FINANCIAL_YEARS.matcher(label)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int lastStart = fullYear(first, Integer.parseInt(m.group(3)));
            boolean consistent = fullYear(first, Integer.parseInt(m.group(2))) == first + 1
                    && fullYear(lastStart, Integer.parseInt(m.group(4))) == lastStart + 1 && lastStart > first;
            return consistent ? Optional.of(financialYears(label, first, lastStart)) : Optional.empty();
        }
        if ((m = QUARTER.matcher(label)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int quarter = Integer.parseInt(m.group(3));
            if (m.group(2) == null) {
                LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
                return Optional.of(new Period(label, start, start.plusMonths(3).minusDays(1)));
            }
            if (fullYear(year, Integer.parseInt(m.group(2))) != year + 1) {
                return Optional.empty();
            }
            LocalDate start = LocalDate.of(year, 4, 1).plusMonths(3L * (quarter - 1));
            return Optional.of(new Period(label, start, start.plusMonths(3).minusDays(1)));
        }
        return Optional.empty();
    }

    /** Whether the two labels name the same span of time ({@code 2017/18} and {@code 2017-18} do). */
    public boolean sameSpanAs(Period other) {
        return start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    /** The four-digit year whose last two digits are {@code twoDigits}, at or after {@code from} and within 100. */
    private static int fullYear(int from, int twoDigits) {
        int candidate = from - from % 100 + twoDigits;
        return candidate < from ? candidate + 100 : candidate;
    }

    private static Period calendarYears(String label, int first, int last) {
        return new Period(label, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
    }

    private static Period financialYears(String label, int firstStart, int lastStart) {
        return new Period(label, LocalDate.of(firstStart, 4, 1), LocalDate.of(lastStart + 1, 3, 31));
    }
}
