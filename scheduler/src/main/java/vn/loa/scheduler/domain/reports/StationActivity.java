package vn.loa.scheduler.domain.reports;

import java.time.Instant;

/**
 * What a station was last heard doing: its last heartbeat, its last airing, and whether it had items
 * to air in the recent past (a station with nothing scheduled is not silent for not airing).
 */
public record StationActivity(long stationId, String code, String name, String communeCode, Instant lastHeartbeat,
                              Instant lastAiring, boolean hadItemsToAir) {
}
