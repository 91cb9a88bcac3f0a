package vn.loa.scheduler.planning;

import java.time.Instant;
import java.util.List;

/**
 * An urgent notice (thông báo khẩn) as issued.
 *
 * @param airAt null: as soon as possible
 */
public record NoticeSpec(String title, long programId, String issuedByUnitCode, Instant airAt, boolean overrideWindows,
                         int repeat, int intervalMinutes, List<String> targetUnits, List<Long> targetStations) {
}
