package vn.loa.scheduler.asrun;

import java.time.Instant;
import vn.loa.proof.AttestedRecord;
import vn.loa.scheduler.domain.AsRunRecord;

/**
 * One as-run record as an agent sent it, before the server has checked it: what the agent says it
 * aired (or failed to air) and when.
 *
 * @param clockOffsetMillis      the agent's estimate of the server's clock against its PC's when it started
 *                               the item; null from older agents
 * @param clockUncertaintyMillis that estimate's error bound; null from older agents
 * @param startMarginMillis      how long after the planned instant, on that estimate, the agent started the
 *                               item so as not to be early (its bound, when small); null from older agents
 * @param fallback               an airing of the evergreen fallback: it names no item and counts for no campaign
 * @param relay                  a relay's record (with no item), or null
 * @param seal                   what the agent attested and signed, from the same JSON; null for an unsigned record
 */
public record AsRunClaim(long sequence, Long itemId, Long programId, Long campaignId, Long noticeId, String contentSha256,
                         Instant plannedStart, Instant actualStart, Instant actualEnd, double secondsPlayed,
                         String outcome, String reason, Long clockOffsetMillis, Long clockUncertaintyMillis,
                         Long startMarginMillis, boolean fallback, AsRunRecord.Relay relay, Seal seal) {

    /**
     * The record as the agent attested it (its canonical fields, with the previous record's hash), its signature,
     * and the fingerprint blocks of what it rendered and of what its capture input heard, that the attested fields name
     * by hash (null: none sent).
     */
    public record Seal(AttestedRecord attested, String signature, String renderedPrint, String heardPrint) {
    }

    public AsRunClaim(long sequence, Long itemId, Long programId, Long campaignId, Long noticeId, String contentSha256,
                      Instant plannedStart, Instant actualStart, Instant actualEnd, double secondsPlayed, String outcome,
                      String reason, Long clockOffsetMillis, Long clockUncertaintyMillis, Long startMarginMillis,
                      boolean fallback, AsRunRecord.Relay relay) {
        this(sequence, itemId, programId, campaignId, noticeId, contentSha256, plannedStart, actualStart, actualEnd,
                secondsPlayed, outcome, reason, clockOffsetMillis, clockUncertaintyMillis, startMarginMillis, fallback, relay, null);
    }

    public AsRunClaim(long sequence, Long itemId, Long programId, Long campaignId, Long noticeId, String contentSha256,
                      Instant plannedStart, Instant actualStart, Instant actualEnd, double secondsPlayed, String outcome,
                      String reason, Long clockOffsetMillis, Long clockUncertaintyMillis, Long startMarginMillis,
                      boolean fallback) {
        this(sequence, itemId, programId, campaignId, noticeId, contentSha256, plannedStart, actualStart, actualEnd,
                secondsPlayed, outcome, reason, clockOffsetMillis, clockUncertaintyMillis, startMarginMillis, fallback, null);
    }

    public AsRunClaim(long sequence, Long itemId, Long programId, Long campaignId, Long noticeId, String contentSha256,
                      Instant plannedStart, Instant actualStart, Instant actualEnd, double secondsPlayed, String outcome,
                      String reason, Long clockOffsetMillis, Long clockUncertaintyMillis, Long startMarginMillis) {
        this(sequence, itemId, programId, campaignId, noticeId, contentSha256, plannedStart, actualStart, actualEnd,
                secondsPlayed, outcome, reason, clockOffsetMillis, clockUncertaintyMillis, startMarginMillis, false);
    }
}
