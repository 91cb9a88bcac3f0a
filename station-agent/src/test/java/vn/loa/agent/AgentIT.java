package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.playout.FileSink;
import vn.loa.agent.sync.SyncOutcome;
import vn.loa.media.ContentStore;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/** The real agent against the real scheduler over loopback, on an agent clock the test moves. */
class AgentIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();

    @TempDir
    Path agentData;
    @TempDir
    Path air;

    private Api admin;
    private long station;
    private String sha256;

    @BeforeEach
    void publishedSchedule() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        station = expectId(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201);
        JsonObject program = Programs.approved(admin, Fixtures.DISTRICT, "Bản tin nông thôn", 71);
        sha256 = program.getJsonObject("rendition").getString("sha256");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long campaign = expectId(admin.post("/api/v1/campaigns", new JsonObject().put("name", "Tuyên truyền")
                .put("owner_unit_code", Fixtures.DISTRICT).put("period_start", today.minusDays(1).toString())
                .put("period_end", today.plusDays(30).toString())
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT))
                .put("program_ids", new JsonArray().add(program.getLong("id")))), 201);
        Fixtures.expect(admin.post("/api/v1/campaigns/" + campaign + "/publish", new JsonObject()), 200);
    }

    private static long expectId(Api.Reply reply, int status) {
        return Fixtures.expect(reply, status).json().getLong("id");
    }

    private Identity enrol() throws Exception {
        String code = Fixtures.expect(admin.post("/api/v1/stations/" + station + "/enrolment-codes", new JsonObject()), 201)
                .json().getString("code");
        return Main.enroll(URI.create(admin.baseUrl()), code, agentData);
    }

    private int recordsOnServer() {
        return scheduler.store().read(r -> r.stations().countAsRunRecords(station));
    }

    @Test
    void theAgentPullsVerifiesAirsOnTimeAndReportsEachAiringOnce() throws Exception {
        Identity identity = enrol();
        assertEquals(identity, Identity.load(agentData).orElseThrow(), "the identity survives a restart");
        MutableClock clock = new MutableClock(Instant.now());
        try (Agent agent = new Agent(agentData, identity, new FileSink(air), clock, 60)) {
            assertEquals(SyncOutcome.UPDATED, agent.syncOnce());
            assertEquals(SyncOutcome.UNCHANGED, agent.syncOnce(), "If-None-Match: nothing new");
            assertTrue(Files.exists(new MediaCache(agentData).path(sha256)), "fetched ahead of time");

            List<AgentStore.Item> items;
            try (AgentStore store = AgentStore.open(agentData)) {
                items = store.unhandled();
            }
            assertEquals(7, items.size());
            AgentStore.Item first = items.get(0);
            clock.set(first.plannedStart().plusMillis(40));
            assertEquals(1, agent.playDue());
            long error = startError(Files.readString(air.resolve("timing.log")));
            assertTrue(Math.abs(error - 40) < 250, "start error " + error + " ms (40 ms plus the offset measurement)");
            Path aired;
            try (var files = Files.list(air)) {
                aired = files.filter(f -> f.toString().endsWith(".mp3")).findFirst().orElseThrow();
            }
            assertEquals(sha256, ContentStore.sha256(aired), "exactly the verified rendition airs");

            agent.syncOnce();
            agent.syncOnce();
            assertEquals(1, recordsOnServer(), "sent twice, stored once");
        }
    }

    @Test
    void aCorruptedCachedFileIsNeverAiredAndIsFetchedAgain() throws Exception {
        Identity identity = enrol();
        MutableClock clock = new MutableClock(Instant.now());
        try (Agent agent = new Agent(agentData, identity, new FileSink(air), clock, 60)) {
            agent.syncOnce();
            Path cached = new MediaCache(agentData).path(sha256);
            byte[] bytes = Files.readAllBytes(cached);
            bytes[bytes.length / 2] ^= 0x5A;
            Files.write(cached, bytes);

            AgentStore.Item first;
            try (AgentStore store = AgentStore.open(agentData)) {
                first = store.unhandled().get(0);
            }
            clock.set(first.plannedStart().plusMillis(10));
            agent.playDue();
            assertFalse(Files.exists(air.resolve("timing.log")), "nothing aired");
            assertFalse(Files.exists(cached), "the corrupt file is gone");
            agent.syncOnce();
            assertEquals(sha256, ContentStore.sha256(cached), "fetched again, verified");
            assertEquals(List.of("failed"), outcomes());
        }
    }

    @Test
    void itemsWhoseTimePassedWhileTheAgentWasDownAreRecordedAsMissed() throws Exception {
        Identity identity = enrol();
        MutableClock clock = new MutableClock(Instant.now());
        try (Agent agent = new Agent(agentData, identity, new FileSink(air), clock, 60)) {
            agent.syncOnce();
            AgentStore.Item third;
            try (AgentStore store = AgentStore.open(agentData)) {
                third = store.unhandled().get(2);
            }
            clock.set(third.plannedStart().plusMillis(third.durationMillis() + 1000));
            assertEquals(3, agent.playDue(), "three items came and went");
            agent.syncOnce();
            assertEquals(3, recordsOnServer());
            assertEquals(List.of("missed", "missed", "missed"), outcomes());
        }
    }

    @Test
    void aPcClockSevenMinutesOffStillAirsOnTheServersTimeAndTheOffsetIsReported() throws Exception {
        Identity identity = enrol();
        MutableClock pc = new MutableClock(Instant.now().plus(java.time.Duration.ofMinutes(7)));
        try (Agent agent = new Agent(agentData, identity, new FileSink(air), pc, 60)) {
            agent.syncOnce();
            pc.set(Instant.now().plus(java.time.Duration.ofMinutes(7)));
            agent.syncOnce();
            JsonObject reported = Fixtures.expect(admin.get("/api/v1/stations/" + station), 200).json().getJsonObject("agent");
            assertEquals(-420_000, reported.getLong("clock_offset_ms"), 2_000, reported.encode());
            assertEquals(0, reported.getLong("outbox_backlog"));

            AgentStore.Item first;
            try (AgentStore store = AgentStore.open(agentData)) {
                first = store.unhandled().get(0);
            }
            pc.set(first.plannedStart().plus(java.time.Duration.ofMinutes(7)).plusMillis(40));
            assertEquals(1, agent.playDue());
            long error = startError(Files.readString(air.resolve("timing.log")));
            assertTrue(Math.abs(error - 40) < 2_000, "aired on the server's time, start error " + error + " ms");
        }
    }

    @Test
    void withTheServerDownForThreeDaysTheAgentAirsFromItsCacheAndEveryRecordArrivesOnce() throws Exception {
        Identity identity = enrol();
        MutableClock pc = new MutableClock(Instant.now());
        try (Agent agent = new Agent(agentData, identity, new FileSink(air), pc, 60)) {
            assertEquals(SyncOutcome.UPDATED, agent.syncOnce());
            List<AgentStore.Item> items;
            try (AgentStore store = AgentStore.open(agentData)) {
                items = store.unhandled();
            }
            scheduler.stop();
            int aired = 0;
            for (int day = 0; day < 3; day++) {
                AgentStore.Item item = items.get(day);
                pc.set(item.plannedStart().plusMillis(20));
                aired += agent.playDue();
                assertEquals(SyncOutcome.FAILED, agent.syncOnce(), "no server: the attempt fails, the loop goes on");
            }
            assertEquals(3, aired, "three days aired from the cache");
            try (AgentStore store = AgentStore.open(agentData)) {
                assertEquals(3, store.pending(100).size(), "the records wait in the outbox");
            }

            scheduler.startAgain();
            agent.syncOnce();
            agent.syncOnce();
            List<vn.loa.scheduler.domain.AsRunRecord> records = scheduler.store().read(r -> r.agentReports().asRunOf(station));
            assertEquals(List.of(1L, 2L, 3L), records.stream().map(vn.loa.scheduler.domain.AsRunRecord::sequence).toList());
            assertTrue(records.stream().allMatch(r -> r.outcome().equals("played")));
            try (AgentStore store = AgentStore.open(agentData)) {
                assertEquals(0, store.pending(100).size());
            }
        }
    }

    private static long startError(String timing) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("error_ms=(-?\\d+)").matcher(timing);
        assertTrue(m.find(), timing);
        return Long.parseLong(m.group(1));
    }

    private List<String> outcomes() {
        return scheduler.store().read(r -> r.agentReports().asRunOf(station)).stream().map(a -> a.outcome()).toList();
    }
}
