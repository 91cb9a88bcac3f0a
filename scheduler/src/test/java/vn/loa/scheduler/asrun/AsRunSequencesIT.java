package vn.loa.scheduler.asrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * As-run records from agents that are re-enrolled, confused or hostile (issue 15): nothing a station
 * sent in good faith is lost, nothing odd is stored, and no record can stall the server.
 */
class AsRunSequencesIT {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);
    private Api admin;
    private long station;

    @BeforeEach
    void station() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
    }

    private Api enrolledPc() {
        String code = expect(admin.post("/api/v1/stations/" + station + "/enrolment-codes", new JsonObject()), 201).json()
                .getString("code");
        return scheduler.api().withToken(expect(scheduler.api().post("/api/v1/agent/enrol", new JsonObject().put("code", code)),
                200).json().getString("token"));
    }

    /** A record aired an hour ago; {@code minute} tells records apart by content. */
    private static JsonObject record(long sequence, int minute) {
        Instant start = NOW.minusSeconds(3600).plusSeconds(minute * 60L);
        return new JsonObject().put("sequence", sequence).put("outcome", "played").put("seconds_played", 180.0)
                .put("planned_start", start.toString()).put("actual_start", start.toString())
                .put("actual_end", start.plusSeconds(180).toString());
    }

    private JsonObject send(Api pc, JsonObject... records) {
        return expect(pc.post("/api/v1/stations/" + station + "/as-run", new JsonObject().put("records", new JsonArray(List.of(records)))),
                200).json();
    }

    private JsonObject asRunOnStationPage() {
        return expect(admin.get("/api/v1/stations/" + station), 200).json().getJsonObject("as_run");
    }

    private int stored() {
        return scheduler.store().read(r -> r.stations().countAsRunRecords(station));
    }

    @Test
    void aRecordSaysHowWellItsStartIsKnownAndAnOlderAgentsRecordSaysNothing() {
        Api pc = enrolledPc();
        send(pc, record(1, 0).put("clock_offset_ms", 250).put("clock_uncertainty_ms", 12), record(2, 5));
        JsonArray log = expect(admin.get("/api/v1/reports/as-run?station_id=" + station + "&from=2026-11-23&to=2026-11-23"), 200)
                .items();
        JsonObject bounded = log.stream().map(JsonObject.class::cast).filter(r -> r.getLong("sequence") == 1).findFirst()
                .orElseThrow();
        JsonObject unbounded = log.stream().map(JsonObject.class::cast).filter(r -> r.getLong("sequence") == 2).findFirst()
                .orElseThrow();
        assertEquals(12, bounded.getLong("start_error_bound_ms"), bounded.encode());
        assertEquals(null, unbounded.getValue("start_error_bound_ms"), "an older agent's start error is nobody's bound: "
                + unbounded.encode());
        assertEquals(400, pc.post("/api/v1/stations/" + station + "/as-run", new JsonObject().put("records",
                new JsonArray().add(record(3, 10).put("clock_uncertainty_ms", -5)))).status(), "a negative bound is refused");
    }

    @Test
    void aStationReEnrolledOnANewPcKeepsEveryRecordOfBothPcs() {
        Api oldPc = enrolledPc();
        send(oldPc, record(1, 0), record(2, 5), record(3, 10), record(4, 15), record(6, 25), record(7, 30));

        Api newPc = enrolledPc();
        JsonObject answer = send(newPc, record(1, 40), record(2, 45), record(3, 50));
        assertEquals(3, answer.getInteger("stored"), "the new PC's first records are new, though their numbers are not");
        assertEquals(new JsonArray().add(1).add(2).add(3), answer.getJsonArray("acknowledged"));
        assertEquals(9, stored(), "the old PC's six records stay");

        JsonObject asRun = asRunOnStationPage();
        assertEquals(9, asRun.getInteger("received"));
        assertEquals(3, asRun.getLong("last_sequence"), "the newest PC's numbering");
        assertEquals(1, asRun.getLong("missing_count"));
        JsonObject gap = asRun.getJsonArray("gaps").getJsonObject(0);
        assertEquals(List.of(5L, 5L), List.of(gap.getLong("from"), gap.getLong("to")), "the old PC's record 5 is still missing");
        assertEquals(2, asRun.getJsonArray("enrolments").size());
        assertTrue(gap.getLong("enrolment") < asRun.getJsonArray("enrolments").getJsonObject(1).getLong("enrolment"));

        String rotated = expect(newPc.post("/api/v1/agent/token", new JsonObject()), 200).json().getString("token");
        Api samePc = scheduler.api().withToken(rotated);
        JsonObject resent = send(samePc, record(3, 50), record(4, 55));
        assertEquals(1, resent.getInteger("stored"), "a rotated token numbers on in the same enrolment: 3 is a resend");
        assertEquals(new JsonArray().add(3).add(4), resent.getJsonArray("acknowledged"));
        assertEquals(2, asRunOnStationPage().getJsonArray("enrolments").size());
    }

    @Test
    void theSameSequenceWithOtherContentIsRefusedAndAudited() {
        Api pc = enrolledPc();
        send(pc, record(1, 0));
        JsonObject answer = send(pc, record(1, 30), record(2, 35));
        assertEquals(new JsonArray().add(2), answer.getJsonArray("acknowledged"), "record 1 is not acknowledged again");
        JsonObject refusal = answer.getJsonArray("refused").getJsonObject(0);
        assertEquals(1, refusal.getLong("sequence"));
        assertEquals("sequence_conflict", refusal.getString("code"));
        assertTrue(refusal.getString("message").contains("giữ nguyên"), refusal.encode());
        assertEquals(2, stored());
        String held = scheduler.store().read(r -> r.agentReports().asRunOf(station).get(0).actualStart().toString());
        assertEquals(NOW.minusSeconds(3600).toString(), held, "the record first stored is the one that counts");
        JsonArray audit = expect(admin.get("/api/v1/audit"), 200).items();
        assertTrue(audit.stream().map(JsonObject.class::cast).anyMatch(e -> e.getString("action").equals("asrun.conflict")
                && e.getString("summary").contains("sequence 1")), audit.encode());
    }

    @Test
    void aSequenceFarAheadIsRefusedAndNothingWaitsOnIt() throws Exception {
        Api pc = enrolledPc();
        send(pc, record(1, 0));
        JsonObject answer = send(pc, record(9_007_199_254_740_991L, 5), record(100_002, 6), record(100_001, 7));
        assertEquals(new JsonArray().add(100_001), answer.getJsonArray("acknowledged"), "up to 100,000 ahead is accepted");
        assertEquals(List.of("sequence_too_far", "sequence_too_far"), answer.getJsonArray("refused").stream()
                .map(o -> ((JsonObject) o).getString("code")).collect(Collectors.toList()));

        // eight hostile batches at once, then everything a station and a supervisor need still answers
        List<CompletableFuture<Api.Reply>> hostile = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long far = 9_007_199_254_740_991L - i;
            hostile.add(CompletableFuture.supplyAsync(() -> pc.post("/api/v1/stations/" + station + "/as-run",
                    new JsonObject().put("records", new JsonArray().add(record(far, 8))))));
        }
        for (CompletableFuture<Api.Reply> h : hostile) {
            assertEquals(1, expect(h.get(), 200).json().getJsonArray("refused").size());
        }
        withinASecond("health", () -> scheduler.api().get("/health"));
        withinASecond("heartbeat", () -> pc.post("/api/v1/stations/" + station + "/heartbeats",
                new JsonObject().put("agent_version", "0.9")));
        withinASecond("ingest", () -> pc.post("/api/v1/stations/" + station + "/as-run",
                new JsonObject().put("records", new JsonArray().add(record(3, 9)))));
        JsonObject asRun = withinASecond("station page", () -> admin.get("/api/v1/stations/" + station)).json()
                .getJsonObject("as_run");
        assertEquals(100_001 - 3, asRun.getLong("missing_count"), "2 and 4..100,000 are missing, counted, not listed");
        assertEquals(50, asRun.getJsonArray("not_reported_yet").size());
        withinASecond("province log", () -> admin.get("/api/v1/reports/as-run?unit=" + Fixtures.PROVINCE
                + "&from=2026-11-23&to=2026-11-23"));
    }

    private static Api.Reply withinASecond(String what, Supplier<Api.Reply> call) {
        long started = System.nanoTime();
        Api.Reply reply = call.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(reply.status() < 300, what + ": " + reply);
        assertTrue(millis < 1000, what + " took " + millis + " ms");
        return reply;
    }

    @Test
    void valuesOutOfRangeAreRefusedRecordByRecord() {
        Api pc = enrolledPc();
        JsonObject huge = record(2, 0).put("seconds_played", 1e308);
        assertError(pc.post("/api/v1/stations/" + station + "/as-run", new JsonObject().put("records", new JsonArray().add(huge))),
                400, "invalid_request");
        JsonObject answer = send(pc, record(1, 0),
                record(2, 1).put("actual_start", "0000-01-01T00:00:00Z"),
                record(3, 2).put("actual_end", "9999-12-31T23:59:59Z"),
                record(4, 3).put("actual_end", NOW.minusSeconds(7200).toString()),
                record(5, 4).put("program_id", 999_999),
                record(6, 5).put("campaign_id", 999_999),
                record(7, 6).put("item_id", 999_999),
                record(8, 7).put("notice_id", 999_999),
                record(9, 8));
        assertEquals(new JsonArray().add(1).add(9), answer.getJsonArray("acknowledged"));
        assertEquals(List.of("instant_out_of_range", "instant_out_of_range", "end_before_start", "unknown_program",
                        "unknown_campaign", "unknown_item", "unknown_notice"),
                answer.getJsonArray("refused").stream().map(o -> ((JsonObject) o).getString("code")).collect(Collectors.toList()));
        answer.getJsonArray("refused").forEach(o -> assertEquals(400, ((JsonObject) o).getInteger("status")));
        assertEquals(2, stored());
        assertEquals(360.0, scheduler.store().read(r -> r.agentReports().asRunOf(station).stream()
                .mapToDouble(a -> a.secondsPlayed()).sum()));
    }

    @Test
    void heartbeatNumbersBeyondTheirRangeAreRefusedNotClamped() {
        Api pc = enrolledPc();
        for (String field : List.of("clock_offset_ms", "free_disk_bytes", "outbox_backlog", "resident_bytes",
                "clock_uncertainty_ms")) {
            String body = "{\"agent_version\":\"0.9\",\"" + field + "\":123456789012345678901234567890}";
            assertError(pc.send("POST", "/api/v1/stations/" + station + "/heartbeats", "application/json", body), 400,
                    "invalid_request");
        }
        assertTrue(scheduler.store().read(r -> r.agentReports().heartbeats(station, 10)).isEmpty());
    }
}
