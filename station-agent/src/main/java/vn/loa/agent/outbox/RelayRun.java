package vn.loa.agent.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import vn.loa.agent.store.Relay;
import vn.loa.agent.time.ClockReading;

/**
 * One relay's as-run record: how many seconds of the stream were heard, how often and how long it dropped,
 * whether the fallback aired in its place ({@code program} or {@code silence}), and the outcome (played: at
 * least 95 % of the slot heard, leaving out what an urgent notice took; partial; failed: none of it).
 *
 * @param start when the stream was first heard, or null when it never was
 */
public record RelayRun(Relay relay, Outcome outcome, String reason, Instant start, Instant end, double secondsRelayed,
                       int dropouts, double dropoutSeconds, String fallback, ClockReading clock) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String json(long sequence) {
        ObjectNode r = JSON.createObjectNode().put("sequence", sequence).put("relay_id", relay.id())
                .put("relay_source_id", relay.sourceId()).put("planned_start", relay.plannedStart().toString())
                .put("seconds_played", Math.round(secondsRelayed * 10) / 10.0).put("outcome", outcome.wireName())
                .put("dropouts", dropouts).put("dropout_seconds", Math.round(dropoutSeconds * 10) / 10.0);
        if (start != null) {
            r.put("actual_start", start.toString()).put("actual_end", end.toString());
        }
        if (fallback != null) {
            r.put("relay_fallback", fallback);
        }
        if (reason != null) {
            r.put("reason", reason);
        }
        if (clock != null) {
            r.put("clock_offset_ms", clock.offsetMillis()).put("clock_uncertainty_ms", clock.uncertaintyMillis());
        }
        return r.toString();
    }
}
