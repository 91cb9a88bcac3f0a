package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.demo.DemoUsers;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.JarProcess;

/**
 * The quick start's demo with its simulated stations: both built jars, as a user runs them. Whatever the
 * time of day, as-run records from real agents reach the server within about two minutes: the window opens
 * about a minute after launch with the demo's 20-second test notice, which the supervisor sees aired.
 */
class DemoAgentsIT {

    @TempDir
    Path data;

    @Test
    void theDemosAgentsAirAndReportWithinMinutesOfLaunch() throws Exception {
        Map<String, String> env = Map.of("LOA_DEMO_AGENT_JAR", System.getProperty("loa.agent.jar"));
        Instant launched = Instant.now();
        try (JarProcess demo = JarProcess.start(env, "demo", "--port", "0", "--data", data.toString())) {
            Api api = new Api(URI.create(demo.awaitUrl(90)).getPort()).signIn("giamsat", DemoUsers.PASSWORD);
            long id;
            try {
                id = Eventually.value("an as-run record from the demo's agents", Duration.ofMinutes(4), Duration.ofSeconds(2),
                        () -> reporting(api));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n" + demo.output(), e);
            }
            JsonObject station = Fixtures.expect(api.get("/api/v1/stations/" + id), 200).json();
            assertTrue(station.containsKey("agent"), "the agent's heartbeat is on the station too");
            JsonObject first = Fixtures.expect(api.get("/api/v1/reports/as-run?station_id=" + id), 200).items().getJsonObject(0);
            assertEquals("Bản tin thử hệ thống truyền thanh", first.getString("program_title"), first.encode());
            assertEquals("played", first.getString("outcome"), first.encode());
            assertTrue(first.getLong("start_error_bound_ms") != null && first.getLong("start_error_bound_ms") >= 0,
                    "the start error is known to within the agent's clock bound: " + first.encode());
            JsonObject notice = Fixtures.expect(api.get("/api/v1/reports/today"), 200).json().getJsonArray("notices")
                    .getJsonObject(0);
            assertEquals("Thông báo thử: các đài mô phỏng bắt đầu phát", notice.getString("title"));
            assertTrue(notice.getInteger("played") >= 1, notice.encode());
            // the simulated agents are the sites of two merged communes: each site airs the test notice
            JsonObject coverage = Eventually.value("every site of Xã Chợ Rã aired", Duration.ofMinutes(2), Duration.ofSeconds(2),
                    () -> Optional.of(Fixtures.expect(api.get("/api/v1/stations/" + choRa(api) + "/sites"), 200).json()
                            .getJsonObject("coverage")).filter(c -> c.getInteger("sites_aired") == 3));
            assertEquals("3/3 điểm phát", coverage.getString("text"));
            // and the first screen counts them: of the stations with several sites, Xã Chợ Rã's are all heard
            JsonObject sites = Fixtures.expect(api.get("/api/v1/reports/today"), 200).json().getJsonObject("sites");
            assertEquals(163, sites.getInteger("in_service"), "the demo's sites: one per old station of Bắc Kạn, one elsewhere");
            assertTrue(sites.getInteger("online") >= 5, "the five simulated sites are heard: " + sites.encode());
            JsonObject choRaSites = sites.getJsonArray("stations").stream().map(JsonObject.class::cast)
                    .filter(st -> st.getLong("station_id") == choRa(api)).findFirst().orElseThrow(() -> new AssertionError(
                            "Xã Chợ Rã's station is on the first screen's list: " + sites.encode()));
            assertEquals(3, choRaSites.getInteger("online"), choRaSites.encode());
            // the simulated stations relay "Tiếp âm VOV1 (mô phỏng)" from their window's opening (the test notice cuts
            // in half a minute later): its audio is heard within 3 minutes of launch, as issue 18 asks. When it began is
            // read from its file (the sink names it by the instant it opened), not from when this test looked
            Path relayed = Eventually.value("a simulated station relaying the demo's stream", Duration.ofMinutes(5)
                    .minus(Duration.between(launched, Instant.now())), Duration.ofSeconds(2), () -> relayHeard(data.resolve("demo-agents")));
            Duration heard = Duration.between(launched, opened(relayed).plusSeconds(1));
            System.out.println("[demo] relay heard " + heard.toSeconds() + " s after launch: " + relayed);
            assertTrue(heard.compareTo(Duration.ofMinutes(3)) <= 0, "the demo relays within 3 minutes of launch: " + heard);
            JsonObject source = Fixtures.expect(api.get("/api/v1/relay-sources"), 200).items().getJsonObject(0);
            assertEquals("Tiếp âm VOV1 (mô phỏng)", source.getString("name"));
            assertTrue(Fixtures.expect(api.get("/api/v1/relay-slots"), 200).items().size() >= 2, "morning and evening slots");
            demo.terminate(30);
        }
    }

    /**
     * The first relay WAV file of the simulated sites' file sinks that holds at least a second of audio (a notice that
     * cuts in closes one and the relay resumes in another: the earliest counts; names start with their instant).
     */
    private static Optional<Path> relayHeard(Path agents) {
        try (Stream<Path> files = Files.walk(agents)) {
            return files.filter(f -> f.getFileName().toString().contains("-relay-") && f.toString().endsWith(".wav"))
                    .filter(f -> f.toFile().length() > 44 + 88_200)
                    .min(java.util.Comparator.comparing(f -> f.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** When a relay's file was opened, from its name ({@code 2026-12-06T22-20-00.005Z-relay-737.wav}). */
    private static Instant opened(Path relay) {
        String name = relay.getFileName().toString();
        String stamp = name.substring(0, name.indexOf("-relay-"));
        int t = stamp.indexOf('T');
        return Instant.parse(stamp.substring(0, t + 1) + stamp.substring(t + 1).replaceFirst("-", ":").replaceFirst("-", ":"));
    }

    private static long choRa(Api api) {
        return Fixtures.expect(api.get("/api/v1/stations?within=01912"), 200).items().getJsonObject(0).getLong("id");
    }

    /** The first of the demo's two merged communes' stations that has sent an as-run record. */
    private static Optional<Long> reporting(Api api) {
        for (String commune : List.of("01912", "01936")) {
            long id = Fixtures.expect(api.get("/api/v1/stations?within=" + commune), 200).items().getJsonObject(0).getLong("id");
            JsonObject station = Fixtures.expect(api.get("/api/v1/stations/" + id), 200).json();
            if (station.getJsonObject("as_run").getInteger("received") > 0) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
