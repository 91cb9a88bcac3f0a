package vn.loa.scheduler.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One published item of a station's day, as the agent receives it. */
public record ScheduledItem(long id, LocalDate day, int position, Instant plannedStart, long durationMillis,
                            long programId, String contentSha256, Long campaignId, Long noticeId, String reason) {
}
