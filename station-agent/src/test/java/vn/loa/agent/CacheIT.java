package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.outcomes;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.store.Item;
import vn.loa.agent.sync.SyncOutcome;
import vn.loa.media.ContentStore;
import vn.loa.scheduler.testing.Fixtures;

/** The agent's cache against the real server: bytes corrupted in transit, and a disk quota too small for the week. */
class CacheIT {

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(4);

    private Agent agent(Identity identity, long quotaBytes) {
        return bench.agent(identity, quotaBytes);
    }

    @Test
    void aRenditionCorruptedInTransitNeverEntersTheCacheAndIsFetchedAgain() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 71);
        String sha256 = station.sha256(0);
        Path served = new ContentStore(bench.scheduler.dataDir().resolve("media")).find(sha256, "mp3").orElseThrow();
        byte[] good = Files.readAllBytes(served);
        byte[] bad = good.clone();
        bad[bad.length / 3] ^= 0x21;
        Files.write(served, bad);

        try (Agent agent = agent(station.enrol(bench.agentData), 1L << 30)) {
            assertEquals(SyncOutcome.FAILED, agent.syncOnce(), "the download does not match its hash");
            MediaCache cache = new MediaCache(bench.agentData, 1L << 30);
            assertFalse(cache.has(sha256), "nothing corrupt enters the cache");
            Item first = unhandled(bench.agentData).get(0);
            bench.clock.jumpTo(first.plannedStart().minusSeconds(2));
            agent.start();
            waitUntil("the airing is recorded", 30, () -> outcomes(bench.agentData).size() == 1);
            assertEquals(List.of("failed"), outcomes(bench.agentData), "never aired");
            assertFalse(Files.exists(bench.air.resolve("timing.log")));

            Files.write(served, good);
            agent.syncOnce();
            assertTrue(cache.has(sha256));
            assertEquals(sha256, ContentStore.sha256(cache.path(sha256)), "fetched again, verified");
        }
    }

    @Test
    void underATightQuotaTheSoonestRenditionsAreKeptAndWhatAiredIsEvicted() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 71, 72);
        Item first;
        long quota;
        try (Agent agent = agent(station.enrol(bench.agentData), 1L << 30)) {
            agent.syncOnce();
            first = unhandled(bench.agentData).get(0);
            // room for one rendition (a 4-second one is well under 100 kB) and not two
            quota = 120_000;
        }
        MediaCache cache = new MediaCache(bench.agentData, quota);
        cache.evictAllBut(Set.of());
        String soonest = first.sha256();
        String other = soonest.equals(station.sha256(0)) ? station.sha256(1) : station.sha256(0);
        try (Agent agent = agent(Identity.load(bench.agentData).orElseThrow(), quota)) {
            agent.syncOnce();
            assertTrue(cache.has(soonest), "the soonest rendition is fetched");
            assertFalse(cache.has(other), "the other waits: the quota is full");
            agent.syncOnce();
            JsonObject reported = Fixtures.expect(bench.scheduler.admin().get("/api/v1/stations/" + station.station), 200).json()
                    .getJsonObject("agent");
            assertTrue(reported.getString("cache_state").contains("đầy"), reported.encode());

            // the soonest program is retired: the re-plan drops it from the schedule
            long retired = station.programs.stream().filter(p -> p.getJsonObject("rendition").getString("sha256").equals(soonest))
                    .findFirst().orElseThrow().getLong("id");
            Fixtures.expect(bench.scheduler.admin().post("/api/v1/programs/" + retired + "/retire", new JsonObject()), 200);
            waitUntil("the re-planned schedule reaches the agent", 30, () -> agent.syncOnce() == SyncOutcome.UPDATED
                    && unhandled(bench.agentData).stream().noneMatch(i -> i.sha256().equals(soonest)));
            agent.syncOnce();
            assertFalse(cache.has(soonest), "no longer scheduled: evicted");
            assertTrue(cache.has(other), "now there is room for the other");
        }
    }
}
