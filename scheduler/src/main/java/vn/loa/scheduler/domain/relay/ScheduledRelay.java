package vn.loa.scheduler.domain.relay;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published relay of a station's day, as its agent airs it: the stream's address and the fallback (its
 * rendition, or none: silence) come with it, so the agent needs nothing else.
 *
 * @param fallbackSha256 null when the fallback is silence
 */
public record ScheduledRelay(long id, long stationId, LocalDate day, Instant plannedStart, long durationMillis, long slotId,
                             long sourceId, String sourceName, String url, Long fallbackProgramId, String fallbackTitle,
                             String fallbackSha256, Long fallbackDurationMillis) {

    public Instant plannedEnd() {
        return plannedStart.plusMillis(durationMillis);
    }
}
