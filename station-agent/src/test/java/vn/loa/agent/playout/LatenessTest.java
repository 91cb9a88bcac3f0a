package vn.loa.agent.playout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How late an item may still start: a program only briefly (never past its end), a notice long after. */
class LatenessTest {

    private static final Instant PLANNED = Instant.parse("2026-11-28T10:00:00Z");
    private static final long THREE_MINUTES = 180_000;

    private static boolean mayStart(long durationMillis, boolean urgent, long secondsLate) {
        return !PLANNED.plusSeconds(secondsLate).isAfter(Lateness.DEFAULT.lastStart(PLANNED, durationMillis, urgent));
    }

    @Test
    void aProgramStartsUpToThirtySecondsLateAndNotAfter() {
        assertTrue(mayStart(THREE_MINUTES, false, 29));
        assertTrue(mayStart(THREE_MINUTES, false, 30));
        assertFalse(mayStart(THREE_MINUTES, false, 31), "it would run over the next item");
    }

    @Test
    void aProgramWhoseEndHasComeIsOverNotLate() {
        assertTrue(mayStart(12_000, false, 11));
        assertFalse(mayStart(12_000, false, 12));
        assertFalse(mayStart(12_000, false, 20));
    }

    @Test
    void anUrgentNoticeStillAirsHalfAnHourAfterItsEnd() {
        assertTrue(mayStart(20_000, true, 600), "waiting ten minutes for its audio");
        assertTrue(mayStart(20_000, true, 20 + 1800));
        assertFalse(mayStart(20_000, true, 20 + 1801));
    }
}
