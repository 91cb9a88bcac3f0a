package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.outcomes;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.agent.playout.FileSink;
import vn.loa.agent.time.SimulatedClock;
import vn.loa.scheduler.testing.TestScheduler;

/** A morning window of back-to-back airings: each starts at its planned instant (p99 of the start error within 50 ms). */
class PlayoutTimingIT {

    /** Twice real time: a clock millisecond is half a real one, so the bound is stricter than it reads. */
    private final SimulatedClock clock = new SimulatedClock(AiringStation.today(5, 0, 0), 2);

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);

    @TempDir
    Path agentData;
    @TempDir
    Path air;

    @Test
    void aWindowOfAiringsStartsOnTime() throws Exception {
        AiringStation station = new AiringStation(scheduler.admin(), 3, 3.0, 81, 82, 83, 84);
        Identity identity = station.enrol(agentData);
        try (Agent agent = new Agent(agentData, identity, c -> new FileSink(air, c), clock, 60, 1L << 30)) {
            agent.syncOnce();
            List<AgentStore.Item> items = unhandled(agentData);
            int today = (int) items.stream().filter(i -> i.plannedStart().isBefore(AiringStation.today(7, 0, 0))).count();
            assertEquals(12, today, "four programs, three airings each");
            clock.jumpTo(items.get(0).plannedStart().minusSeconds(3));
            agent.start();
            waitUntil("the morning's airings", 60, () -> outcomes(agentData).size() == today);
            assertEquals(Collections.nCopies(today, "played"), outcomes(agentData));
            StartErrors errors = StartErrors.of(air);
            System.out.println("[timing] " + errors);
            assertEquals(today, errors.millis().size());
            assertTrue(errors.quantile(0.99) <= 50, errors.toString());
        }
    }
}
