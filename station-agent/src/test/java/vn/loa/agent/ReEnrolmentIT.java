package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.agent.AiringStation.TODAY;
import static vn.loa.agent.AiringStation.waitUntil;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.ScheduledItem;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;

/**
 * The station's PC dies in the middle of the morning and the officer enrols a new one (two real agent
 * processes, one station). The new PC numbers its records from 1 again: they are stored, not taken for
 * the old PC's; the old PC's records stay; the new PC does not report the old PC's airings as missed;
 * and the station page shows both PCs with nothing missing.
 */
class ReEnrolmentIT {

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(1);

    @Test
    void aNewPcNumbersFromOneAndLosesNothing() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 4.0, 91, 92, 93);
        List<ScheduledItem> items = bench.scheduler.store().read(r -> r.agentReports().scheduleItems(station.station, TODAY,
                TODAY.plusDays(1)));
        assertEquals(6, items.size(), "three programs today and three tomorrow");

        Path oldData = bench.agentData;
        station.enrol(oldData);
        try (AgentProcess oldPc = AgentProcess.start(oldData, run(oldData))) {
            waitUntil("the old PC is ready", 30, () -> AiringStation.unhandled(oldData).size() >= 6);
            // the agent process learns the server's jump at its next exchange: more than one 5-s poll ahead
            bench.clock.jumpTo(items.get(0).plannedStart().minusSeconds(12));
            waitUntil("the old PC airs this morning's programs and reports them", 60, () -> onServer(station).size() >= 3);
            oldPc.kill();
        }

        Path newData = Files.createDirectory(oldData.resolveSibling("agent-new-pc"));
        Api admin = bench.scheduler.admin();
        String code = Fixtures.expect(admin.post("/api/v1/stations/" + station.station + "/enrolment-codes",
                new JsonObject()), 201).json().getString("code");
        AgentProcess.output("enroll", "--server", admin.baseUrl(), "--code", code, "--data", newData.toString());
        try (AgentProcess newPc = AgentProcess.start(newData, run(newData))) {
            waitUntil("the new PC has tomorrow", 30, () -> AiringStation.unhandled(newData).size() >= 3);
            Thread.sleep(3000);
            bench.clock.jumpTo(items.get(3).plannedStart().minusSeconds(12));
            waitUntil("the new PC airs tomorrow's programs and reports them", 60, () -> onServer(station).size() >= 6);
            Thread.sleep(2000);
            List<AsRunRecord> records = onServer(station);
            assertEquals(List.of(1L, 2L, 3L, 1L, 2L, 3L), records.stream().map(AsRunRecord::sequence).toList(),
                    "the new PC numbers from 1 and every one of its records is stored: " + records + "\n" + newPc.log());
            assertEquals(items.stream().map(ScheduledItem::id).toList(), records.stream().map(AsRunRecord::itemId).toList(),
                    "each item once: the new PC did not report the old PC's airings as missed");
            assertEquals(List.of("played"), records.stream().map(AsRunRecord::outcome).distinct().toList());
            JsonObject asRun = Fixtures.expect(bench.scheduler.admin().get("/api/v1/stations/" + station.station), 200).json()
                    .getJsonObject("as_run");
            assertEquals(2, asRun.getJsonArray("enrolments").size(), asRun.encode());
            assertEquals(6, asRun.getInteger("received"), asRun.encode());
            assertEquals(0, asRun.getLong("missing_count"), asRun.encode());
            newPc.terminate();
        }
    }

    private String[] run(Path data) {
        return new String[] {"run", "--data", data.toString(), "--sink", "file:" + bench.air, "--poll-seconds", "5"};
    }

    private List<AsRunRecord> onServer(AiringStation station) {
        return bench.scheduler.store().read(r -> r.agentReports().asRunOf(station.station));
    }
}
