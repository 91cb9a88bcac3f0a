package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.outbox;
import static vn.loa.agent.AiringStation.outcomes;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.store.Item;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;

/**
 * An urgent notice issued while a program airs reaches the online agent through its long poll, cuts the
 * program (recorded as interrupted) and airs, all within 10 seconds. Real time (rate 1): the 10 seconds
 * are the promise to the district.
 */
class UrgentNoticeIT {

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(1);

    @Test
    void anUrgentNoticeInterruptsWhatIsAiringWithinTenSeconds() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 16.0, 71);
        long noticeProgram = AiringStation.approved(station.admin, "Thông báo khẩn: bão số 3 đổ bộ", 4, 72).getLong("id");
        Identity identity = station.enrol(bench.agentData);
        try (Agent agent = bench.agent(identity, 1L << 30)) {
            agent.syncOnce();
            Item first = unhandled(bench.agentData).get(0);
            bench.clock.jumpTo(first.plannedStart().minusSeconds(2));
            Api admin = bench.scheduler.admin();
            agent.start();
            waitUntil("the program starts", 10, () -> Files.exists(bench.air.resolve("timing.log")));
            Thread.sleep(2000);

            Instant issued = bench.clock.instant();
            Fixtures.expect(admin.post("/api/v1/notices", new JsonObject().put("title", "Bão số 3 đổ bộ: sơ tán ngay")
                    .put("program_id", noticeProgram).put("issued_by_unit_code", Fixtures.DISTRICT)
                    .put("target_stations", new JsonArray().add(station.station))), 201);

            waitUntil("the program is interrupted", 10, () -> outcomes(bench.agentData).contains("interrupted"));
            JsonNode cut = outbox(bench.agentData).get(0);
            assertEquals("interrupted", cut.get("outcome").asText());
            assertEquals(first.id(), cut.get("item_id").asLong());
            Duration reached = Duration.between(issued, Instant.parse(cut.get("actual_end").asText()));
            assertTrue(reached.toMillis() <= 10_000, "interrupted " + reached.toMillis() + " ms after the notice");
            assertTrue(cut.get("seconds_played").asDouble() > 1 && cut.get("seconds_played").asDouble() < first.durationMillis() / 1000.0,
                    cut.toString());

            waitUntil("the notice airs", 20, () -> outcomes(bench.agentData).size() >= 2);
            JsonNode notice = outbox(bench.agentData).get(1);
            assertEquals(noticeProgram, notice.get("program_id").asLong(), notice.toString());
            assertEquals("played", notice.get("outcome").asText(), notice.toString());
            Duration onAir = Duration.between(issued, Instant.parse(notice.get("actual_start").asText()));
            assertTrue(onAir.toMillis() <= 10_000, "the notice was on air " + onAir.toMillis() + " ms after it was issued");
        }
    }
}
