package vn.loa.scheduler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which roll-up rows a period reads, and that they always add up to exactly the period's days. */
class RollupRangesTest {

    private static RollupRanges.Range days(String from, String until, int sign) {
        return new RollupRanges.Range("airing_daily", "day", LocalDate.parse(from), LocalDate.parse(until), sign);
    }

    private static RollupRanges.Range months(String from, String until) {
        return new RollupRanges.Range("airing_monthly", "month", LocalDate.parse(from), LocalDate.parse(until), 1);
    }

    @Test
    void aYearFromThe22ndReadsItsFirstDaysAndItsLastMonthLessTheDaysAfter() {
        assertEquals(List.of(days("2025-11-22", "2025-12-01", 1), months("2025-12-01", "2026-12-01"),
                days("2026-11-22", "2026-12-01", -1)), RollupRanges.of(LocalDate.parse("2025-11-22"),
                LocalDate.parse("2026-11-21"), true));
    }

    @Test
    void aFewDaysOrWeekBucketsReadDaysAlone() {
        assertEquals(List.of(days("2026-11-16", "2026-11-20", 1)), RollupRanges.of(LocalDate.parse("2026-11-16"),
                LocalDate.parse("2026-11-19"), true));
        assertEquals(List.of(days("2025-11-22", "2026-11-22", 1)), RollupRanges.of(LocalDate.parse("2025-11-22"),
                LocalDate.parse("2026-11-21"), false));
        assertEquals(List.of(months("2026-11-01", "2026-12-01")), RollupRanges.of(LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"), true));
    }

    /** Every day of a wide span counted by the ranges of many periods: each day of the period once, no other. */
    @Test
    void theRangesCountEachDayOfThePeriodOnceAndNoOther() {
        LocalDate base = LocalDate.parse("2025-12-20");
        for (int start = 0; start < 75; start += 3) {
            for (int length = 1; length < 140; length += 7) {
                LocalDate from = base.plusDays(start);
                LocalDate to = from.plusDays(length - 1L);
                TreeMap<LocalDate, Integer> counted = new TreeMap<>();
                for (RollupRanges.Range r : RollupRanges.of(from, to, true)) {
                    for (LocalDate d = r.from(); d.isBefore(r.until()); d = d.plusDays(1)) {
                        // a monthly row stands for each day of its month
                        if (r.table().equals("airing_daily") || d.getDayOfMonth() == 1) {
                            LocalDate last = r.table().equals("airing_daily") ? d : d.plusMonths(1).minusDays(1);
                            for (LocalDate x = d; !x.isAfter(last); x = x.plusDays(1)) {
                                counted.merge(x, r.sign(), Integer::sum);
                            }
                        }
                    }
                }
                List<LocalDate> once = new ArrayList<>();
                counted.forEach((d, n) -> {
                    if (n != 0) {
                        assertEquals(1, n, from + " .. " + to + ": " + d);
                        once.add(d);
                    }
                });
                assertEquals(from.datesUntil(to.plusDays(1)).toList(), once, from + " .. " + to);
            }
        }
    }
}
