package vn.loa.scheduler.reports;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the as-run log: planned against actual, and the reason of a miss. */
public record LogRow(long id, long stationId, String stationCode, String stationName, LocalDate day, long sequence,
                     Long programId, String programTitle, Long campaignId, String campaignName, Instant plannedStart,
                     Instant actualStart, Instant actualEnd, double secondsPlayed, String outcome, String reason) {

    /** The cursor of the page after this row: paging by (day, id) stays fast deep into a year. */
    public String cursor() {
        return day + "_" + id;
    }
}
