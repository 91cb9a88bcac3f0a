package vn.loa.agent.playout;

import java.time.Duration;
import java.time.Instant;

/**
 * How late an item may still start. A program more than {@code program} past its planned start, or
 * past its planned end, is not started at all (it would run over the next item): it is recorded as
 * missed and the next one airs on time. An urgent notice is worth airing late, so it may start until
 * {@code notice} after its planned end (waiting for its audio over a slow link, say), then it is
 * recorded as missed.
 */
public record Lateness(Duration program, Duration notice) {

    public static final Lateness DEFAULT = new Lateness(Duration.ofSeconds(30), Duration.ofMinutes(30));

    public Lateness {
        if (program.isNegative() || notice.isNegative()) {
            throw new IllegalArgumentException("lateness must not be negative");
        }
    }

    /** The last instant at which the item may still start. */
    Instant lastStart(Instant plannedStart, long durationMillis, boolean urgent) {
        Instant plannedEnd = plannedStart.plusMillis(durationMillis);
        if (urgent) {
            return plannedEnd.plus(notice);
        }
        Instant late = plannedStart.plus(program);
        // "not after" is the test: an item whose planned end has come is over, not late
        return late.isBefore(plannedEnd) ? late : plannedEnd.minusMillis(1);
    }
}
