package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.outcomes;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.store.Item;
import vn.loa.agent.sync.SyncOutcome;
import vn.loa.agent.time.AgentClock;
import vn.loa.media.ContentStore;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;

/**
 * The real agent against the real scheduler over loopback. Both run on one simulated clock, four times
 * faster than real time, that the test moves: a day's airing takes seconds.
 */
class AgentIT {

    private static final double RATE = 4;
    private static final long QUOTA = 512L * 1024 * 1024;

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(RATE);

    private AiringStation station;

    @BeforeEach
    void publishedSchedule() {
        station = new AiringStation(bench.scheduler.admin(), 1, 71);
    }

    private Agent agent(Identity identity, AgentClock pcClock) {
        return bench.agent(identity, pcClock, QUOTA);
    }

    private List<AsRunRecord> onServer() {
        return bench.scheduler.store().read(r -> r.agentReports().asRunOf(station.station));
    }

    @Test
    void theAgentPullsVerifiesAirsOnTimeAndReportsEachAiringOnce() throws Exception {
        Identity identity = station.enrol(bench.agentData);
        assertEquals(identity, Identity.load(bench.agentData).orElseThrow(), "the identity survives a restart");
        try (Agent agent = agent(identity, bench.clock)) {
            assertEquals(SyncOutcome.UPDATED, agent.syncOnce());
            assertEquals(SyncOutcome.UNCHANGED, agent.syncOnce(), "If-None-Match: nothing new");
            assertTrue(Files.exists(new MediaCache(bench.agentData, QUOTA).path(station.sha256(0))), "fetched ahead of time");
            List<Item> items = unhandled(bench.agentData);
            assertEquals(7, items.size(), "one airing a day for the 7-day horizon");
            Item first = items.get(0);

            bench.clock.jumpTo(first.plannedStart().minusSeconds(3));
            agent.start();
            waitUntil("the first airing is recorded", 30, () -> outcomes(bench.agentData).size() == 1);
            assertEquals(List.of("played"), outcomes(bench.agentData));
            long error = startError(Files.readString(bench.air.resolve("timing.log")));
            assertTrue(Math.abs(error) < 100, "start error " + error + " ms");
            Path aired;
            try (var files = Files.list(bench.air)) {
                aired = files.filter(f -> f.toString().endsWith(".mp3")).findFirst().orElseThrow();
            }
            assertEquals(station.sha256(0), ContentStore.sha256(aired), "exactly the verified rendition airs, whole");
            JsonNode record = AiringStation.outbox(bench.agentData).get(0);
            assertEquals(first.durationMillis() / 1000.0, record.get("seconds_played").asDouble(), 0.01);
            Duration lasted = Duration.between(Instant.parse(record.get("actual_start").asText()),
                    Instant.parse(record.get("actual_end").asText()));
            assertEquals(first.durationMillis(), lasted.toMillis(), 500, "it took the program's own length, on the clock");

            agent.syncOnce();
            agent.syncOnce();
            assertEquals(1, onServer().size(), "sent twice, stored once");
            assertTrue(onServer().get(0).campaignId() != null, "the record names its campaign, for compliance");
        }
    }

    @Test
    void aCorruptedCachedFileIsNeverAiredAndIsFetchedAgain() throws Exception {
        Identity identity = station.enrol(bench.agentData);
        try (Agent agent = agent(identity, bench.clock)) {
            agent.syncOnce();
            Path cached = new MediaCache(bench.agentData, QUOTA).path(station.sha256(0));
            byte[] bytes = Files.readAllBytes(cached);
            bytes[bytes.length / 2] ^= 0x5A;
            Files.write(cached, bytes);

            Item first = unhandled(bench.agentData).get(0);
            bench.clock.jumpTo(first.plannedStart().minusSeconds(2));
            agent.start();
            waitUntil("the airing is recorded", 30, () -> outcomes(bench.agentData).size() == 1);
            assertFalse(Files.exists(bench.air.resolve("timing.log")), "nothing aired");
            assertTrue(!Files.exists(cached) || ContentStore.sha256(cached).equals(station.sha256(0)),
                    "the corrupt file is gone (the sync loop may have fetched a good one already)");
            agent.syncOnce();
            assertEquals(station.sha256(0), ContentStore.sha256(cached), "fetched again, verified");
            assertEquals(List.of("failed"), onServer().stream().map(AsRunRecord::outcome).toList());
        }
    }

    @Test
    void itemsWhoseTimePassedWhileTheAgentWasDownAreRecordedAsMissedWithTheDowntime() throws Exception {
        Identity identity = station.enrol(bench.agentData);
        try (Agent first = agent(identity, bench.clock)) {
            first.syncOnce();
            first.start();
            waitUntil("the agent marks itself alive", 10, () -> {
                try (AgentStore store = AgentStore.open(bench.agentData)) {
                    return store.state().get("alive_at").isPresent();
                }
            });
        }
        Item third = unhandled(bench.agentData).get(2);
        bench.clock.jumpTo(third.plannedEnd().plusSeconds(60));
        try (Agent again = agent(identity, bench.clock)) {
            again.start();
            waitUntil("three missed airings", 30, () -> outcomes(bench.agentData).size() == 3);
            again.syncOnce();
        }
        List<AsRunRecord> records = onServer();
        assertEquals(List.of("missed", "missed", "missed"), records.stream().map(AsRunRecord::outcome).toList());
        assertTrue(records.get(0).reason().startsWith("Agent không chạy từ "), records.get(0).reason());
    }

    @Test
    void anAgentEnrolledAfterTheMorningDoesNotReportTheMorningAsMissed() throws Exception {
        // the PC is set up at 07:00: the 06:00 airings were never its to air
        bench.clock.jumpTo(AiringStation.today(7, 0, 0));
        Api admin = bench.scheduler.admin();
        String code = Fixtures.expect(admin.post("/api/v1/stations/" + station.station + "/enrolment-codes", new JsonObject()), 201)
                .json().getString("code");
        Identity identity = Main.enroll(URI.create(admin.baseUrl()), code, bench.agentData);
        try (Agent agent = agent(identity, bench.clock)) {
            agent.syncOnce();
            agent.start();
            Thread.sleep(3000);
            agent.syncOnce();
            assertTrue(outcomes(bench.agentData).isEmpty(), "nothing reported for before the enrolment: "
                    + outcomes(bench.agentData));
            assertTrue(unhandled(bench.agentData).stream().allMatch(i -> i.plannedStart().isAfter(identity.enrolledAt())),
                    "what is left to air comes after the enrolment");
            assertFalse(unhandled(bench.agentData).isEmpty(), "tomorrow's airings are still ahead");
            JsonObject agentState = Fixtures.expect(bench.scheduler.admin().get("/api/v1/stations/" + station.station), 200).json()
                    .getJsonObject("agent");
            assertTrue(agentState.getLong("resident_bytes") > 10L * 1024 * 1024, "the heartbeat carries the agent's memory: "
                    + agentState.encode());
        }
        assertTrue(onServer().isEmpty());
    }

    @Test
    void aPcClockSevenMinutesOffStillAirsOnTheServersTimeAndTheOffsetIsReported() throws Exception {
        Identity identity = station.enrol(bench.agentData);
        AgentClock pc = new AgentClock() {
            @Override
            public Instant instant() {
                return bench.clock.instant().plus(Duration.ofMinutes(7));
            }

            @Override
            public double rate() {
                return bench.clock.rate();
            }
        };
        try (Agent agent = agent(identity, pc)) {
            agent.syncOnce();
            agent.syncOnce();
            JsonObject reported = Fixtures.expect(bench.scheduler.admin().get("/api/v1/stations/" + station.station), 200).json()
                    .getJsonObject("agent");
            assertEquals(-420_000, reported.getLong("clock_offset_ms"), 2_000, reported.encode());
            long bound = reported.getLong("clock_uncertainty_ms");
            assertTrue(bound >= 0 && bound < 2_000, "the heartbeat says how well the clock is known: " + reported.encode());
            assertEquals(0, reported.getLong("outbox_backlog"));

            Item first = unhandled(bench.agentData).get(0);
            bench.clock.jumpTo(first.plannedStart().minusSeconds(3));
            agent.start();
            waitUntil("the first airing is recorded", 30, () -> outcomes(bench.agentData).size() == 1);
            long error = startError(Files.readString(bench.air.resolve("timing.log")));
            assertTrue(Math.abs(error) < 100, "aired on the server's time, start error " + error + " ms");
        }
    }

    @Test
    void withTheServerDownForThreeDaysTheAgentAirsFromItsCacheAndEveryRecordArrivesOnce() throws Exception {
        Identity identity = station.enrol(bench.agentData);
        try (Agent agent = agent(identity, bench.clock)) {
            assertEquals(SyncOutcome.UPDATED, agent.syncOnce());
            List<Item> items = unhandled(bench.agentData);
            bench.scheduler.stop();
            agent.start();
            for (int day = 0; day < 3; day++) {
                bench.clock.jumpTo(items.get(day).plannedStart().minusSeconds(2));
                int aired = day + 1;
                waitUntil("day " + aired + " aired from the cache", 30, () -> outcomes(bench.agentData).size() == aired);
                assertEquals(SyncOutcome.FAILED, agent.syncOnce(), "no server: the attempt fails, the loop goes on");
            }
            assertEquals(List.of("played", "played", "played"), outcomes(bench.agentData));
            try (AgentStore store = AgentStore.open(bench.agentData)) {
                assertEquals(3, store.outbox().pending(100).size(), "the records wait in the outbox");
            }

            bench.scheduler.startAgain();
            agent.syncOnce();
            agent.syncOnce();
            List<AsRunRecord> records = onServer();
            assertEquals(List.of(1L, 2L, 3L), records.stream().map(AsRunRecord::sequence).toList());
            assertTrue(records.stream().allMatch(r -> r.outcome().equals("played")));
            try (AgentStore store = AgentStore.open(bench.agentData)) {
                assertEquals(0, store.outbox().pending(100).size());
            }
        }
    }

    static long startError(String timing) {
        Matcher m = Pattern.compile("error_ms=(-?\\d+)").matcher(timing);
        assertTrue(m.find(), timing);
        return Long.parseLong(m.group(1));
    }
}
