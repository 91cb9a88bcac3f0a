package vn.loa.scheduler.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The demo's window opens about a minute after launch at any hour, never in the past. */
class DemoWindowTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static LocalDateTime opening(String launch) {
        return DemoAgents.windowOpening(LocalDateTime.parse(launch).atZone(ZONE)).toLocalDateTime();
    }

    @Test
    void aboutAMinuteAheadOnAWholeMinute() {
        assertEquals(LocalDateTime.parse("2026-12-05T09:02"), opening("2026-12-05T09:00:30"));
        assertEquals(LocalDateTime.parse("2026-12-05T09:01"), opening("2026-12-05T09:00:00"));
    }

    @Test
    void lateAtNightItOpensTheNextDayNotInThePast() {
        assertEquals(LocalDateTime.parse("2026-12-05T23:59"), opening("2026-12-05T23:57:30"));
        assertEquals(LocalDateTime.parse("2026-12-06T00:00"), opening("2026-12-05T23:58:20"));
        assertEquals(LocalDateTime.parse("2026-12-06T00:01"), opening("2026-12-05T23:59:50"));
    }
}
