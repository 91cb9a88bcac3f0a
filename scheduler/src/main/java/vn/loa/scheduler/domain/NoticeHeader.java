package vn.loa.scheduler.domain;

import java.time.Instant;

/**
 * An urgent notice as issued, for following it up.
 *
 * @param airAt       null: as soon as possible
 * @param cancelledAt null while it stands
 */
public record NoticeHeader(long id, String title, long programId, String programTitle, String issuedByUnitCode,
                           Instant issuedAt, Instant airAt, boolean overrideWindows, int repeat, int intervalMinutes,
                           Instant cancelledAt, String cancelledBy) {
}
