package vn.loa.scheduler.planning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One item of a station's day.
 *
 * @param reason why it is there, for people: e.g. "campaign 3: 1/day", "urgent notice 7", "make-up"
 */
public record PlannedItem(long stationId, LocalDate day, int position, Instant plannedStart, long durationMillis,
                          long programId, String sha256, Long campaignId, Long noticeId, String reason) {
}
