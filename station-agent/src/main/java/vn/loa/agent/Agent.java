package vn.loa.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.playout.Lateness;
import vn.loa.agent.playout.Playout;
import vn.loa.agent.playout.Sink;
import vn.loa.agent.sync.ServerClient;
import vn.loa.agent.sync.Sync;
import vn.loa.agent.sync.SyncOutcome;
import vn.loa.agent.time.AgentClock;
import vn.loa.agent.time.OffsetClock;

/**
 * A running agent, three loops that never die:
 * <ul>
 * <li>sync: every {@code pollSeconds}, at this station's own offset within the interval (so thousands of
 * stations do not call in the same second); after a failure it waits longer, with jitter, up to five
 * minutes; after a success it is back on its grid;</li>
 * <li>watch: a long poll that returns the moment the station's schedule changes, so an urgent notice
 * is pulled within seconds;</li>
 * <li>playout: airs what is due on the server's time.</li>
 * </ul>
 */
public final class Agent implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Agent.class.getName());
    private static final long MAX_BACKOFF_SECONDS = 300;
    private static final int LONG_POLL_SECONDS = 25;
    private static final long URGENT_SYNC_EVERY_NANOS = 3_000_000_000L;

    private final Identity identity;
    private final AgentStore store;
    private final Sync sync;
    private final Playout playout;
    private final long pollSeconds;
    private final ScheduledExecutorService loops = Executors.newScheduledThreadPool(1, r -> daemon(r, "loa-sync"));
    private final Thread playoutThread;
    private final Thread watchThread;
    private final Random jitter = new Random();
    private volatile boolean running = true;
    private final java.util.concurrent.atomic.AtomicLong lastUrgentSync = new java.util.concurrent.atomic.AtomicLong(System.nanoTime() - URGENT_SYNC_EVERY_NANOS * 2);
    private long failures;

    /**
     * @param sinkOnServerTime makes the sink from the server's time as this PC knows it
     * @param pcClock          this PC's clock
     */
    public Agent(Path dataDir, Identity identity, Function<AgentClock, Sink> sinkOnServerTime, AgentClock pcClock,
                 long pollSeconds, long cacheQuotaBytes) {
        this(dataDir, identity, sinkOnServerTime, pcClock, pollSeconds, cacheQuotaBytes, Lateness.DEFAULT);
    }

    public Agent(Path dataDir, Identity identity, Function<AgentClock, Sink> sinkOnServerTime, AgentClock pcClock,
                 long pollSeconds, long cacheQuotaBytes, Lateness lateness) {
        this.identity = identity;
        this.store = AgentStore.open(dataDir);
        if (identity.enrolledAt() != null && store.state("airs_from").isEmpty()) {
            store.setState("airs_from", identity.enrolledAt().toString());
        }
        MediaCache cache = new MediaCache(dataDir, cacheQuotaBytes);
        Sink[] sink = new Sink[1];
        this.sync = new Sync(identity, store, cache, pcClock, dataDir, () -> sink[0].state());
        AgentClock serverTime = new OffsetClock(pcClock, sync::offsetMillis);
        sink[0] = sinkOnServerTime.apply(serverTime);
        this.playout = new Playout(store, cache, sink[0], serverTime, lateness);
        playout.onNoticeAudioMissing(this::fetchSoon);
        this.pollSeconds = pollSeconds;
        this.playoutThread = daemon(playout, "loa-playout");
        this.watchThread = daemon(this::watch, "loa-watch");
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public void start() {
        // the downtime is measured on the server's time, so correct the clock first when the link allows
        sync.measureClock();
        playout.recover();
        playoutThread.start();
        loops.execute(this::syncThenReschedule);
        watchThread.start();
    }

    /**
     * Checks the agent's resident memory every minute; above {@code maxBytes} it logs why and calls
     * {@code restart} (the process exits and the service manager starts it again: the outbox and the
     * cache are on disk, so nothing is lost, as after a power cut). A guard for months unattended on a PC
     * with 2 GB, not the way memory is managed.
     */
    public void watchMemory(long maxBytes, Runnable restart) {
        loops.scheduleAtFixedRate(() -> {
            long resident = ResidentMemory.bytes();
            if (resident > maxBytes) {
                LOG.severe("[memory] resident " + resident / 1_048_576 + " MB is above the ceiling of " + maxBytes / 1_048_576
                        + " MB: restarting / bộ nhớ vượt mức, khởi động lại");
                restart.run();
            }
        }, 60, 60, TimeUnit.SECONDS);
    }

    /** One sync, for tests and the {@code status} command; wakes the playout when the schedule changed. */
    public SyncOutcome syncOnce() {
        SyncOutcome outcome = sync.attempt();
        if (outcome == SyncOutcome.UPDATED) {
            playout.scheduleChanged();
        }
        return outcome;
    }

    /** A sync right away, at most one every few seconds: a due urgent notice is waiting for its audio. */
    private void fetchSoon() {
        long now = System.nanoTime();
        long last = lastUrgentSync.get();
        if (now - last > URGENT_SYNC_EVERY_NANOS && lastUrgentSync.compareAndSet(last, now) && running) {
            loops.execute(this::syncOnce);
        }
    }

    private void syncThenReschedule() {
        SyncOutcome outcome = syncOnce();
        failures = outcome == SyncOutcome.FAILED ? failures + 1 : 0;
        long delay = failures == 0 ? untilOwnSlot()
                : Math.min(MAX_BACKOFF_SECONDS, pollSeconds * (1L << Math.min(failures, 8))) + jitter.nextInt(5);
        if (running) {
            loops.schedule(this::syncThenReschedule, delay, TimeUnit.SECONDS);
        }
    }

    /** Seconds to this station's next slot: its own fixed offset within the poll interval. */
    private long untilOwnSlot() {
        long offset = Math.floorMod(identity.stationId() * 7919L, pollSeconds);
        long now = System.currentTimeMillis() / 1000;
        long wait = Math.floorMod(offset - now, pollSeconds);
        return wait == 0 ? pollSeconds : wait;
    }

    private void watch() {
        ServerClient server = sync.server();
        String version = null;
        long backoff = 5;
        while (running) {
            try {
                ServerClient.Change change = server.awaitChange(identity.stationId(), version, LONG_POLL_SECONDS);
                backoff = 5;
                if (change.changed() && version != null) {
                    // many stations wake together for a province-wide notice: spread the pulls over a second
                    Thread.sleep(jitter.nextInt(1000));
                    loops.execute(this::syncOnce);
                }
                version = change.version();
            } catch (IOException e) {
                LOG.fine("[watch] " + e.getMessage());
                try {
                    Thread.sleep(backoff * 1000 + jitter.nextInt(1000));
                } catch (InterruptedException stop) {
                    return;
                }
                backoff = Math.min(60, backoff * 2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the loops; what is airing is cut and recorded before this returns. */
    @Override
    public void close() {
        running = false;
        playout.stop();
        watchThread.interrupt();
        try {
            playoutThread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loops.shutdownNow();
        try {
            loops.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
