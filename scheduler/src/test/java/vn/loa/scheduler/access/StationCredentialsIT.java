package vn.loa.scheduler.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.TestScheduler;

class StationCredentialsIT {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T00:00:00Z"));

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);
    private Api admin;
    private long stationA;
    private long stationB;

    @BeforeEach
    void stations() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        stationA = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        stationB = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01279", Fixtures.OTHER_COMMUNE)), 201).json().getLong("id");
    }

    private String code(long station) {
        return expect(admin.post("/api/v1/stations/" + station + "/enrolment-codes", new JsonObject()), 201).json().getString("code");
    }

    private Api.Reply enrol(String code) {
        return scheduler.api().post("/api/v1/agent/enrol", new JsonObject().put("code", code));
    }

    private Api agent(long station) {
        return scheduler.api().withToken(expect(enrol(code(station)), 200).json().getString("token"));
    }

    private static JsonObject records(long... sequences) {
        JsonArray list = new JsonArray();
        for (long s : sequences) {
            list.add(new JsonObject().put("sequence", s).put("outcome", "played").put("seconds_played", 240.5)
                    .put("actual_start", "2026-11-22T23:00:00Z").put("actual_end", "2026-11-22T23:04:00Z"));
        }
        return new JsonObject().put("records", list);
    }

    @Test
    void anEnrolmentCodeWorksOnceReadAloudInAnyCase() {
        String code = code(stationA);
        JsonObject enrolled = expect(enrol(code.toLowerCase().replace("-", " ")), 200).json();
        assertTrue(enrolled.getString("token").startsWith("loa_st_"));
        assertEquals("CB-01273", enrolled.getJsonObject("station").getString("code"));
        assertError(enrol(code), 401, "enrolment_code_used");
        assertError(enrol("KHÔNG-PHẢI-MÃ"), 401, "enrolment_code_invalid");
    }

    @Test
    void anEnrolmentCodeDoesNotWorkAfterItExpires() {
        String code = code(stationA);
        clock.advance(Duration.ofHours(73));
        JsonObject error = assertError(enrol(code), 401, "enrolment_code_expired");
        assertTrue(error.getString("message").contains("hết hạn"));
    }

    @Test
    void stationATokenCannotReadBsScheduleNorPostBsRecords() {
        Api a = agent(stationA);
        expect(a.get("/api/v1/stations/" + stationA + "/schedule"), 200);
        assertError(a.get("/api/v1/stations/" + stationB + "/schedule"), 403, "out_of_scope");
        assertError(a.get("/api/v1/stations/" + stationB), 403, "out_of_scope");
        assertError(a.post("/api/v1/stations/" + stationB + "/as-run", records(1)), 403, "out_of_scope");
        assertError(a.post("/api/v1/stations/" + stationB + "/heartbeats", new JsonObject().put("agent_version", "x")), 403,
                "out_of_scope");
        assertError(a.get("/api/v1/stations"), 403, "forbidden");
        assertEquals(0, (int) scheduler.store().read(r -> r.stations().countAsRunRecords(stationB)));
    }

    @Test
    void asRunRecordsAreStoredOnceHoweverOftenTheyArrive() {
        Api a = agent(stationA);
        JsonObject first = expect(a.post("/api/v1/stations/" + stationA + "/as-run", records(1, 2, 3)), 200).json();
        assertEquals(3, first.getInteger("stored"));
        JsonObject again = expect(a.post("/api/v1/stations/" + stationA + "/as-run", records(2, 3, 4)), 200).json();
        assertEquals(new JsonArray().add(2).add(3).add(4), again.getJsonArray("acknowledged"));
        assertEquals(1, again.getInteger("stored"));
        assertEquals(4, (int) scheduler.store().read(r -> r.stations().countAsRunRecords(stationA)));

        expect(a.post("/api/v1/stations/" + stationA + "/as-run", records(7)), 200);
        JsonObject asRun = expect(admin.get("/api/v1/stations/" + stationA), 200).json().getJsonObject("as_run");
        assertEquals(5, asRun.getInteger("received"));
        assertEquals(7, asRun.getLong("last_sequence"));
        assertEquals(new JsonArray().add(5).add(6), asRun.getJsonArray("not_reported_yet"), "the gap is visible");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        Api a = agent(stationA);
        expect(a.get("/api/v1/stations/" + stationA + "/schedule"), 200);
        JsonArray credentials = expect(admin.get("/api/v1/stations/" + stationA + "/credentials"), 200).items();
        long token = credentials.stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("kind").equals("token")).findFirst().orElseThrow().getLong("id");
        expect(admin.delete("/api/v1/stations/" + stationA + "/credentials/" + token), 204);
        assertError(a.get("/api/v1/stations/" + stationA + "/schedule"), 401, "unauthenticated");
    }

    @Test
    void rotatingOrReEnrollingRetiresTheOldToken() {
        Api a = agent(stationA);
        String rotated = expect(a.post("/api/v1/agent/token", new JsonObject()), 200).json().getString("token");
        assertError(a.get("/api/v1/stations/" + stationA + "/schedule"), 401, "unauthenticated");
        Api b = scheduler.api().withToken(rotated);
        expect(b.get("/api/v1/stations/" + stationA + "/schedule"), 200);

        Api newPc = agent(stationA);
        assertError(b.get("/api/v1/stations/" + stationA + "/schedule"), 401, "unauthenticated");
        expect(newPc.get("/api/v1/stations/" + stationA + "/schedule"), 200);
    }

    @Test
    void scheduleAnswersNotModifiedForTheSameEtagAndHeartbeatReturnsServerTime() {
        Api a = agent(stationA);
        Api.Reply first = expect(a.get("/api/v1/stations/" + stationA + "/schedule"), 200);
        String etag = first.header("ETag");
        assertEquals(304, a.get("/api/v1/stations/" + stationA + "/schedule", "If-None-Match", etag).status());
        JsonObject beat = expect(a.post("/api/v1/stations/" + stationA + "/heartbeats", new JsonObject()
                .put("agent_version", "0.1.0").put("clock_offset_ms", 1500).put("free_disk_bytes", 8_000_000_000L)
                .put("audio_state", "không có card âm thanh")), 200).json();
        assertEquals(clock.instant().toString(), beat.getString("server_time"));
        assertNotEquals(etag, a.get("/api/v1/stations/" + stationA + "/schedule?from=2026-11-30").header("ETag"));
    }
}
