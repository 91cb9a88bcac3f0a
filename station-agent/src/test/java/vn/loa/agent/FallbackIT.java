package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.outbox;
import static vn.loa.agent.AiringStation.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.store.FallbackPlan;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.testing.Fixtures;

/**
 * The evergreen fallback: an agent whose link has been down longer than the published horizon does not
 * fall silent. In the station's window it airs the fallback playlist, and records each airing as
 * fallback, never as a campaign's; the server stores it so once the link is back.
 */
class FallbackIT {

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(4);

    @Test
    void anAgentWhoseScheduleRanOutAirsTheFallbackInItsWindowAndRecordsItAsFallback() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 81);
        long evergreen = AiringStation.approved(bench.scheduler.admin(), "Dân ca Tày: hát then mừng xuân", 4, 82).getLong("id");
        JsonObject set = Fixtures.expect(bench.scheduler.admin().put("/api/v1/stations/" + station.station + "/fallback",
                new JsonObject().put("program_ids", new JsonArray().add(evergreen))), 200).json();
        assertEquals(evergreen, set.getJsonArray("airs").getJsonObject(0).getLong("program_id"));

        try (Agent agent = bench.agent(station.enrol(bench.agentData), 1L << 30)) {
            agent.syncOnce();
            FallbackPlan plan;
            try (AgentStore store = AgentStore.open(bench.agentData)) {
                plan = FallbackPlan.load(store.state()).orElseThrow();
            }
            assertEquals(1, plan.programs().size());
            assertTrue(new MediaCache(bench.agentData, 1L << 30).has(plan.programs().get(0).sha256()),
                    "the fallback's audio is on the PC before it is needed");
            assertFalse(plan.windows().isEmpty());

            // the link goes down; a week and more later the schedule has run out
            bench.scheduler.stop();
            LocalDate dayAfter = plan.scheduleEnds().plusDays(1);
            bench.clock.jumpTo(dayAfter.atTime(LocalTime.of(5, 59, 50)).atZone(AiringStation.ZONE).toInstant());
            agent.start();
            waitUntil("the fallback airs in the 06:00 window", 60, () -> fallbackRecord().isPresent());
            JsonNode aired = fallbackRecord().orElseThrow();
            assertEquals("played", aired.path("outcome").asText(), aired.toString());
            assertEquals(evergreen, aired.path("program_id").asLong());
            assertTrue(aired.path("item_id").isMissingNode(), "no schedule item: " + aired);
            assertTrue(aired.path("campaign_id").isMissingNode(), "no campaign: " + aired);
            assertTrue(aired.path("reason").asText().startsWith("Phát dự phòng: lịch phát đã hết"), aired.toString());
            LocalTime start = Instant.parse(aired.path("actual_start").asText()).atZone(AiringStation.ZONE).toLocalTime();
            assertTrue(!start.isBefore(LocalTime.of(6, 0)) && start.isBefore(LocalTime.of(6, 30)), "inside the window: " + start);

            bench.scheduler.startAgain();
            waitUntil("the record reaches the server", 60, () -> {
                agent.syncOnce();
                return stored().stream().anyMatch(AsRunRecord::fallback);
            });
            AsRunRecord kept = stored().stream().filter(AsRunRecord::fallback).findFirst().orElseThrow();
            assertEquals(Long.valueOf(evergreen), kept.programId());
            assertNull(kept.campaignId(), "never counted as a campaign's airing");
            assertNull(kept.itemId());
        }
    }

    private Optional<JsonNode> fallbackRecord() {
        List<JsonNode> records = outbox(bench.agentData);
        return records.stream().filter(r -> r.path("fallback").asBoolean(false)).findFirst();
    }

    private List<AsRunRecord> stored() {
        long id = bench.scheduler.store().read(r -> r.stations().list(null)).get(0).id();
        return bench.scheduler.store().read(r -> r.agentReports().asRunOf(id));
    }
}
