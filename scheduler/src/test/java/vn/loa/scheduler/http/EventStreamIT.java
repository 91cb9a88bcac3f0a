package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * The console's live updates: a signed-in supervisor's event stream tells, within seconds, that a
 * station's agent called in, with nothing but the station's id; the stream ends when asked (the browser
 * reopens it) and a caller who is not signed in gets no stream.
 */
class EventStreamIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();

    @Test
    void aHeartbeatReachesTheOpenConsoleAsTheStationsTopic() throws Exception {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        long station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json()
                .getLong("id");
        Api agent = scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), station));
        Api supervisor = scheduler.as("giamsat", vn.loa.scheduler.domain.access.Role.SUPERVISOR, Fixtures.PROVINCE);

        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(supervisor.baseUrl() + "/api/v1/events?max_seconds=8"))
                .header("Cookie", "loa_session=" + supervisor.sessionCookieValue()).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertTrue(stream.headers().firstValue("Content-Encoding").orElse("identity").equals("identity"), "never gzipped");

        CompletableFuture<List<String>> events = CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (line.startsWith("data: ") && line.contains("station:" + station)) {
                        return lines;
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return lines;
        });
        Thread.sleep(300);
        expect(agent.post("/api/v1/stations/" + station + "/heartbeats", new JsonObject().put("agent_version", "0.1.0")
                .put("clock_offset_ms", 12)), 200);
        List<String> lines = events.get(5, TimeUnit.SECONDS);
        String data = lines.get(lines.size() - 1);
        assertEquals("event: change", lines.get(lines.size() - 2), String.join("\n", lines));
        JsonArray topics = new JsonArray(data.substring("data: ".length()));
        assertTrue(topics.contains("station:" + station), data);
        assertTrue(topics.stream().allMatch(t -> t.toString().matches("station:\\d+|notices|\\*")), "names only: " + data);

        long started = System.nanoTime();
        HttpResponse<String> shortOne = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(supervisor.baseUrl() + "/api/v1/events?max_seconds=1"))
                .header("Cookie", "loa_session=" + supervisor.sessionCookieValue()).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(shortOne.body().startsWith("retry: 3000"), shortOne.body());
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "the stream ends when it said it would");
        assertEquals(401, scheduler.api().get("/api/v1/events?max_seconds=1").status(), "no stream without signing in");
        assertEquals(403, agent.get("/api/v1/events?max_seconds=1").status(), "an agent has no console stream");
    }
}
