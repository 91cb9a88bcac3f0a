package vn.loa.scheduler.domain;

import java.time.Instant;

/**
 * What a station actually aired, or failed to air, for one schedule item (DESIGN §4). The
 * per-station {@code sequence} makes ingestion idempotent: a record is stored once however often
 * it arrives.
 *
 * @param outcome    played, partial, missed, failed or interrupted
 * @param campaignId the campaign of the schedule item, when it had one
 * @param day        the station-local date the record counts on: of the actual start when it aired, else of
 *                   the planned start
 */
public record AsRunRecord(long sequence, Long itemId, Long programId, Long campaignId, Long noticeId, java.time.LocalDate day,
                          String contentSha256, Instant plannedStart,
                          Instant actualStart, Instant actualEnd, double secondsPlayed, String outcome, String reason) {
}
