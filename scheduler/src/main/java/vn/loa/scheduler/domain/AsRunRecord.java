package vn.loa.scheduler.domain;

import java.time.Instant;

/**
 * What a station actually aired, or failed to air, for one schedule item (DESIGN §4). The
 * per-station {@code sequence} makes ingestion idempotent: a record is stored once however often
 * it arrives.
 *
 * @param outcome played, partial, missed, failed or interrupted
 */
public record AsRunRecord(long sequence, Long itemId, Long programId, String contentSha256, Instant plannedStart,
                          Instant actualStart, Instant actualEnd, double secondsPlayed, String outcome, String reason) {
}
