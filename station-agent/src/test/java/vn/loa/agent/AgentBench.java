package vn.loa.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.loa.agent.playout.FileSink;
import vn.loa.agent.time.AgentClock;
import vn.loa.agent.time.SimulatedClock;
import vn.loa.scheduler.testing.Folders;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * What every agent integration test stands on: a real scheduler and the agent on one simulated clock that
 * starts at 05:00 today (before the 06:00 window), the agent's data folder, and the folder its file sink
 * airs into. Register with {@code @RegisterExtension final AgentBench bench = AgentBench.atRate(4);}.
 */
final class AgentBench implements BeforeEachCallback, AfterEachCallback {

    final SimulatedClock clock;
    final TestScheduler scheduler;
    private Path root;
    /** The agent's data folder (identity, cache, outbox). */
    Path agentData;
    /** Where the file sink writes what it airs, and its timing log. */
    Path air;

    private AgentBench(Instant start, double rate) {
        clock = new SimulatedClock(start, rate);
        scheduler = TestScheduler.withClock(clock);
    }

    /** {@code rate} clock seconds pass per real second. */
    static AgentBench atRate(double rate) {
        return new AgentBench(AiringStation.today(5, 0, 0), rate);
    }

    /** The same from another instant (call {@link #beforeEach} and {@link #afterEach} yourself when not registered). */
    static AgentBench startingAt(Instant start, double rate) {
        return new AgentBench(start, rate);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        scheduler.beforeEach(context);
        root = Files.createTempDirectory("loa-agent-it-");
        agentData = Files.createDirectory(root.resolve("agent"));
        air = Files.createDirectory(root.resolve("air"));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            scheduler.afterEach(context);
        } finally {
            Folders.delete(root);
        }
    }

    /** The agent in process, airing to the file sink, on this PC clock, with this cache quota. */
    Agent agent(Identity identity, AgentClock pcClock, long quotaBytes) {
        return new Agent(AgentConfig.defaults(agentData).withCacheBytes(quotaBytes), identity, c -> new FileSink(air, c), pcClock);
    }

    /** The agent on the shared clock, hearing its airings through {@code capture} ({@code --capture}). */
    Agent agent(Identity identity, long quotaBytes, String capture) {
        return new Agent(AgentConfig.defaults(agentData).withCacheBytes(quotaBytes).withCapture(capture), identity,
                c -> new FileSink(air, c), clock);
    }

    /** The same on the shared simulated clock. */
    Agent agent(Identity identity, long quotaBytes) {
        return agent(identity, clock, quotaBytes);
    }
}
