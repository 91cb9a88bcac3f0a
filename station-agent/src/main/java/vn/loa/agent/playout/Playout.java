package vn.loa.agent.playout;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import vn.loa.agent.AgentStore;
import vn.loa.agent.cache.MediaCache;

/**
 * Airs what is due. Every item ends in exactly one as-run record, written to the outbox before anything
 * else happens: played, or missed (its time passed while the agent was not running), or failed (no
 * verified file: a corrupt one is deleted, never aired).
 */
public final class Playout {

    private static final Logger LOG = Logger.getLogger(Playout.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AgentStore store;
    private final MediaCache cache;
    private final Sink sink;
    private final Clock clock;

    public Playout(AgentStore store, MediaCache cache, Sink sink, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.sink = sink;
        this.clock = clock;
    }

    /** Handles every item whose start has come; returns how many. */
    public int tick() {
        int handled = 0;
        for (AgentStore.Item item : store.unhandled()) {
            Instant now = clock.instant();
            if (item.plannedStart().isAfter(now)) {
                break;
            }
            handle(item, now);
            handled++;
        }
        return handled;
    }

    private void handle(AgentStore.Item item, Instant now) {
        Instant end = item.plannedStart().plusMillis(item.durationMillis());
        if (!now.isBefore(end)) {
            record(item, "missed", "Agent không chạy vào giờ phát / the agent was not running", null, null, 0);
            return;
        }
        try {
            if (!cache.verified(item.sha256())) {
                record(item, "failed", "Thiếu tệp hoặc tệp hỏng, sẽ tải lại / file missing or corrupt, fetched again", null,
                        null, 0);
                return;
            }
            double played = sink.play(cache.path(item.sha256()), item.programId(), item.plannedStart(), now,
                    item.durationMillis());
            Instant finished = now.plusMillis(Math.round(played * 1000));
            String outcome = played * 1000 >= item.durationMillis() * 0.95 ? "played" : "partial";
            record(item, outcome, null, now, finished, played);
            LOG.info("[playout] " + outcome + " item " + item.id() + " program " + item.programId());
        } catch (IOException e) {
            record(item, "failed", "Lỗi thiết bị âm thanh / audio device failure: " + e.getMessage(), null, null, 0);
        }
    }

    private void record(AgentStore.Item item, String outcome, String reason, Instant start, Instant end, double seconds) {
        store.record(item.id(), sequence -> {
            ObjectNode r = JSON.createObjectNode().put("sequence", sequence).put("item_id", item.id())
                    .put("program_id", item.programId()).put("content_sha256", item.sha256())
                    .put("planned_start", item.plannedStart().toString()).put("seconds_played", seconds)
                    .put("outcome", outcome);
            if (start != null) {
                r.put("actual_start", start.toString()).put("actual_end", end.toString());
            }
            if (reason != null) {
                r.put("reason", reason);
            }
            return r.toString();
        }, clock.instant());
    }
}
