package vn.loa.agent.store;

import java.time.Instant;

/** A schedule item as this PC keeps it. */
public record Item(long id, Instant plannedStart, long durationMillis, long programId, String sha256, String reason,
                   Long noticeId, Long campaignId) {

    public Instant plannedEnd() {
        return plannedStart.plusMillis(durationMillis);
    }

    public boolean urgent() {
        return noticeId != null;
    }
}
