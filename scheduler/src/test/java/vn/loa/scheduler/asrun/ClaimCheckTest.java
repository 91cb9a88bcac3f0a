package vn.loa.scheduler.asrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.loa.scheduler.store.AgentReportRepository.Attribution;

/** The limits of one as-run record against the item it names (no store needed: the item is given). */
class ClaimCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    /** A 4-minute program of campaign 3. */
    private static final Attribution ITEM = new Attribution(3L, null, 12, 240_000);

    private static AsRunClaim played(double seconds, Long programId) {
        Instant start = NOW.minusSeconds(600);
        return new AsRunClaim(1, 7L, programId, 3L, null, null, start, start, start.plusSeconds((long) seconds), seconds,
                "played", null, null, null, null);
    }

    private static Optional<String> code(AsRunClaim c) {
        return ClaimCheck.check(null, 1L, c, ITEM, NOW).map(Refusal::code);
    }

    @Test
    void secondsPlayedMayRunALittlePastTheItemButNotFar() {
        assertEquals(Optional.empty(), code(played(240, 12L)));
        assertEquals(Optional.empty(), code(played(299, 12L)), "a minute of tolerance for buffering and clock steps");
        assertEquals(Optional.of("seconds_out_of_range"), code(played(301, 12L)));
        assertEquals(Optional.of("seconds_out_of_range"), code(played(Double.NaN, 12L)));
    }

    @Test
    void theProgramMustBeTheItemsAndTheTimeNearTheServers() {
        assertEquals(Optional.of("program_mismatch"), code(played(240, 13L)));
        assertEquals(Optional.empty(), code(played(240, null)), "an agent may leave the program to the item");
        Instant early = NOW.minus(ClaimCheck.OLDEST).minusSeconds(1);
        AsRunClaim old = new AsRunClaim(1, 7L, 12L, null, null, null, early, null, null, 0, "missed", null, null, null, null);
        Refusal refusal = ClaimCheck.check(null, 1L, old, ITEM, NOW).orElseThrow();
        assertEquals("instant_out_of_range", refusal.code());
        assertTrue(refusal.message().contains("quá xa"), refusal.message());
    }
}
