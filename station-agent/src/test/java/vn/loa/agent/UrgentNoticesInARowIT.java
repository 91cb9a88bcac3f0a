package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.outbox;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;

/**
 * Ten "as soon as possible" urgent notices in a row to a real agent, in real time: most cut into a
 * program that is airing, and the first notice of each of three recordings finds its audio not yet on
 * the PC (uploaded after the agent synced). Every one airs, within 10 seconds of being issued, and the
 * dashboard's figures are the records' figures.
 */
class UrgentNoticesInARowIT {

    private static final int NOTICES = 10;

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(1);

    @Test
    void tenNoticesInARowEachAirWithinTenSecondsAndTheDashboardCountsWhatAired() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 3, 20.0, 91, 92, 93);
        Identity identity = station.enrol(bench.agentData);
        try (Agent agent = bench.agent(identity, 1L << 30)) {
            agent.syncOnce();
            bench.clock.jumpTo(unhandled(bench.agentData).get(0).plannedStart().minusSeconds(2));
            agent.start();
            Api admin = bench.scheduler.admin();
            List<JsonObject> clips = new ArrayList<>();
            for (int seed = 94; seed <= 96; seed++) {
                clips.add(AiringStation.approved(admin, "Thông báo khẩn số " + seed + ": nước sông dâng cao", 4, seed));
            }
            Map<Long, Instant> issued = new LinkedHashMap<>();
            for (int i = 0; i < NOTICES; i++) {
                JsonObject clip = clips.get(i % clips.size());
                if (i < clips.size()) {
                    assertFalse(Files.exists(bench.agentData.resolve("cache").resolve(clip.getJsonObject("rendition")
                            .getString("sha256") + ".mp3")), "the first notice with this recording finds no audio on the PC");
                }
                Instant at = bench.clock.instant();
                long id = Fixtures.expect(admin.post("/api/v1/notices", new JsonObject().put("title", "Lũ trên sông Cầu, lần " + (i + 1))
                        .put("program_id", clip.getLong("id")).put("issued_by_unit_code", Fixtures.DISTRICT)
                        .put("target_stations", new JsonArray().add(station.station))), 201).json().getLong("id");
                issued.put(id, at);
                Thread.sleep(6000);
            }
            waitUntil("every notice airs", 30, () -> notices(outbox(bench.agentData)).size() >= NOTICES);
            agent.syncOnce();

            List<JsonNode> records = outbox(bench.agentData);
            List<JsonNode> notices = notices(records);
            assertEquals(NOTICES, notices.size(), notices.toString());
            for (JsonNode n : notices) {
                assertEquals("played", n.get("outcome").asText(), n.toString());
                Duration late = Duration.between(issued.get(n.get("notice_id").asLong()), Instant.parse(n.get("actual_start").asText()));
                assertTrue(late.toMillis() <= 10_000, "notice " + n.get("notice_id") + " aired " + late.toMillis() + " ms after it was issued");
            }
            assertEquals(issued.keySet(), new LinkedHashSet<>(notices.stream().map(n -> n.get("notice_id").asLong()).toList()));
            long cutIn = records.stream().filter(r -> r.path("outcome").asText().equals("interrupted")).count();
            assertTrue(cutIn >= 3, "most notices cut into a program: " + cutIn);

            // the dashboard counts exactly what the records say
            JsonObject today = Fixtures.expect(admin.get("/api/v1/reports/today"), 200).json();
            for (String outcome : new String[] {"played", "partial", "interrupted", "missed", "failed"}) {
                assertEquals(records.stream().filter(r -> r.get("outcome").asText().equals(outcome)).count(),
                        (long) today.getJsonObject("outcomes").getInteger(outcome), outcome + ": " + today.encode());
            }
            JsonArray progress = today.getJsonArray("notices");
            assertEquals(NOTICES, progress.size());
            progress.forEach(p -> assertEquals(1, ((JsonObject) p).getInteger("played"), ((JsonObject) p).encode()));
            JsonArray listed = Fixtures.expect(admin.get("/api/v1/notices"), 200).json().getJsonArray("items");
            assertEquals(NOTICES, listed.size());
            listed.forEach(n -> assertEquals(1, ((JsonObject) n).getJsonObject("progress").getInteger("played"),
                    ((JsonObject) n).encode()));
        }
    }

    private static List<JsonNode> notices(List<JsonNode> records) {
        return records.stream().filter(r -> r.hasNonNull("notice_id")).toList();
    }
}
