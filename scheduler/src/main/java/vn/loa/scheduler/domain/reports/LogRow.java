package vn.loa.scheduler.domain.reports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the as-run log: planned against actual, and the reason of a miss.
 *
 * @param itemId the schedule item the record reports on (items keep their ids across re-plans, so a
 *               record is paired with its item by id); null for a record that named none
 * @param clockUncertaintyMillis the error bound of the agent's clock at the start: the start error is
 *               measured to within it; null when the agent did not say
 * @param startMarginMillis how long after its instant the agent chose to start, so as not to be early by the
 *               real clock (part of the start error, on purpose); null when the agent did not say
 * @param fallback an airing of the station's evergreen fallback, not of any campaign
 * @param relay    a relay's record (its source, drop-outs and fallback), or null for a program's
 * @param evidence what its sound proves ({@link Evidence}): reported, rendered_matched, rendered_not_matched,
 *                 heard_matched, heard_not_matched (what was heard decides when a capture heard it)
 * @param levelFlag aired_silence or too_quiet when the output was so, or null
 */
public record LogRow(long id, long stationId, String stationCode, String stationName, LocalDate day, long sequence,
                     Long programId, String programTitle, Long campaignId, String campaignName, Instant plannedStart,
                     Instant actualStart, Instant actualEnd, double secondsPlayed, String outcome, String reason, Long itemId,
                     Long clockUncertaintyMillis, Long startMarginMillis, boolean fallback, Relay relay, String evidence,
                     String levelFlag) {

    /** What a relay's record adds to the log. */
    public record Relay(long relayId, String sourceName, int dropouts, double dropoutSeconds, String fallback) {
    }

    /** The cursor of the page after this row: paging by (day, id) stays fast deep into a year. */
    public String cursor() {
        return day + "_" + id;
    }
}
