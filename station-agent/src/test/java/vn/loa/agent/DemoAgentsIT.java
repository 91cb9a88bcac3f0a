package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.demo.DemoUsers;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.JarProcess;

/**
 * The quick start's demo with its simulated stations: both built jars, as a user runs them. Whatever the
 * time of day, as-run records from real agents reach the server within a few minutes: the window opens
 * within a minute of launch and a demo program airs its real three minutes before its record is sent.
 */
class DemoAgentsIT {

    @TempDir
    Path data;

    @Test
    void theDemosAgentsAirAndReportWithinMinutesOfLaunch() throws Exception {
        Map<String, String> env = Map.of("LOA_DEMO_AGENT_JAR", System.getProperty("loa.agent.jar"));
        try (JarProcess demo = JarProcess.start(env, "demo", "--port", "0", "--data", data.toString())) {
            Api api = new Api(URI.create(demo.awaitUrl(90)).getPort()).signIn("giamsat", DemoUsers.PASSWORD);
            long deadline = System.nanoTime() + 480_000_000_000L;
            while (System.nanoTime() < deadline) {
                JsonArray stations = Fixtures.expect(api.get("/api/v1/stations"), 200).items();
                for (int i = 0; i < 3; i++) {
                    long id = stations.getJsonObject(i).getLong("id");
                    JsonObject station = Fixtures.expect(api.get("/api/v1/stations/" + id), 200).json();
                    if (station.getJsonObject("as_run").getInteger("received") > 0) {
                        assertTrue(station.containsKey("agent"), "the agent's heartbeat is on the station too");
                        demo.terminate(30);
                        return;
                    }
                }
                Thread.sleep(2000);
            }
            throw new AssertionError("no as-run record from the demo's agents within 8 minutes:\n" + demo.output());
        }
    }
}
