package vn.loa.scheduler.relays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.media.FfmpegLocator;
import vn.loa.media.LiveStream;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * Relay sources and slots over the real API, against a real live MP3 stream on loopback: a stream that is not
 * one is refused where the server can tell, a slot's relays are published in its stations' days with programs
 * packed around them, conflicts are refused with the station named, and an agent's relay record is taken.
 */
class RelaysIT {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Monday 23 November 2026, 05:00 in Hà Nội. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);
    private final MutableClock clock = new MutableClock(TODAY.atTime(5, 0).atZone(HCM).toInstant());

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);
    @TempDir
    Path tmp;
    private LiveStream stream;
    private Api admin;
    private Api planner;
    private long station;
    private long other;

    @BeforeEach
    void world() throws IOException {
        stream = LiveStream.start(FfmpegLocator.locate(null, tmp), "vov1.mp3");
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        planner = scheduler.as("kehoach.040", Role.PLANNER, Fixtures.DISTRICT);
        station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        other = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01279", Fixtures.OTHER_COMMUNE)
                .put("name", "Đài truyền thanh xã Hưng Đạo")), 201).json().getLong("id");
    }

    @AfterEach
    void stopStream() {
        stream.close();
    }

    private JsonObject source(String name, String url, boolean check) {
        return new JsonObject().put("owner_code", Fixtures.DISTRICT).put("name", name).put("url", url).put("check_stream", check);
    }

    private JsonObject slot(long sourceId, String start, int minutes, String... days) {
        return new JsonObject().put("source_id", sourceId).put("start", start).put("duration_minutes", minutes)
                .put("weekdays", new JsonArray(List.of((Object[]) days))).put("first_day", TODAY.toString());
    }

    private Api agentOf(long stationId) {
        return scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), stationId));
    }

    /** The record an agent writes of today's first relay: from its start, {@code seconds} of the stream heard. */
    private JsonObject relayRecord(Api agent, long stationId, long sourceId, String outcome, double seconds) {
        JsonObject today = expect(agent.get("/api/v1/stations/" + stationId + "/schedule?from=" + TODAY + "&to=" + TODAY), 200)
                .json();
        JsonObject relay = today.getJsonArray("relays").getJsonObject(0);
        Instant start = Instant.parse(relay.getString("planned_start"));
        return new JsonObject().put("sequence", 1).put("relay_id", relay.getLong("id")).put("relay_source_id", sourceId)
                .put("planned_start", start.toString()).put("actual_start", start.toString())
                .put("actual_end", start.plusMillis(relay.getLong("duration_ms")).toString()).put("seconds_played", seconds)
                .put("outcome", outcome).put("dropouts", 0).put("dropout_seconds", 0.0);
    }

    /** The server's test of a stream, tried again for a few seconds (an HLS playlist appears with its first segment). */
    private JsonObject triedUntilAudio(String url) {
        JsonObject tried = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            tried = expect(admin.post("/api/v1/relay-sources/test", new JsonObject().put("url", url)), 200).json();
            if (tried.getBoolean("audio")) {
                return tried;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(url + " never tried as audio: " + tried.encode());
    }

    @Test
    void aStreamThatIsNotOneIsRefusedWithTheReasonAndARealOneIsNamed() throws IOException {
        HttpServer pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pages.createContext("/", ex -> {
            byte[] page = "<html><body>Trang chủ Đài Tiếng nói Việt Nam</body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        pages.start();
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String page = "http://127.0.0.1:" + pages.getAddress().getPort() + "/vov1";
            JsonObject notUrl = assertError(admin.post("/api/v1/relay-sources", source("VOV1", "vov1 trực tiếp", true)), 400,
                    "invalid_input");
            assertTrue(notUrl.encode().contains("url"), notUrl.encode());
            assertError(admin.post("/api/v1/relay-sources", source("VOV1", "ftp://vov.vn/vov1.mp3", true)), 400, "invalid_input");
            JsonObject html = assertError(admin.post("/api/v1/relay-sources", source("VOV1", page, true)), 400, "invalid_input");
            assertTrue(html.encode().contains("trang web"), html.encode());
            JsonObject mute = assertError(admin.post("/api/v1/relay-sources",
                    source("VOV1", "http://127.0.0.1:" + silent.getLocalPort() + "/vov1.mp3", true)), 400, "invalid_input");
            assertTrue(mute.encode().contains("không trả lời"), mute.encode());
            assertEquals(0, expect(admin.get("/api/v1/relay-sources"), 200).items().size(), "nothing refused was stored");

            JsonObject tried = expect(admin.post("/api/v1/relay-sources/test", new JsonObject().put("url", stream.url("vov1.mp3"))),
                    200).json();
            assertTrue(tried.getBoolean("audio"), tried.encode());
            assertEquals("mp3", tried.getString("format"));
            assertFalse(expect(admin.post("/api/v1/relay-sources/test", new JsonObject().put("url", page)), 200).json()
                    .getBoolean("audio"));
            try (LiveStream aac = LiveStream.start(FfmpegLocator.locate(null, tmp), "vtv.aac");
                 LiveStream hls = LiveStream.start(FfmpegLocator.locate(null, tmp), "vov1.m3u8")) {
                assertEquals("aac", triedUntilAudio(aac.url("vtv.aac")).getString("format"));
                assertEquals("hls", triedUntilAudio(hls.url("vov1.m3u8")).getString("format"));
            }

            JsonObject made = expect(admin.post("/api/v1/relay-sources", source("Tiếp âm VOV1", stream.url("vov1.mp3"), true)),
                    201).json();
            assertEquals("Tiếp âm VOV1", made.getString("name"));
            // a source on the air only at its relay times is named without trying it
            expect(admin.post("/api/v1/relay-sources", source("Đài PT-TH Cao Bằng", "http://127.0.0.1:"
                    + silent.getLocalPort() + "/caobang", false)), 201);
            assertEquals(2, expect(planner.get("/api/v1/relay-sources"), 200).items().size());
            assertTrue(expect(admin.get("/api/v1/audit"), 200).items().stream().map(JsonObject.class::cast)
                    .anyMatch(e -> e.getString("action").equals("relay_source.create")));
        } finally {
            pages.stop(0);
        }
    }

    @Test
    void aSlotIsPublishedInItsStationsDaysAndConflictsAreNamed() {
        long program = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống rét cho trâu bò", 41).getLong("id");
        long vov = expect(admin.post("/api/v1/relay-sources", source("Tiếp âm VOV1", stream.url("vov1.mp3"), false)
                .put("fallback_program_id", program)), 201).json().getLong("id");
        JsonObject made = expect(planner.post("/api/v1/relay-slots", slot(vov, "17:00", 30, "MON", "TUE", "WED", "THU", "FRI")
                .put("scope_code", Fixtures.DISTRICT)), 201).json();
        assertEquals("17:30", made.getString("end"));

        for (long s : new long[] {station, other}) {
            JsonObject day = expect(admin.get("/api/v1/stations/" + s + "/schedule?from=" + TOMORROW + "&to=" + TOMORROW), 200).json();
            JsonArray relays = day.getJsonArray("relays");
            assertEquals(1, relays.size(), day.encode());
            JsonObject relay = relays.getJsonObject(0);
            assertEquals(TOMORROW.atTime(17, 0).atZone(HCM).toInstant().toString(), relay.getString("planned_start"));
            assertEquals(30 * 60_000L, relay.getLong("duration_ms"));
            assertEquals(stream.url("vov1.mp3"), relay.getString("url"));
            assertEquals(program, relay.getJsonObject("fallback").getLong("program_id"));
        }

        JsonObject overlap = assertError(planner.post("/api/v1/relay-slots", slot(vov, "17:15", 20, "FRI").put("station_id", other)),
                409, "overlaps_relay");
        assertTrue(overlap.getString("message").contains("Đài truyền thanh xã Hưng Đạo"), overlap.getString("message"));
        assertTrue(overlap.getString("message").contains("17:00–17:30"), overlap.getString("message"));
        JsonObject outside = assertError(planner.post("/api/v1/relay-slots", slot(vov, "17:00", 30, "SAT").put("station_id", station)),
                409, "outside_window");
        assertTrue(outside.getString("message").contains("T7"), outside.getString("message"));
        assertError(planner.post("/api/v1/relay-slots", slot(vov, "06:00", 45, "MON").put("station_id", station)), 409,
                "outside_window");
        assertEquals(1, expect(planner.get("/api/v1/relay-slots"), 200).items().size(), "nothing refused was stored");

        expect(planner.delete("/api/v1/relay-slots/" + made.getLong("id")), 204);
        assertEquals(0, expect(admin.get("/api/v1/stations/" + station + "/schedule?from=" + TOMORROW + "&to=" + TOMORROW), 200)
                .json().getJsonArray("relays").size(), "ended: the relays to come are withdrawn");
    }

    @Test
    void programsArePackedAroundARelayAndTheAgentsRelayRecordIsTaken() {
        long first = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống rét cho trâu bò", 41).getLong("id");
        long vov = expect(admin.post("/api/v1/relay-sources", source("Tiếp âm VOV1", stream.url("vov1.mp3"), false)), 201)
                .json().getLong("id");
        // the whole morning window relayed: the campaign's airing moves to the evening
        expect(planner.post("/api/v1/relay-slots", slot(vov, "06:00", 30, "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
                .put("station_id", station)), 201);
        long campaign = expect(admin.post("/api/v1/campaigns", new JsonObject().put("name", "Tuyên truyền mùa đông")
                .put("owner_unit_code", Fixtures.DISTRICT).put("period_start", TODAY.toString())
                .put("period_end", TODAY.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_stations", new JsonArray().add(station)).put("program_ids", new JsonArray().add(first))), 201)
                .json().getLong("id");
        expect(admin.post("/api/v1/campaigns/" + campaign + "/publish", new JsonObject()), 200);
        JsonObject day = expect(admin.get("/api/v1/stations/" + station + "/schedule?from=" + TOMORROW + "&to=" + TOMORROW), 200)
                .json();
        JsonArray items = day.getJsonArray("items");
        assertEquals(1, items.size(), day.encode());
        assertEquals("17:00", Instant.parse(items.getJsonObject(0).getString("planned_start")).atZone(HCM).toLocalTime().toString());

        Api agent = agentOf(station);
        JsonObject record = relayRecord(agent, station, vov, "played", 1780.5).put("dropouts", 1).put("dropout_seconds", 19.5);
        clock.set(TODAY.atTime(6, 31).atZone(HCM).toInstant());
        JsonObject answer = expect(agent.post("/api/v1/stations/" + station + "/as-run", new JsonObject()
                .put("records", new JsonArray().add(record).add(record.copy().put("sequence", 2).put("relay_id", 999_999)))), 200)
                .json();
        assertEquals(new JsonArray().add(1), answer.getJsonArray("acknowledged"), answer.encode());
        assertEquals("unknown_relay", answer.getJsonArray("refused").getJsonObject(0).getString("code"), answer.encode());
        long held = scheduler.store().read(r -> r.agentReports().asRunOf(station)).stream().filter(a -> a.relay() != null)
                .filter(a -> a.relay().dropouts() == 1 && a.programId() == null).count();
        assertEquals(1, held);

        // the monitoring report splits the airtime: the relay's half hour apart from the programs'
        admin = scheduler.admin(); // signed in again: the session of 05:00 has been idle too long
        JsonObject report = expect(admin.get("/api/v1/reports/monitoring?unit=" + Fixtures.DISTRICT + "&from=" + TODAY + "&to="
                + TODAY), 200).json();
        JsonObject airtime = report.getJsonObject("airtime");
        assertEquals(30, airtime.getLong("relay_minutes"), report.encode());
        assertEquals(1, airtime.getInteger("relays"));
        assertEquals(1, airtime.getInteger("relays_played"));
        assertEquals(0, report.getInteger("airings"), "a relay is no program's airing");
        String csv = expect(admin.get("/api/v1/reports/monitoring?unit=" + Fixtures.DISTRICT + "&from=" + TODAY + "&to=" + TODAY
                + "&format=csv"), 200).text();
        assertTrue(csv.contains("gồm tiếp âm 30 phút (1 buổi, 1 buổi phát trọn), chương trình 0 phút"), csv);
    }

    @Test
    void aRelaysComplianceCountsEachStationsRelaysAndTheWeekShowsThem() {
        long vov = expect(admin.post("/api/v1/relay-sources", source("Tiếp âm VOV1", stream.url("vov1.mp3"), false)), 201)
                .json().getLong("id");
        long morning = expect(planner.post("/api/v1/relay-slots", slot(vov, "06:00", 20, "MON", "TUE", "WED", "THU", "FRI")
                .put("scope_code", Fixtures.DISTRICT)), 201).json().getLong("id");
        Api hopGiang = agentOf(station);
        Api hungDao = agentOf(other);
        JsonObject heard = relayRecord(hopGiang, station, vov, "played", 1195);
        JsonObject cut = relayRecord(hungDao, other, vov, "partial", 700).put("dropouts", 3).put("dropout_seconds", 500.0);
        clock.set(TODAY.atTime(6, 25).atZone(HCM).toInstant());
        expect(hopGiang.post("/api/v1/stations/" + station + "/as-run", new JsonObject().put("records", new JsonArray().add(heard))),
                200);
        expect(hungDao.post("/api/v1/stations/" + other + "/as-run", new JsonObject().put("records", new JsonArray().add(cut))), 200);
        clock.set(TOMORROW.atTime(6, 30).atZone(HCM).toInstant()); // tomorrow's relay over, and no record of it
        expect(hungDao.post("/api/v1/stations/" + other + "/heartbeats", new JsonObject().put("agent_version", "0.1.0")), 200);

        admin = scheduler.admin();
        String ask = "/api/v1/reports/relay-compliance?source_id=" + vov + "&from=" + TODAY + "&to=" + TOMORROW.plusDays(3);
        JsonObject report = expect(admin.get(ask), 200).json();
        assertEquals(TOMORROW.toString(), report.getString("to"), "measured to today, not into the days ahead");
        assertEquals(4, report.getInteger("due"), report.encode());
        assertEquals(1, report.getInteger("played"));
        assertEquals(0.25, report.getDouble("compliance"));
        JsonObject first = report.getJsonArray("stations").getJsonObject(0);
        assertEquals(station, first.getLong("station_id"));
        assertEquals(1, first.getInteger("not_reported"));
        assertEquals("silent", first.getString("reason"), "its agent never sent a heartbeat");
        JsonObject second = report.getJsonArray("stations").getJsonObject(1);
        assertEquals(3, second.getInteger("dropouts"));
        assertEquals(1, second.getInteger("partial"));
        assertEquals(0, second.getInteger("played"));
        assertEquals(2, report.getJsonArray("below_threshold").size());

        String csv = expect(admin.get(ask + "&slot_id=" + morning + "&format=csv"), 200).text();
        assertTrue(csv.contains("Đài truyền thanh xã Hưng Đạo,2,0,\"0,0\",1,0,1,0,3,\"11,7\",Chưa báo cáo"), csv);
        assertTrue(csv.contains("Tổng cộng,4,1,\"25,0\""), csv);
        assertError(admin.get("/api/v1/reports/relay-compliance?source_id=999999"), 404, "not_found");
        assertError(admin.get("/api/v1/reports/relay-compliance?source_id=" + vov + "&slot_id=999999"), 404, "not_found");
        assertError(admin.get("/api/v1/reports/relay-compliance?source_id=tiếp-âm"), 400, "invalid_request");

        JsonObject monitoring = expect(admin.get("/api/v1/reports/monitoring?unit=" + Fixtures.DISTRICT + "&from=" + TODAY + "&to="
                + TOMORROW), 200).json();
        JsonObject line = monitoring.getJsonArray("relays").getJsonObject(0);
        assertEquals("Tiếp âm VOV1", line.getString("name"));
        assertEquals(4, line.getInteger("due"), monitoring.encode());
        assertEquals(2, line.getInteger("stations"));

        JsonObject week = expect(admin.get("/api/v1/reports/week?unit=" + Fixtures.DISTRICT + "&from=" + TODAY), 200).json();
        List<String> outcomes = new ArrayList<>();
        for (Object r : week.getJsonArray("rows")) {
            JsonObject row = (JsonObject) r;
            for (int d = 0; d < 2; d++) {
                JsonObject block = row.getJsonArray("days").getJsonObject(d).getJsonArray("blocks").getJsonObject(0);
                assertTrue(block.getBoolean("relay"), block.encode());
                assertEquals("Tiếp âm VOV1", block.getString("title"));
                outcomes.add(row.getString("code") + " " + block.getString("outcome"));
            }
        }
        assertEquals(List.of("CB-01273 played", "CB-01273 not_reported", "CB-01279 partial", "CB-01279 not_reported"), outcomes);
    }
}
