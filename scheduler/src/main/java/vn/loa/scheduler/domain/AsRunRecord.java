package vn.loa.scheduler.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a station actually aired, or failed to air, for one schedule item (DESIGN §4). The
 * {@code sequence}, numbered by the agent of one enrolment of the station, makes ingestion idempotent:
 * a record is stored once however often it arrives.
 *
 * @param outcome    played, partial, missed, failed or interrupted
 * @param campaignId the campaign of the schedule item, when it had one
 * @param day        the station-local date the record counts on: of the actual start when it aired, else of
 *                   the planned start
 * @param clockUncertaintyMillis the error bound of the agent's clock when it started the item: a start error
 *                   is measured to within this; null when the agent did not say (older agents)
 * @param startMarginMillis how long after the planned instant the agent started, on its estimate, so as not
 *                   to be early by the real clock (the bound, when small); null from older agents
 * @param fallback   an airing of the station's evergreen fallback (its schedule had run out, or an item's audio
 *                   was missing): no schedule item, no campaign
 * @param relay      a relay's record (then no item, program or campaign; seconds played are the stream's seconds
 *                   heard), or null
 */
public record AsRunRecord(long sequence, Long itemId, Long programId, Long campaignId, Long noticeId, LocalDate day,
                          String contentSha256, Instant plannedStart,
                          Instant actualStart, Instant actualEnd, double secondsPlayed, String outcome, String reason,
                          Long clockOffsetMillis, Long clockUncertaintyMillis, Long startMarginMillis, boolean fallback,
                          Relay relay) {

    /**
     * What a relay's record adds: the published relay, its source, the stream's drop-outs, and what aired while
     * the stream could not be had ({@code program}, {@code silence}, or null when nothing had to).
     */
    public record Relay(long relayId, Long sourceId, int dropouts, double dropoutSeconds, String fallback) {
    }

    public AsRunRecord(long sequence, Long itemId, Long programId, Long campaignId, Long noticeId, LocalDate day,
                       String contentSha256, Instant plannedStart, Instant actualStart, Instant actualEnd, double secondsPlayed,
                       String outcome, String reason, Long clockOffsetMillis, Long clockUncertaintyMillis, Long startMarginMillis,
                       boolean fallback) {
        this(sequence, itemId, programId, campaignId, noticeId, day, contentSha256, plannedStart, actualStart, actualEnd,
                secondsPlayed, outcome, reason, clockOffsetMillis, clockUncertaintyMillis, startMarginMillis, fallback, null);
    }

    public AsRunRecord(long sequence, Long itemId, Long programId, Long campaignId, Long noticeId, LocalDate day,
                       String contentSha256, Instant plannedStart, Instant actualStart, Instant actualEnd, double secondsPlayed,
                       String outcome, String reason, Long clockOffsetMillis, Long clockUncertaintyMillis, Long startMarginMillis) {
        this(sequence, itemId, programId, campaignId, noticeId, day, contentSha256, plannedStart, actualStart, actualEnd,
                secondsPlayed, outcome, reason, clockOffsetMillis, clockUncertaintyMillis, startMarginMillis, false);
    }

    /**
     * Whether {@code other} says the same as this record: a resend. The day is left out, since a record
     * without any instant counts on the day it arrived.
     */
    public boolean sameAs(AsRunRecord other) {
        return equals(new AsRunRecord(other.sequence, other.itemId, other.programId, other.campaignId, other.noticeId, day,
                other.contentSha256, other.plannedStart, other.actualStart, other.actualEnd, other.secondsPlayed,
                other.outcome, other.reason, other.clockOffsetMillis, other.clockUncertaintyMillis, other.startMarginMillis,
                other.fallback, other.relay));
    }
}
