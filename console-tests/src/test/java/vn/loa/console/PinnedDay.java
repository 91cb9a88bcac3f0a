package vn.loa.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import vn.loa.agent.time.SimulatedClock;

/**
 * The day the console tests live in, never the wall clock's: a Tuesday (both the 06:00 and the weekday
 * 17:00 windows), from 09:00 in Hà Nội, time passing at its real rate. The console takes "today" from the
 * server, so pinning the server's clock pins the pages too.
 */
final class PinnedDay {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private PinnedDay() {
    }

    static Clock clock() {
        return new SimulatedClock(TODAY.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant(), 1);
    }
}
