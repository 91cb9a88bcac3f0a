package vn.loa.scheduler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class WindowNotationTest {

    @Test
    void readsVietnameseWeekdayRangesListsAndHourNotation() {
        WindowNotation.Parsed parsed = WindowNotation.parse("T2-T6 06:00-06:30; T7,CN 6h30-7h");
        assertTrue(parsed.problems().isEmpty(), parsed.problems().toString());
        assertEquals(7, parsed.windows().size());
        assertTrue(parsed.windows().contains(new BroadcastWindow(DayOfWeek.FRIDAY, 360, 390)));
        assertTrue(parsed.windows().contains(new BroadcastWindow(DayOfWeek.SUNDAY, 390, 420)));
    }

    @Test
    void readsEnglishDayNames() {
        assertEquals(5, WindowNotation.parse("MON-FRI 17:00-17:45").windows().size());
    }

    @Test
    void unreadableEntryIsReportedWithAnExample() {
        WindowNotation.Parsed parsed = WindowNotation.parse("sáng 6 giờ");
        assertEquals(1, parsed.problems().size());
        assertTrue(parsed.problems().get(0).message().contains("T2-T6 06:00-06:30"));
    }

    @Test
    void backwardsDayRangeIsRefused() {
        assertEquals(1, WindowNotation.parse("T6-T2 06:00-06:30").problems().size());
    }
}
