package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.TODAY;
import static vn.loa.agent.AiringStation.outbox;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.store.Item;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;

/**
 * The day the issue was about, with the real scheduler and a real agent: three programs air, a second
 * campaign is published in the middle of the window, an urgent notice is issued and cancelled while it
 * is on air. Afterwards the log holds exactly one record per airing, each with its true cause; what
 * was published before the publication is exactly as it was; unchanged future items kept their ids; the
 * new campaign's target counts only from the windows that opened after it was published ("today" is a
 * Saturday: the station's only window is at 06:00).
 */
class WhatAiredStaysAiredIT {

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(1);

    @Test
    void aMidDayCampaignAndACancelledNoticeLeaveThePastAndTheLogAsTheyWere() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 4.0, 81, 82, 83);
        Api admin = station.admin;
        long later = AiringStation.approved(admin, "Hướng dẫn tiêm phòng cho gia súc", 4, 84).getLong("id");
        long noticeProgram = AiringStation.approved(admin, "Thông báo cắt điện khẩn cấp", 16, 85).getLong("id");
        Identity identity = station.enrol(bench.agentData);
        try (Agent agent = bench.agent(identity, 1L << 30)) {
            agent.syncOnce();
            List<Item> first = unhandled(bench.agentData).subList(0, 3);
            bench.clock.jumpTo(first.get(0).plannedStart().minusSeconds(2));
            agent.start();
            waitUntil("this morning's three programs air", 40, () -> outbox(bench.agentData).size() >= 3);
            admin = bench.scheduler.admin();

            JsonArray before = schedule(admin, station.station);
            Instant publishedAt = bench.clock.instant();
            long campaign = Fixtures.expect(admin.post("/api/v1/campaigns", new JsonObject().put("name", "Tiêm phòng mùa đông")
                    .put("owner_unit_code", Fixtures.DISTRICT).put("period_start", TODAY.minusDays(7).toString())
                    .put("period_end", TODAY.plusDays(30).toString()).put("priority", "filler")
                    .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                    .put("target_stations", new JsonArray().add(station.station))
                    .put("program_ids", new JsonArray().add(later))), 201).json().getLong("id");
            Fixtures.expect(admin.post("/api/v1/campaigns/" + campaign + "/publish", new JsonObject()), 200);

            long notice = Fixtures.expect(admin.post("/api/v1/notices", new JsonObject().put("title", "Cắt điện toàn xã từ 7 giờ")
                    .put("program_id", noticeProgram).put("issued_by_unit_code", Fixtures.DISTRICT)
                    .put("target_stations", new JsonArray().add(station.station))), 201).json().getLong("id");
            waitUntil("the notice is on air", 15, () -> onAir(bench.agentData));
            Thread.sleep(2000);
            JsonObject cancelled = Fixtures.expect(admin.post("/api/v1/notices/" + notice + "/cancel", new JsonObject()), 200).json();
            assertEquals(1, cancelled.getInteger("stations"));
            waitUntil("the notice stops", 10, () -> outbox(bench.agentData).size() >= 4);
            assertEquals(409, admin.post("/api/v1/notices/" + notice + "/cancel", new JsonObject()).status(), "cancelled once");
            agent.syncOnce();

            // one record per airing, each with its cause: nothing aired is "missed", nothing cut without a reason
            List<JsonNode> records = outbox(bench.agentData);
            assertEquals(4, records.size(), records.toString());
            Set<Long> aired = records.subList(0, 3).stream().map(r -> r.get("item_id").asLong()).collect(Collectors.toSet());
            assertEquals(first.stream().map(Item::id).collect(Collectors.toSet()), aired);
            records.subList(0, 3).forEach(r -> assertEquals("played", r.get("outcome").asText(), r.toString()));
            JsonNode cut = records.get(3);
            assertEquals("interrupted", cut.get("outcome").asText(), cut.toString());
            assertEquals(notice, cut.get("notice_id").asLong());
            assertTrue(cut.get("reason").asText().contains("đã bị huỷ"), cut.toString());
            JsonArray log = Fixtures.expect(admin.get("/api/v1/reports/as-run?station_id=" + station.station + "&from=" + TODAY
                    + "&to=" + TODAY), 200).json().getJsonArray("items");
            assertEquals(4, log.size(), log.encode());
            assertFalse(log.encode().contains("\"missed\""), log.encode());

            // what was published before the publication is exactly as it was; unchanged items kept their ids
            JsonArray after = schedule(admin, station.station);
            Map<Long, JsonObject> afterById = byId(after);
            int pastItems = 0;
            int keptFuture = 0;
            for (Object o : before) {
                JsonObject item = (JsonObject) o;
                if (Instant.parse(item.getString("planned_start")).isBefore(publishedAt)) {
                    assertEquals(item, afterById.get(item.getLong("id")), "published before: " + item.encode());
                    pastItems++;
                } else if (item.getString("day").equals(TODAY.plusDays(1).toString())) {
                    assertEquals(item.getString("planned_start"), afterById.get(item.getLong("id")).getString("planned_start"),
                            "tomorrow's airing of the first campaign did not move and kept its id: " + item.encode());
                    keptFuture++;
                }
            }
            assertEquals(3, pastItems);
            assertEquals(3, keptFuture);
            assertTrue(after.stream().map(JsonObject.class::cast).anyMatch(i -> Long.valueOf(campaign).equals(i.getLong("campaign_id"))
                    && i.getString("day").equals(TODAY.toString())), "the new campaign still airs later in today's window");
            JsonObject followed = Fixtures.expect(admin.get("/api/v1/notices/" + notice), 200).json();
            assertEquals("cut", followed.getJsonArray("airings").getJsonObject(0).getString("status"), followed.encode());
            assertTrue(followed.getString("cancelled_at") != null);
        }

        // the new campaign's period began a week ago, but its target counts only from the windows that opened
        // after it was published: not this morning's (already open), nor the week before; from tomorrow's
        JsonObject today = compliance(admin(), campaign(admin(), "Tiêm phòng mùa đông"));
        assertEquals(0, today.getInteger("targeted"), "a window already open at publication is not planned, not missed");
        assertNull(today.getValue("compliance"));
        bench.clock.jumpTo(AiringStation.today(7, 0, 0).plusSeconds(86_400));
        JsonObject tomorrow = compliance(admin(), campaign(admin(), "Tiêm phòng mùa đông"));
        assertEquals(1, tomorrow.getInteger("targeted"), tomorrow.encode());
        JsonObject first = compliance(admin(), campaign(admin(), "Tuyên truyền phòng chống bão"));
        assertEquals(6, first.getInteger("targeted"), "published today at 05:00: today and tomorrow, not yesterday");
        assertEquals(3, first.getInteger("achieved"));
    }

    private Api admin() {
        return bench.scheduler.admin();
    }

    private static JsonArray schedule(Api admin, long station) {
        return Fixtures.expect(admin.get("/api/v1/stations/" + station + "/schedule?from=" + TODAY + "&to=" + TODAY.plusDays(1)),
                200).items();
    }

    private static Map<Long, JsonObject> byId(JsonArray items) {
        Map<Long, JsonObject> map = new HashMap<>();
        items.forEach(o -> map.put(((JsonObject) o).getLong("id"), (JsonObject) o));
        return map;
    }

    private static long campaign(Api admin, String name) {
        return Fixtures.expect(admin.get("/api/v1/campaigns"), 200).json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow().getLong("id");
    }

    private static JsonObject compliance(Api admin, long campaign) {
        return Fixtures.expect(admin.get("/api/v1/reports/compliance?campaign_id=" + campaign), 200).json();
    }

    /** Whether the agent has an airing on air now (its "on air" mark). */
    private static boolean onAir(Path agentData) {
        try (AgentStore store = AgentStore.open(agentData)) {
            return store.state().get("on_air").isPresent();
        }
    }
}
