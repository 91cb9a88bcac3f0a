package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.agent.AiringStation.outcomes;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.playout.FileSink;
import vn.loa.agent.store.Item;
import vn.loa.agent.sync.SyncOutcome;
import vn.loa.scheduler.testing.Fixtures;

/**
 * Two real agents as two sites of one merged commune's station (issue 17): both pull the one schedule,
 * both air it and both records arrive; the station counts the airing once and its coverage says 2/2, then
 * 1/2 on the day one site's PC is off.
 */
class TwoSitesIT {

    private static final long QUOTA = 512L * 1024 * 1024;

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(4);

    private AiringStation station;
    private Path secondData;
    private Path secondAir;
    private long secondSite;

    @BeforeEach
    void stationWithTwoSites() throws Exception {
        station = new AiringStation(bench.scheduler.admin(), 1, 71);
        secondSite = Fixtures.expect(station.admin.post("/api/v1/stations/" + station.station + "/sites", new JsonObject()
                .put("code", "CB-01273-NC").put("name", "Điểm phát Nam Cường (đài xã cũ)")
                .put("former_station_code", "BK-02017")), 201).json().getLong("id");
        secondData = Files.createTempDirectory("loa-second-site-");
        secondAir = Files.createDirectory(secondData.resolve("air"));
    }

    private Identity enrolSecond() throws Exception {
        String code = Fixtures.expect(station.admin.post("/api/v1/stations/" + station.station + "/sites/" + secondSite
                + "/enrolment-codes", new JsonObject()), 201).json().getString("code");
        return Main.enroll(URI.create(station.admin.baseUrl()), code, secondData.resolve("agent"));
    }

    private JsonObject sites(LocalDate day) {
        // signed in afresh: the simulated hours outlast a console session
        return Fixtures.expect(bench.scheduler.admin().get("/api/v1/stations/" + station.station + "/sites?from=" + day), 200)
                .json();
    }

    private int stationAirings(LocalDate day) {
        JsonArray rows = Fixtures.expect(bench.scheduler.admin().get("/api/v1/reports/frequency?from=" + day + "&to=" + day
                + "&bucket=period"), 200).json().getJsonArray("rows");
        return rows.stream().map(JsonObject.class::cast).filter(r -> r.getString("place_code").equals("CB-01273"))
                .mapToInt(r -> r.getInteger("airings")).sum();
    }

    private static LocalDate dayOf(Item item) {
        return LocalDate.ofInstant(item.plannedStart(), AiringStation.ZONE);
    }

    private int recordsOnServer() {
        return bench.scheduler.store().read(r -> r.stations().countAsRunRecords(station.station));
    }

    @Test
    void bothSitesAirTheOneScheduleTheStationCountsItOnceAndCoverageFollowsTheSites() throws Exception {
        Identity first = station.enrol(bench.agentData);
        Identity second = enrolSecond();
        Path secondAgentData = secondData.resolve("agent");
        try (Agent a = bench.agent(first, QUOTA);
             Agent b = new Agent(AgentConfig.defaults(secondAgentData).withCacheBytes(QUOTA), second,
                     c -> new FileSink(secondAir, c), bench.clock)) {
            assertEquals(SyncOutcome.UPDATED, a.syncOnce());
            assertEquals(SyncOutcome.UPDATED, b.syncOnce());
            List<Item> items = unhandled(bench.agentData);
            assertEquals(items.stream().map(Item::id).toList(), unhandled(secondAgentData).stream().map(Item::id).toList(),
                    "one schedule, the same items at both sites");

            Item today = items.get(0);
            bench.clock.jumpTo(today.plannedStart().minusSeconds(3));
            a.start();
            b.start();
            waitUntil("both sites aired today's program", 30,
                    () -> outcomes(bench.agentData).size() == 1 && outcomes(secondAgentData).size() == 1);
            // each sends what it aired at its next sync; one now, rather than a wait on the loops' offsets that a busy
            // machine stretched past 30 s
            a.syncOnce();
            b.syncOnce();
            assertEquals(2, recordsOnServer(), "both records reached the server");
            JsonObject coverage = sites(dayOf(today)).getJsonObject("coverage");
            assertEquals("2/2 điểm phát", coverage.getString("text"), coverage.encode());
            assertEquals(1, stationAirings(dayOf(today)), "one item aired at two sites is one airing of the station");
            JsonObject summary = Fixtures.expect(bench.scheduler.admin().get("/api/v1/reports/today"), 200).json();
            assertEquals(1, summary.getJsonObject("outcomes").getInteger("played"), "the dashboard: 1 aired of " + summary
                    .getInteger("planned") + " planned, not one per site: " + summary.encode());

            b.close();
            Item tomorrow = items.get(1);
            bench.clock.jumpTo(tomorrow.plannedStart().minusSeconds(3));
            waitUntil("the first site aired tomorrow's program", 30, () -> outcomes(bench.agentData).size() == 2);
            a.syncOnce();
            assertEquals(3, recordsOnServer(), "its record reached the server");
            assertEquals("1/2 điểm phát", sites(dayOf(tomorrow)).getJsonObject("coverage").getString("text"),
                    "the site whose PC is off did not air");
            assertEquals(1, stationAirings(dayOf(tomorrow)), "the station still aired it, at one site");
        } finally {
            vn.loa.scheduler.testing.Folders.delete(secondData);
        }
    }
}
