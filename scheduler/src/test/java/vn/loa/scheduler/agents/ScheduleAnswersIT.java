package vn.loa.scheduler.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestPostgres;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * An agent's poll of an unchanged schedule is answered "unchanged" from what the server remembers (issue 21),
 * and whatever its answer is made of, changed by anyone in any way, reaches the very next poll.
 */
class ScheduleAnswersIT {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 23 November 2026, 00:30 in Hà Nội. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final MutableClock clock = new MutableClock(TODAY.atTime(0, 30).atZone(HCM).toInstant());

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.with(clock, Map.of("LOA_HTTP_TOKEN_CACHE_SECONDS", "1"));
    private Api admin;
    private Api agent;
    private long station;
    private long program;

    @BeforeEach
    void world() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        agent = scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), station));
        program = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống rét cho trâu bò", 31).getLong("id");
        JsonObject campaign = new JsonObject().put("name", "Tuyên truyền mùa đông").put("owner_unit_code", Fixtures.DISTRICT)
                .put("period_start", TODAY.minusDays(1).toString()).put("period_end", TODAY.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT)).put("program_ids", new JsonArray().add(program));
        long id = expect(admin.post("/api/v1/campaigns", campaign), 201).json().getLong("id");
        expect(admin.post("/api/v1/campaigns/" + id + "/publish", new JsonObject()), 200);
    }

    private String schedule() {
        return "/api/v1/stations/" + station + "/schedule";
    }

    /** Polls with {@code etag}; asserts a new answer came and returns it. */
    private Api.Reply changedSince(String etag, String why) {
        Api.Reply reply = agent.get(schedule(), "If-None-Match", etag);
        assertEquals(200, reply.status(), why);
        assertNotEquals(etag, reply.header("ETag"), why);
        return reply;
    }

    /** The agents' calls skip the library's validator when valid (QuickValidation): what it refused, it still refuses. */
    @Test
    void theAgentsCallsTakeWhatTheContractTakesAndRefuseTheRest() {
        String changes = schedule() + "/changes";
        String version = expect(agent.get(changes + "?wait=0"), 200).json().getString("version");
        expect(agent.get(changes + "?wait=0&after=" + version), 200);
        expect(agent.get(schedule() + "?from=" + TODAY + "&to=" + TODAY.plusDays(2)), 200);
        expect(agent.get("/api/v1/time"), 200);
        expect(agent.get("/api/v1/media/" + "0".repeat(64)), 404);
        Map<String, String> refused = Map.of(changes + "?wait=56", "wait", changes + "?wait=-1", "wait",
                changes + "?wait=soon", "wait", changes + "?wait=0&after=" + "v".repeat(41), "after",
                schedule() + "?from=7-12-2026", "from", schedule() + "?to=" + TODAY + "T00:00", "to",
                "/api/v1/stations/0/schedule", "id", "/api/v1/media/" + "A".repeat(64), "sha256",
                "/api/v1/media/" + "0".repeat(63), "sha256");
        refused.forEach((path, parameter) -> {
            Api.Reply reply = agent.get(path);
            assertEquals(400, reply.status(), path + ": " + reply);
            assertTrue(reply.json().getJsonObject("error").getString("message").contains("tham số '" + parameter + "'"),
                    path + ": " + reply);
        });
    }

    @Test
    void everyChangeToWhatTheAnswerHoldsReachesTheNextPoll() {
        Api.Reply first = expect(agent.get(schedule()), 200);
        String etag = first.header("ETag");
        assertEquals(304, agent.get(schedule(), "If-None-Match", etag).status(), "nothing changed");
        assertEquals(304, agent.get(schedule(), "If-None-Match", etag).status(), "still nothing, now from memory");

        expect(admin.put("/api/v1/programs/" + program, new JsonObject().put("title", "Chống rét cho đàn trâu, bò")), 200);
        Api.Reply renamed = changedSince(etag, "a program renamed changes no plan, yet the agent shows the new title");
        assertEquals("Chống rét cho đàn trâu, bò", renamed.items().getJsonObject(0).getString("program_title"));
        etag = renamed.header("ETag");
        assertEquals(304, agent.get(schedule(), "If-None-Match", etag).status());

        expect(admin.put("/api/v1/stations/" + station + "/fallback",
                new JsonObject().put("program_ids", new JsonArray().add(program))), 200);
        Api.Reply fallback = changedSince(etag, "the station's fallback playlist");
        assertEquals(program, fallback.json().getJsonArray("fallback").getJsonObject(0).getLong("program_id"));
        etag = fallback.header("ETag");

        expect(admin.put("/api/v1/stations/" + station, Fixtures.station("CB-01273", Fixtures.COMMUNE)
                .put("windows", new JsonArray().add(Fixtures.window("05:30", "06:30", Fixtures.EVERY_DAY)))), 200);
        Api.Reply windows = changedSince(etag, "the station's windows");
        assertEquals("05:30", windows.json().getJsonArray("windows").getJsonObject(0).getString("start"));
        etag = windows.header("ETag");
        assertEquals(304, agent.get(schedule(), "If-None-Match", etag).status());

        clock.advance(Duration.ofDays(1));
        Api.Reply tomorrow = changedSince(etag, "at the station's midnight its schedule starts a day later");
        assertEquals(TODAY.plusDays(1).toString(), tomorrow.json().getString("from"));
    }

    @Test
    void aTokenRevokedByAnotherInstanceStopsWorkingWithinTheCacheTime() throws Exception {
        String etag = expect(agent.get(schedule()), 200).header("ETag");
        // another scheduler on the same store (or a command) revokes it: this one never hears of it
        try (Connection c = TestScheduler.connectDirectly(scheduler.dataDir());
             Statement s = c.createStatement()) {
            if (!TestPostgres.inUse()) {
                s.execute("PRAGMA busy_timeout = 5000");
            }
            assertTrue(s.executeUpdate("UPDATE station_credential SET revoked_at = '2026-11-22T17:31:00Z'"
                    + " WHERE kind = 'token' AND revoked_at IS NULL") >= 1);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        do {
            Thread.sleep(100);
            // the poll answered from memory is the one call that trusts a token looked up a moment ago
            status = agent.get(schedule(), "If-None-Match", etag).status();
        } while (status != 401 && System.nanoTime() < deadline);
        assertEquals(401, status, "refused once the cached lookup is older than http.token-cache-seconds (1 s here)");
        assertTrue(System.nanoTime() < deadline);
    }
}
