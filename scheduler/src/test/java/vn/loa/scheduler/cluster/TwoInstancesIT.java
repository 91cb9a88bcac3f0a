package vn.loa.scheduler.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.store.Store;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.JarProcess;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestNginx;
import vn.loa.scheduler.testing.TestPostgres;
import vn.loa.scheduler.testing.TestScheduler;
import vn.loa.scheduler.testing.TestUsers;

/**
 * Two scheduler processes over one PostgreSQL, behind Debian's nginx running the README's recipe
 * ({@code deploy/nginx-loa.conf}), as a national service would run: a campaign published through one wakes an
 * agent long-polling the other, a job fires once for both, and when one is killed the agent carries on through the
 * other with nothing lost or doubled. The processes keep the real clock: what is asserted here (who hears a change,
 * how soon, how many times) holds at any hour.
 */
class TwoInstancesIT {

    private static final Pattern PUBLISHED = Pattern.compile("\\[planning] published \\d+ station-days");

    @TempDir
    Path dataDir;
    private JarProcess first;
    private JarProcess second;
    private TestNginx nginx;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {nginx, first, second}) {
            if (running != null) {
                running.close();
            }
        }
        if (TestPostgres.inUse()) {
            TestPostgres.drop(dataDir);
        }
    }

    @Test
    void aCampaignThroughOneWakesTheOtherAJobRunsOnceAndTheAgentCarriesOnWhenOneIsKilled() throws Exception {
        Assumptions.assumeTrue(TestPostgres.inUse(), "several instances need the PostgreSQL store");
        try (Store store = TestScheduler.openStore(dataDir)) {
            TestUsers.create(store, "quantri", Role.ADMIN, null);
        }
        Map<String, String> environment = new HashMap<>(TestScheduler.SHORT_RULES);
        environment.put("LOA_STORE_URL", TestScheduler.storeUrl(dataDir));
        environment.put("LOA_REQUEST_LOG", "WARN");
        environment.put("LOA_SERVER_TRUSTED_PROXIES", "127.0.0.1");
        // both instances share the data folder: the media a program upload left on one is served by the other
        first = JarProcess.start(environment, "serve", "--port", "0", "--data", dataDir.toString());
        int firstPort = port(first.awaitUrl(90));
        second = JarProcess.start(environment, "serve", "--port", "0", "--data", dataDir.toString());
        int secondPort = port(second.awaitUrl(90));
        nginx = TestNginx.start(Path.of("deploy/nginx-loa.conf"), firstPort, secondPort);

        Api proxy = new Api(nginx.port());
        Api admin = proxy.signIn("quantri", TestUsers.PASSWORD);
        Fixtures.createTree(admin);
        long station = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json()
                .getLong("id");
        String token = Fixtures.enrol(admin, proxy, station);
        long program = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống rét cho trâu bò", 41).getLong("id");

        // the session signed in through nginx is in the store: each instance answers it
        Api adminOnFirst = admin.at(firstPort);
        expect(adminOnFirst.get("/api/v1/stations/" + station), 200);
        Api agentOnSecond = proxy.withToken(token).at(secondPort);

        // a job fires once for the two: a new station asks for a re-plan, which one of them runs
        awaitQuiet();
        int before = published();
        expect(admin.post("/api/v1/stations", Fixtures.station("CB-01279", Fixtures.OTHER_COMMUNE)), 201);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (published() == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(5_000);
        assertEquals(before + 1, published(), "one re-plan for both instances:\n" + first.output() + "\n" + second.output());

        // a campaign published through the first wakes the agent waiting on the second within a second
        String version = expect(agentOnSecond.get(changes(station, 0, null)), 200).json().getString("version");
        CompletableFuture<JsonObject> woken = CompletableFuture.supplyAsync(
                () -> expect(agentOnSecond.get(changes(station, 30, version)), 200).json());
        Thread.sleep(1_000);
        long id = expect(adminOnFirst.post("/api/v1/campaigns", campaign(program)), 201).json().getLong("id");
        expect(adminOnFirst.post("/api/v1/campaigns/" + id + "/publish", new JsonObject()), 200);
        long published = System.nanoTime();
        JsonObject answer = woken.get(20, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - published) / 1_000_000;
        assertEquals(true, answer.getBoolean("changed"), answer.encode());
        assertTrue(millis < 1_000, "woken " + millis + " ms after the first instance answered");
        JsonObject schedule = expect(agentOnSecond.get("/api/v1/stations/" + station + "/schedule"), 200).json();
        String sha = firstItem(schedule).getString("content_sha256");
        assertEquals(200, agentOnSecond.download("/api/v1/media/" + sha).statusCode(), "the media are shared");

        // the agent's records through nginx; the first instance is killed; it sends the unanswered batch again
        Api agent = proxy.withToken(token);
        expect(agent.post(asRun(station), records(1, 2, 3)), 200);
        first.kill();
        acknowledged(agent, asRun(station), records(1, 2, 3));
        acknowledged(agent, asRun(station), records(4, 5, 6));
        expect(agent.get(changes(station, 0, null)), 200);
        JsonObject asRun = expect(admin.at(secondPort).get("/api/v1/stations/" + station), 200).json().getJsonObject("as_run");
        assertEquals(6, asRun.getInteger("received"), "each record once: " + asRun.encode());
        assertEquals(6, asRun.getLong("last_sequence"));
        assertEquals(0, asRun.getLong("missing_count"));
    }

    /**
     * Sends as the agent does: a batch without an answer (nginx's 502 when its kept-alive connection to the killed
     * instance broke mid-request) is sent again a moment later, until it is acknowledged.
     */
    private static void acknowledged(Api agent, String path, JsonObject batch) throws InterruptedException {
        Api.Reply reply = agent.post(path, batch);
        for (int attempt = 1; attempt < 10 && reply.status() >= 502 && reply.status() <= 504; attempt++) {
            Thread.sleep(300);
            reply = agent.post(path, batch);
        }
        expect(reply, 200);
    }

    /** Waits until no instance has published for a few seconds (the re-plans each ran at start are over). */
    private void awaitQuiet() throws InterruptedException {
        int seen = -1;
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            int now = published();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (now > 0 && System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(6)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the instances kept publishing:\n" + first.output() + "\n" + second.output());
    }

    private int published() {
        int count = 0;
        for (JarProcess instance : List.of(first, second)) {
            Matcher m = PUBLISHED.matcher(instance.output());
            while (m.find()) {
                count++;
            }
        }
        return count;
    }

    private static JsonObject campaign(long program) {
        // the instances run on the real clock: a campaign from yesterday for a month holds today, whenever this runs
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        return new JsonObject().put("name", "Tuyên truyền mùa đông").put("owner_unit_code", Fixtures.DISTRICT)
                .put("period_start", today.minusDays(1).toString()).put("period_end", today.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT)).put("program_ids", new JsonArray().add(program));
    }

    private static JsonObject firstItem(JsonObject schedule) {
        JsonArray items = schedule.getJsonArray("items");
        assertTrue(!items.isEmpty(), "the campaign is on the schedule: " + schedule.encode());
        return items.getJsonObject(0);
    }

    private static JsonObject records(long... sequences) {
        JsonArray records = new JsonArray();
        // aired in the last hour on the real clock the instances run on
        Instant start = Instant.now().minusSeconds(3600);
        for (long sequence : sequences) {
            Instant at = start.plusSeconds(sequence * 300);
            records.add(new JsonObject().put("sequence", sequence).put("outcome", "played").put("seconds_played", 180.0)
                    .put("planned_start", at.toString()).put("actual_start", at.toString())
                    .put("actual_end", at.plusSeconds(180).toString()));
        }
        return new JsonObject().put("records", records);
    }

    private static String asRun(long station) {
        return "/api/v1/stations/" + station + "/as-run";
    }

    private static String changes(long station, int waitSeconds, String after) {
        return "/api/v1/stations/" + station + "/schedule/changes?wait=" + waitSeconds + (after == null ? "" : "&after=" + after);
    }

    private static int port(String url) {
        return URI.create(url).getPort();
    }
}
