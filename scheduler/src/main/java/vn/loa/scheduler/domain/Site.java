package vn.loa.scheduler.domain;

import java.time.Instant;

/**
 * A playout site (điểm phát) of a station: an amplifier or cluster with its own PC and agent, airing the
 * station's one schedule. A merged commune's station keeps the old communes' installations as its sites.
 *
 * @param retiredAt when it stopped being expected to air (kept with its history); null while in service
 */
public record Site(long id, long stationId, SiteSpec spec, Instant retiredAt, Instant lastHeartbeatAt, Instant createdAt) {

    public boolean inServiceDuring(Instant from, Instant to) {
        return createdAt.isBefore(to) && (retiredAt == null || retiredAt.isAfter(from));
    }
}
