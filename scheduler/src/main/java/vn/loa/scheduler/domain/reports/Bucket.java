package vn.loa.scheduler.domain.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import vn.loa.scheduler.domain.Word;

/** How days are summed in a frequency roll-up: by day, ISO week (from Monday), month, or the whole period. */
public enum Bucket implements Word {
    DAY("ngày"), WEEK("tuần"), MONTH("tháng"), PERIOD("cả kỳ");

    private final String vietnamese;

    Bucket(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
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
        return value == null ? DAY : Word.fromWire(Bucket.class, value).orElseThrow();
    }
}
