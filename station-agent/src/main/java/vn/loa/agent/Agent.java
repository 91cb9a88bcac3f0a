package vn.loa.agent;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.playout.Playout;
import vn.loa.agent.playout.Sink;
import vn.loa.agent.sync.Sync;
import vn.loa.agent.sync.SyncOutcome;

/**
 * A running agent: a sync loop that never dies (each attempt ends in an outcome; after a failure it
 * waits longer, with jitter, up to five minutes; after a success it is back to the normal poll) and a
 * playout loop that checks every second what is due.
 */
public final class Agent implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Agent.class.getName());
    private static final long MAX_BACKOFF_SECONDS = 300;

    private final AgentStore store;
    private final Sync sync;
    private final Playout playout;
    private final long pollSeconds;
    private final ScheduledExecutorService loops = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "loa-agent");
        t.setDaemon(true);
        return t;
    });
    private final Random jitter = new Random();
    private long failures;

    public Agent(Path dataDir, Identity identity, Sink sink, Clock clock, long pollSeconds) {
        this.store = AgentStore.open(dataDir);
        MediaCache cache = new MediaCache(dataDir);
        this.sync = new Sync(identity, store, cache, clock, dataDir);
        // playout runs on the server's time: this PC's clock corrected by the measured offset
        Clock serverTime = new OffsetClock(clock, sync::offsetMillis);
        this.playout = new Playout(store, cache, sink, serverTime);
        this.pollSeconds = pollSeconds;
    }

    public void start() {
        loops.execute(this::syncThenReschedule);
        loops.scheduleWithFixedDelay(this::playSafely, 0, 1, TimeUnit.SECONDS);
    }

    /** One sync and one playout pass, for tests and the {@code status} command. */
    public SyncOutcome syncOnce() {
        return sync.attempt();
    }

    public int playDue() {
        return playout.tick();
    }

    private void syncThenReschedule() {
        SyncOutcome outcome = sync.attempt();
        failures = outcome == SyncOutcome.FAILED ? failures + 1 : 0;
        long delay = failures == 0 ? pollSeconds
                : Math.min(MAX_BACKOFF_SECONDS, pollSeconds * (1L << Math.min(failures, 8))) + jitter.nextInt(5);
        loops.schedule(this::syncThenReschedule, delay, TimeUnit.SECONDS);
    }

    private void playSafely() {
        try {
            playout.tick();
        } catch (RuntimeException e) {
            LOG.warning("[playout] " + e.getMessage());
        }
    }

    @Override
    public void close() {
        loops.shutdownNow();
        store.close();
    }
}
