package vn.loa.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.AsRunRecord;

/**
 * Records the server refuses (one beyond the API's limits, one naming a program that does not exist)
 * do not hold up the records behind them: the good ones are stored, the refused ones stay in the
 * agent's outbox with the server's reason, are not sent again, and {@code status} shows them.
 */
class RefusedRecordsIT {

    @RegisterExtension
    final AgentBench bench = AgentBench.atRate(1);

    @Test
    void refusedRecordsAreSetAsideAndTheRestGoOn() throws Exception {
        AiringStation station = new AiringStation(bench.scheduler.admin(), 1, 4.0, 61);
        Identity identity = station.enrol(bench.agentData);
        Instant aired = bench.clock.instant().minusSeconds(600);
        try (AgentStore store = AgentStore.open(bench.agentData)) {
            store.outbox().record(0, s -> record(s, aired, 120, null), aired);
            store.outbox().record(0, s -> record(s, aired, 1e308, null), aired);
            store.outbox().record(0, s -> record(s, aired, 120, 999_999L), aired);
            store.outbox().record(0, s -> record(s, aired, 60, null), aired);
        }
        try (Agent agent = bench.agent(identity, 1L << 30)) {
            agent.syncOnce();
            agent.syncOnce();
        }
        List<AsRunRecord> stored = bench.scheduler.store().read(r -> r.agentReports().asRunOf(station.station));
        assertEquals(List.of(1L, 4L), stored.stream().map(AsRunRecord::sequence).toList());
        try (AgentStore store = AgentStore.open(bench.agentData)) {
            assertEquals(0, store.outbox().backlog(), "nothing waits behind the refused records");
            assertEquals(2, store.outbox().refused());
        }
        String status = AgentProcess.output("status", "--data", bench.agentData.toString());
        assertTrue(status.contains("Máy chủ từ chối / Refused by the server: 2"), status);
    }

    private static String record(long sequence, Instant start, double seconds, Long programId) {
        return new JsonObject().put("sequence", sequence).put("outcome", "played")
                .put("program_id", programId).put("planned_start", start.toString()).put("actual_start", start.toString())
                .put("seconds_played", seconds).encode();
    }
}
