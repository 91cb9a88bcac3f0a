package vn.loa.scheduler.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One published item of a station's day, as the agent receives it. The program title and the campaign name
 * or notice title travel with it because the station's officer must read what airs, though the program
 * and the campaign usually belong to a unit above theirs that they cannot list.
 */
public record ScheduledItem(long id, LocalDate day, int position, Instant plannedStart, long durationMillis,
                            long programId, String contentSha256, Long campaignId, Long noticeId, String reason,
                            String programTitle, String campaignName, String noticeTitle) {
}
