package vn.loa.scheduler.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How days are summed in a frequency roll-up: by day, ISO week (from Monday), month, or the whole period. */
public enum Bucket {
    DAY("d.day"),
    WEEK("date(d.day, 'weekday 0', '-6 days')"),
    MONTH("substr(d.day, 1, 7) || '-01'"),
    PERIOD("?");

    private final String sql;

    Bucket(String sql) {
        this.sql = sql;
    }

    /** The SQL giving the start of the bucket of {@code d.day}; PERIOD binds the period's first day. */
    public String sql() {
        return sql;
    }

    /** The first day of the bucket holding {@code day}, within a period starting {@code from}. */
    public LocalDate start(LocalDate day, LocalDate from) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case PERIOD -> from;
        };
    }

    public static Bucket parse(String value) {
        return value == null ? DAY : valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
