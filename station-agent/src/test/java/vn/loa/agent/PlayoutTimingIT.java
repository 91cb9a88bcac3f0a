package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.agent.AiringStation.outcomes;
import static vn.loa.agent.AiringStation.unhandled;
import static vn.loa.agent.AiringStation.waitUntil;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.agent.store.Item;

/** A morning window of back-to-back airings: each starts at its planned instant (p99 of the start error within 50 ms). */
class PlayoutTimingIT {

    /** Twice real time: a clock millisecond is half a real one, so the bound is stricter than it reads. */
    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(2);

    @Test
    void aWindowOfAiringsStartsOnTime() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 3, 3.0, 81, 82, 83, 84);
        Identity identity = station.enrol(bench.agentData);
        try (Agent agent = bench.agent(identity, 1L << 30)) {
            agent.syncOnce();
            List<Item> items = unhandled(bench.agentData);
            int today = (int) items.stream().filter(i -> i.plannedStart().isBefore(AiringStation.today(7, 0, 0))).count();
            assertEquals(12, today, "four programs, three airings each");
            bench.clock.jumpTo(items.get(0).plannedStart().minusSeconds(3));
            agent.start();
            waitUntil("the morning's airings", 60, () -> outcomes(bench.agentData).size() == today);
            assertEquals(Collections.nCopies(today, "played"), outcomes(bench.agentData));
            StartErrors errors = StartErrors.of(bench.air);
            System.out.println("[timing] " + errors);
            assertEquals(today, errors.millis().size());
            assertTrue(errors.quantile(0.99) <= 50, errors.toString());
        }
    }
}
