package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.waitUntil;

import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.sync.Sync;
import vn.loa.agent.sync.SyncOutcome;
import vn.loa.agent.time.ClockOffset;
import vn.loa.scheduler.demo.DemoUsers;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.store.Store;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.JarProcess;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * kill -9 of the server (the built jar) while an agent uploads a long backlog in batches: after the
 * server comes back and the agent retries, the server holds every record exactly once, and every
 * record the agent saw acknowledged before the kill is among them.
 */
class ServerCrashIT {

    private static final int RECORDS = 4000;

    @TempDir
    Path serverData;
    @TempDir
    Path agentData;

    @Test
    void killingTheServerDuringABatchUploadLosesNothingAcknowledgedAndDoublesNothing() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = new HashMap<>(Map.of("LOA_DEMO_AGENT_JAR", serverData.resolve("no-agents.jar").toString()));
        String storeUrl = TestScheduler.storeUrl(serverData);
        if (storeUrl != null) {
            // on PostgreSQL the killed server's commits are the database's, the same one the comeback serves from
            env.put("LOA_STORE_URL", storeUrl);
        }
        String[] serve = {"--port", String.valueOf(port), "--data", serverData.toString()};
        long stationId;
        Set<Long> acknowledgedBeforeKill;
        try (AgentStore agentStore = AgentStore.open(agentData)) {
            for (int i = 1; i <= RECORDS; i++) {
                int n = i;
                agentStore.outbox().record(-i, sequence -> new JsonObject().put("sequence", sequence).put("outcome", "missed")
                        .put("planned_start", Instant.parse("2026-11-01T23:00:00Z").plusSeconds(n * 300L).toString())
                        .put("reason", "Mất điện cả xã lần " + n + " / power cut").encode(), Instant.now());
            }
            Sync sync;
            try (JarProcess server = JarProcess.start(env, concat("demo", serve))) {
                String url = server.awaitUrl(90);
                Api admin = new Api(port).signIn("quantri", DemoUsers.PASSWORD);
                stationId = Fixtures.expect(admin.get("/api/v1/stations"), 200).items().getJsonObject(0).getLong("id");
                String code = Fixtures.expect(admin.post("/api/v1/stations/" + stationId + "/enrolment-codes", new JsonObject()),
                        201).json().getString("code");
                Identity identity = Main.enroll(URI.create(url), code, agentData);
                sync = new Sync(identity, agentStore, new MediaCache(agentData, 1L << 30), Clock.systemUTC(), agentData,
                        () -> "test", new ClockOffset(0));
                AtomicInteger attempts = new AtomicInteger();
                Thread uploader = new Thread(() -> {
                    while (sync.attempt() != SyncOutcome.FAILED && attempts.incrementAndGet() < 1000) {
                        // keeps sending until the server is gone
                    }
                });
                uploader.start();
                waitUntil("some batches are acknowledged", 60, () -> agentStore.outbox().backlog() < RECORDS);
                server.kill();
                uploader.join(60_000);
            }
            acknowledgedBeforeKill = acknowledged(agentStore);
            assertTrue(!acknowledgedBeforeKill.isEmpty() && acknowledgedBeforeKill.size() < RECORDS,
                    "killed mid-upload: " + acknowledgedBeforeKill.size() + " of " + RECORDS + " acknowledged");

            try (JarProcess again = JarProcess.start(env, concat("serve", serve))) {
                again.awaitUrl(90);
                for (int i = 0; i < 20 && agentStore.outbox().backlog() > 0; i++) {
                    sync.attempt();
                }
                assertEquals(0, agentStore.outbox().backlog(), "everything acknowledged after the comeback");
                again.terminate(30);
            }
        }
        List<AsRunRecord> stored;
        try (Store store = TestScheduler.openStore(serverData)) {
            stored = store.read(r -> r.agentReports().asRunOf(stationId));
        }
        Set<Long> sequences = new HashSet<>();
        stored.forEach(r -> sequences.add(r.sequence()));
        assertEquals(RECORDS, stored.size(), "each record stored once");
        assertEquals(RECORDS, sequences.size(), "no sequence doubled");
        assertTrue(sequences.containsAll(acknowledgedBeforeKill), "nothing acknowledged was lost");
        assertEquals("Mất điện cả xã lần 1 / power cut", stored.get(0).reason(), "the text arrives intact");
    }

    private static Set<Long> acknowledged(AgentStore store) {
        Set<Long> all = new HashSet<>();
        for (long s = 1; s <= RECORDS; s++) {
            all.add(s);
        }
        store.outbox().pending(RECORDS).forEach(p -> all.remove(p.sequence()));
        return all;
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
