package vn.loa.scheduler.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a period's roll-up sums are read: whole months from the monthly roll-up, a month mostly inside the period as
 * the month less its days outside (read from the daily roll-up and taken off), the other days from the daily one. A
 * year from the 22nd of November then reads 18 days of daily rows, not 30: on a province, 432,000 rows, not 720,000.
 */
final class RollupRanges {

    /** Rows of {@code table} whose {@code column} is in [from, until), added (sign 1) or taken off (-1). */
    record Range(String table, String column, LocalDate from, LocalDate until, int sign) {
    }

    private RollupRanges() {
    }

    /** @param months whether the buckets allow months (a month's and the period's do; a week's and a day's do not) */
    static List<Range> of(LocalDate from, LocalDate to, boolean months) {
        List<Range> ranges = new ArrayList<>();
        if (!months) {
            add(ranges, new Range("airing_daily", "day", from, to.plusDays(1), 1));
            return ranges;
        }
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate next = month.plusMonths(1);
            LocalDate first = month.isBefore(from) ? from : month;
            LocalDate after = next.isAfter(to) ? to.plusDays(1) : next;
            long inside = ChronoUnit.DAYS.between(first, after);
            if (2 * inside <= month.lengthOfMonth()) {
                add(ranges, new Range("airing_daily", "day", first, after, 1));
                continue;
            }
            add(ranges, new Range("airing_monthly", "month", month, next, 1));
            if (first.isAfter(month)) {
                add(ranges, new Range("airing_daily", "day", month, first, -1));
            }
            if (after.isBefore(next)) {
                add(ranges, new Range("airing_daily", "day", after, next, -1));
            }
        }
        return ranges;
    }

    /** Adds the range, joined to an earlier one of the same table and sign that it continues. */
    private static void add(List<Range> ranges, Range range) {
        for (int i = 0; i < ranges.size(); i++) {
            Range r = ranges.get(i);
            if (r.table().equals(range.table()) && r.sign() == range.sign() && r.until().equals(range.from())) {
                ranges.set(i, new Range(r.table(), r.column(), r.from(), range.until(), r.sign()));
                return;
            }
        }
        ranges.add(range);
    }
}
