package vn.loa.agent.store;

import java.time.Instant;

/** A schedule item as this PC keeps it, or a fallback airing this PC chose (a negative id). */
public record Item(long id, Instant plannedStart, long durationMillis, long programId, String sha256, String reason,
                   Long noticeId, Long campaignId) {

    public Instant plannedEnd() {
        return plannedStart.plusMillis(durationMillis);
    }

    public boolean urgent() {
        return noticeId != null;
    }

    /** An airing of the station's fallback playlist: chosen on this PC, no server item (its id is negative). */
    public boolean fallback() {
        return id < 0;
    }
}
