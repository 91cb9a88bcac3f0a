package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.TestScheduler;

/** {@code /metrics}: what an operator's Prometheus reads, from this machine only. */
class MetricsIT {

    /** Monday 23 November 2026, 08:00 in Hà Nội. */
    private static final Instant NOW = java.time.LocalDate.of(2026, 11, 23).atTime(8, 0)
            .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.with(new MutableClock(NOW), Map.of("LOA_SERVER_TRUSTED_PROXIES", "127.0.0.1"));

    @Test
    void prometheusReadsRequestsPerOperationRecordsStoredAgentsHeardPollsHeldTheStoreAndTheJobs() {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        long station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json()
                .getLong("id");
        Api agent = scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), station));
        expect(agent.post("/api/v1/stations/" + station + "/heartbeats", new JsonObject().put("agent_version", "1.0")), 200);
        JsonArray records = new JsonArray();
        for (int sequence = 1; sequence <= 3; sequence++) {
            Instant start = NOW.minusSeconds(3600L * sequence);
            records.add(new JsonObject().put("sequence", sequence).put("outcome", "played").put("seconds_played", 180.0)
                    .put("planned_start", start.toString()).put("actual_start", start.toString())
                    .put("actual_end", start.plusSeconds(180).toString()));
        }
        expect(agent.post("/api/v1/stations/" + station + "/as-run", new JsonObject().put("records", records)), 200);
        // sent again, as an agent does when the answer was lost: acknowledged, not counted twice
        expect(agent.post("/api/v1/stations/" + station + "/as-run", new JsonObject().put("records", records)), 200);

        // the new station's first re-plan runs a few seconds after it was created
        String text = Eventually.value("the first re-plan counted", Duration.ofSeconds(20), Duration.ofMillis(200), () -> {
            String now = expect(scheduler.api().get("/metrics"), 200).text();
            return now.contains("loa_jobs_runs_total{job=\"replan\"}") ? Optional.of(now) : Optional.empty();
        });
        assertEquals(2.0, value(text, "loa_http_requests_seconds_count{operation=\"postAsRunRecords\",status=\"2xx\"}"));
        assertEquals(1.0, value(text, "loa_http_requests_seconds_count{operation=\"postHeartbeat\",status=\"2xx\"}"));
        assertEquals(3.0, value(text, "loa_asrun_records_stored_total"), "a record sent again is not counted twice");
        assertEquals(1.0, value(text, "loa_agents_heard"));
        assertEquals(0.0, value(text, "loa_longpolls_held"));
        assertTrue(value(text, "loa_store_connections{state=\"idle\"}") >= 1, text);
        assertTrue(value(text, "loa_jobs_runs_total{job=\"replan\"}") >= 1, text);
        assertTrue(value(text, "loa_http_connections") >= 1, "this very request's connection at least");
        assertTrue(text.contains("jvm_memory_used_bytes"), "and the JVM's");

        Api.Reply fromOutside = scheduler.api().get("/metrics", "X-Forwarded-For", "203.0.113.7");
        assertEquals(403, fromOutside.status(), "forwarded by the trusted proxy from elsewhere: " + fromOutside);
    }

    private static double value(String text, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        assertTrue(m.find(), series + " not in:\n" + text);
        return Double.parseDouble(m.group(1));
    }
}
