package vn.loa.scheduler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.demo.DemoUsers;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.JarProcess;

/** The quick start's main command, run from the built jar exactly as the README says. */
class DemoCommandIT {

    @TempDir
    Path dataDir;

    @Test
    void demoServesTheProvinceAndStopsGracefullyOnSigterm() throws Exception {
        try (JarProcess demo = JarProcess.start(Map.of(), "demo", "--port", "0", "--data", dataDir.toString())) {
            String url = demo.awaitUrl(90);
            Api api = new Api(URI.create(url).getPort()).signIn("giamsat", DemoUsers.PASSWORD);

            assertEquals("ok", Fixtures.expect(api.get("/health"), 200).json().getString("status"));
            JsonArray stations = Fixtures.expect(api.get("/api/v1/stations"), 200).items();
            assertEquals(92, stations.size(), "Thái Nguyên's communes, one station each");
            for (Object s : stations) {
                assertFalse(((JsonObject) s).getJsonArray("windows").isEmpty(), s.toString());
            }
            assertTrue(Fixtures.expect(api.get("/api/v1/org-units?level=district"), 200).items().isEmpty(),
                    "no districts since July 2025");
            assertTrue(demo.output().contains("Đã nạp tỉnh mẫu Thái Nguyên"), "the log speaks Vietnamese intact:\n"
                    + demo.output());
            long choRa = Fixtures.expect(api.get("/api/v1/stations?within=01912"), 200).items().getJsonObject(0).getLong("id");
            JsonArray sites = Fixtures.expect(api.get("/api/v1/stations/" + choRa + "/sites"), 200).json().getJsonArray("items");
            assertEquals(3, sites.size(), "Xã Chợ Rã's station keeps the three old stations as its sites: " + sites.encode());

            JsonObject approved = awaitApprovedProgram(api);
            assertEquals("approved", approved.getString("status"));
            assertEquals(-16, approved.getJsonObject("rendition").getDouble("loudness_after_lufs"), 1.0);
            assertTrue(approved.getJsonObject("rendition").getLong("duration_ms") >= 180_000);

            JsonArray schedule = awaitSchedule(api, stations.getJsonObject(0).getLong("id"));
            assertTrue(schedule.getJsonObject(0).getString("reason").contains("chiến dịch"), schedule.encode());

            // the demo campaign is on the portal: its podcast feed URL is printed, and anyone can read it
            String feed = Eventually.value("the demo's podcast feed printed", Duration.ofMinutes(1), Duration.ofMillis(500),
                    () -> demo.output().lines().filter(l -> l.contains("podcast: ")).findFirst()
                            .map(l -> l.substring(l.indexOf("podcast: ") + 9).strip()));
            Api.Reply rss = Fixtures.expect(new Api(URI.create(url).getPort()).get(feed.substring(feed.indexOf("/public/"))), 200);
            assertTrue(rss.text().contains("<title>Tuyên truyền giảm nghèo về thông tin năm 2026 (Dự án 6)</title>"), rss.text());
            assertTrue(rss.text().contains("<enclosure "), "the campaign's approved programs are in it: " + rss.text());
            // and the province's fallback playlist: a demo station cut off longer than its horizon still airs
            JsonObject fallback = Eventually.value("the province's fallback playlist", Duration.ofMinutes(1), Duration.ofMillis(500),
                    () -> Optional.of(Fixtures.expect(api.get("/api/v1/stations/" + choRa + "/fallback"), 200).json())
                            .filter(f -> !f.getJsonArray("airs").isEmpty()));
            assertTrue(fallback.getJsonArray("own").isEmpty(), "inherited from the province: " + fallback.encode());

            int exit = demo.terminate(30);
            assertTrue(demo.output().contains("Đã dừng / Stopped"), "exit " + exit + ":\n" + demo.output());
        }
    }

    /** The demo campaign is published once all demo programs are in. */
    private static JsonArray awaitSchedule(Api api, long stationId) {
        return Eventually.value("a schedule published for station " + stationId, Duration.ofMinutes(3), Duration.ofMillis(500),
                () -> Optional.of(Fixtures.expect(api.get("/api/v1/stations/" + stationId + "/schedule"), 200).items())
                        .filter(items -> !items.isEmpty()));
    }

    /** Demo programs are generated and ingested in the background after start; the first takes a few seconds. */
    private static JsonObject awaitApprovedProgram(Api api) {
        // the demo's 20-second test notice is approved too; the campaign's programs are the 3-minute ones
        return Eventually.value("a demo program approved", Duration.ofMinutes(2), Duration.ofMillis(500),
                () -> Fixtures.expect(api.get("/api/v1/programs?status=approved"), 200).items().stream()
                        .map(JsonObject.class::cast).filter(p -> p.getString("kind").equals("program")).findFirst());
    }
}
