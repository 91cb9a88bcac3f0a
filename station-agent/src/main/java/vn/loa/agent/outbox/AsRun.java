package vn.loa.agent.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import vn.loa.agent.store.Item;
import vn.loa.agent.time.ClockReading;

/**
 * One as-run record before it has its sequence number: what became of the item, why, and when it was
 * heard. {@link #json} is its form on the wire, as the outbox keeps it.
 *
 * @param start when the first audio went out, or null when none did (then {@code end} is ignored)
 * @param reason why it is not simply "played", or a note on a late airing; null when there is nothing to say
 * @param clock  the agent's clock estimate when it started the item (or gave it up), so the start error is
 *               known to within its bound; null before the first exchange with the server. An item aired
 *               with a small bound started that much after its instant ({@code start_margin_ms}), so that
 *               it was not early by the server's real clock
 * @param sound  the fingerprints and levels of what was rendered and heard, or null
 */
public record AsRun(Item item, Outcome outcome, String reason, Instant start, Instant end, double secondsPlayed,
                    ClockReading clock, AiredSound sound) {

    public AsRun(Item item, Outcome outcome, String reason, Instant start, Instant end, double secondsPlayed,
                 ClockReading clock) {
        this(item, outcome, reason, start, end, secondsPlayed, clock, null);
    }

    public AsRun withSound(AiredSound aired) {
        return new AsRun(item, outcome, reason, start, end, secondsPlayed, clock, aired);
    }

    private static final ObjectMapper JSON = new ObjectMapper();


    public String json(long sequence) {
        ObjectNode r = JSON.createObjectNode().put("sequence", sequence);
        if (item.fallback()) {
            r.put("fallback", true);
        } else {
            r.put("item_id", item.id());
        }
        r.put("program_id", item.programId()).put("content_sha256", item.sha256())
                .put("planned_start", item.plannedStart().toString()).put("seconds_played", secondsPlayed)
                .put("outcome", outcome.wireName());
        if (item.campaignId() != null) {
            r.put("campaign_id", item.campaignId());
        }
        if (item.noticeId() != null) {
            r.put("notice_id", item.noticeId());
        }
        if (start != null) {
            r.put("actual_start", start.toString()).put("actual_end", end.toString());
        }
        if (reason != null) {
            r.put("reason", reason);
        }
        if (sound != null) {
            sound.into(r);
        }
        if (clock != null) {
            r.put("clock_offset_ms", clock.offsetMillis()).put("clock_uncertainty_ms", clock.uncertaintyMillis());
            if (start != null) {
                r.put("start_margin_ms", clock.startMarginMillis());
            }
        }
        return r.toString();
    }
}
