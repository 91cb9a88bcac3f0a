package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * An instance that stops (an upgrade, a restart behind the proxy) does not sit out its grace period on the
 * requests it holds open on purpose: an agent's long poll is answered "no change" at once and a console's
 * event stream ends, so both ask again straight away (of another instance, behind the proxy), and the
 * instance is gone in moments rather than after its 10-second grace.
 */
class ServerStopIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();

    @Test
    void aStoppingServerAnswersItsHeldLongPollsAndEndsItsEventStreamsAtOnce() throws Exception {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        long station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json()
                .getLong("id");
        Api agent = scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), station));
        Api supervisor = scheduler.as("giamsat", Role.SUPERVISOR, Fixtures.PROVINCE);
        String version = expect(agent.get("/api/v1/stations/" + station + "/schedule/changes?wait=0"), 200).json()
                .getString("version");
        // the new station's first planning (a few seconds after it was created) changes the version once
        version = expect(agent.get("/api/v1/stations/" + station + "/schedule/changes?wait=10&after=" + version), 200)
                .json().getString("version");
        String after = version;
        CompletableFuture<Api.Reply> poll = CompletableFuture.supplyAsync(
                () -> agent.get("/api/v1/stations/" + station + "/schedule/changes?wait=55&after=" + after));
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(supervisor.baseUrl() + "/api/v1/events?max_seconds=3600"))
                .header("Cookie", "loa_session=" + supervisor.sessionCookieValue()).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        CompletableFuture<Long> streamEnded = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream.body()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                return System.nanoTime();
            } catch (IOException e) {
                return System.nanoTime(); // a stream cut is an end too: EventSource reopens after either
            }
        });
        Thread.sleep(500);
        assertTrue(!poll.isDone() && !streamEnded.isDone(), "both are held while the server runs");

        long stopping = System.nanoTime();
        scheduler.stop();
        long stopMillis = (System.nanoTime() - stopping) / 1_000_000;

        Api.Reply answer = poll.get(5, TimeUnit.SECONDS);
        assertEquals(200, answer.status(), answer.toString());
        assertEquals(false, answer.json().getBoolean("changed"), "the agent hears \"no change\" and polls again");
        assertEquals(after, answer.json().getString("version"));
        streamEnded.get(5, TimeUnit.SECONDS);
        assertTrue(stopMillis < 5_000, "the server stopped without waiting out its 10-second grace on held requests: "
                + stopMillis + " ms");
    }

}
