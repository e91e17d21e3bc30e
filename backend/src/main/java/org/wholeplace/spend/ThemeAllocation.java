package org.wholeplace.spend;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;

import org.jooq.Field;
import org.jooq.Table;
import org.wholeplace.db.generated.tables.SpendLine;
import org.wholeplace.place.Theme;

/**
 * How spend lines are read by theme, for every query that splits spend over themes. A line with no theme of its own
 * is split by the current classification: the view theme_allocation (PostgreSQL-only, so not generated) gives each
 * service's shares, adding up to 1, with what they leave over unclassified, and the cumulative shares that split a
 * line to the penny.
 */
public final class ThemeAllocation {

    private static final Table<?> VIEW = table(name("theme_allocation")).as("a");
    private static final Field<String> SERVICE = field(name("a", "service_code"), String.class);
    private static final Field<String> THEME = field(name("a", "theme_code"), String.class);
    private static final Field<BigDecimal> SHARE_BEFORE = field(name("a", "share_before"), BigDecimal.class);
    private static final Field<BigDecimal> SHARE_THROUGH = field(name("a", "share_through"), BigDecimal.class);

    private ThemeAllocation() {
    }

    /** The lines, each without a theme of its own joined to its service's allocation (one row per theme). */
    public static Table<?> join(SpendLine line) {
        return line.leftJoin(VIEW).on(line.THEME_CODE.isNull().and(SERVICE.eq(line.SERVICE_CODE)));
    }

    /** A joined line's theme: its own, else its service's, else unclassified. */
    public static Field<String> theme(SpendLine line) {
        return coalesce(line.THEME_CODE, THEME, inline(Theme.UNCLASSIFIED.code()));
    }

    /**
     * A joined line's amount in its theme, to the penny: round(amount × the service's shares through this theme) −
     * round(amount × its shares before it), so that a line's parts add up to the line exactly; the whole amount when
     * the line has a theme of its own.
     */
    public static Field<BigDecimal> amount(SpendLine line) {
        return round(line.AMOUNT.times(coalesce(SHARE_THROUGH, inline(BigDecimal.ONE))), 2)
                .minus(round(line.AMOUNT.times(coalesce(SHARE_BEFORE, inline(BigDecimal.ZERO))), 2));
    }
}
