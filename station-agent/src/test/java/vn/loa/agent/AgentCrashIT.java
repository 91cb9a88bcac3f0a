package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.store.Item;
import vn.loa.scheduler.domain.AsRunRecord;

/**
 * kill -9 of the agent's process in the middle of an airing, as a power cut does it: when it comes back
 * the cut airing is one interrupted record, what passed while it was down is recorded as missed, and the
 * schedule goes on. The agent is the built jar; it takes the server's (simulated) time as its own.
 */
class AgentCrashIT {

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(1);

    @Test
    void aKilledAgentRecordsTheCutAiringAndItsDowntimeAndCarriesOn() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 12.0, 71, 72, 73);
        station.enrol(bench.agentData);
        String[] run = {"run", "--data", bench.agentData.toString(), "--sink", "file:" + bench.air, "--poll-seconds", "5"};
        List<Item> items;
        assertTrue(AgentProcess.output("status", "--data", bench.agentData.toString()).contains("chưa đồng bộ lần nào / never synced"));
        bench.clock.jumpTo(AiringStation.today(5, 59, 52));
        try (AgentProcess agent = AgentProcess.start(bench.agentData, run)) {
            waitUntil("the first airing starts", 30, () -> Files.exists(bench.air.resolve("timing.log")));
            Thread.sleep(3000);
            agent.kill();
        }
        items = unhandled(bench.agentData);
        Item cut = items.get(0);
        Item thirdToday = items.get(2);
        bench.clock.jumpTo(thirdToday.plannedEnd().plusSeconds(5));

        try (AgentProcess agent = AgentProcess.start(bench.agentData, run)) {
            waitUntil("the comeback is recorded and sent", 30, () -> onServer(station).size() >= 3);
            List<AsRunRecord> records = onServer(station);
            assertEquals(List.of("interrupted", "missed", "missed"), records.stream().map(AsRunRecord::outcome).toList(),
                    agent.log());
            AsRunRecord interrupted = records.get(0);
            assertEquals(Long.valueOf(cut.id()), interrupted.itemId());
            assertTrue(interrupted.secondsPlayed() >= 2 && interrupted.secondsPlayed() <= 5,
                    "about 3 s aired before the kill: " + interrupted.secondsPlayed());
            assertTrue(records.get(1).reason().startsWith("Agent không chạy từ "), records.get(1).reason());

            Item tomorrow = items.get(3);
            bench.clock.jumpTo(tomorrow.plannedStart().minusSeconds(8));
            waitUntil("tomorrow's first airing", 40, () -> onServer(station).size() >= 4);
            AsRunRecord next = onServer(station).get(3);
            assertEquals("played", next.outcome(), agent.log());
            assertEquals(Long.valueOf(tomorrow.id()), next.itemId());
            assertEquals(List.of(1L, 2L, 3L, 4L), onServer(station).stream().map(AsRunRecord::sequence).toList());
            String status = AgentProcess.output("status", "--data", bench.agentData.toString());
            assertTrue(status.contains("Liên lạc / Link: tốt / ok"), status);
            assertTrue(status.contains("Hôm nay / Today: đã phát / played: 1"), "the agent's day is now tomorrow: " + status);
            assertTrue(status.contains("Bản tin nông thôn số "), "the next item by its title, not its id: " + status);
            assertTrue(status.contains("Chưa gửi / Outbox backlog: 0"), status);
            agent.terminate();
        }
    }

    private List<AsRunRecord> onServer(AiringStation station) {
        return bench.scheduler.store().read(r -> r.agentReports().asRunOf(station.station));
    }
}
