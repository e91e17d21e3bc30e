package org.wholeplace.prices;

import java.util.Comparator;

/** A calendar quarter as ONS labels its time series: "2022 Q2" is April to June 2022. */
public record CalendarQuarter(int year, int quarter) implements Comparable<CalendarQuarter> {

    private static final Comparator<CalendarQuarter> ORDER =
            Comparator.comparingInt(CalendarQuarter::year).thenComparingInt(CalendarQuarter::quarter);

    public CalendarQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
    }

    public String label() {
        return year + " Q" + quarter;
    }

    @Override
    public int compareTo(CalendarQuarter other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}
