package vn.loa.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.capture.Capture;
import vn.loa.agent.playout.Playout;
import vn.loa.agent.playout.Sink;
import vn.loa.agent.sync.Backoff;
import vn.loa.agent.sync.ServerClient;
import vn.loa.agent.sync.Sync;
import vn.loa.agent.sync.SyncOutcome;
import vn.loa.agent.time.AgentClock;
import vn.loa.agent.time.ClockOffset;
import vn.loa.agent.time.OffsetClock;
import vn.loa.media.FfmpegLocator;

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
    private static final long WATCH_FIRST_WAIT_SECONDS = 5;
    private static final long WATCH_MAX_WAIT_SECONDS = 60;
    private static final int LONG_POLL_SECONDS = 25;
    private static final long URGENT_SYNC_EVERY_NANOS = 3_000_000_000L;

    private final Identity identity;
    private final AgentStore store;
    private final Sync sync;
    private final Playout playout;
    private final long pollSeconds;
    private final AgentClock pcClock;
    private final Backoff syncBackoff;
    private final ScheduledExecutorService loops = Executors.newScheduledThreadPool(1, r -> daemon(r, "loa-sync"));
    private final Thread playoutThread;
    private final Thread watchThread;
    private final Random jitter = new Random();
    private volatile boolean running = true;
    private final AtomicLong lastUrgentSync = new AtomicLong(System.nanoTime() - URGENT_SYNC_EVERY_NANOS * 2);

    /**
     * @param sinkOnServerTime makes the sink from the server's time as this PC knows it
     * @param pcClock          this PC's clock
     */
    public Agent(AgentConfig config, Identity identity, Function<AgentClock, Sink> sinkOnServerTime, AgentClock pcClock) {
        this.identity = identity;
        this.pcClock = pcClock;
        this.store = AgentStore.open(config.data());
        if (identity.enrolledAt() != null && store.state().get("airs_from").isEmpty()) {
            store.state().set("airs_from", identity.enrolledAt().toString());
        }
        MediaCache cache = new MediaCache(config.data(), config.cacheBytes());
        ClockOffset offset = new ClockOffset(Long.parseLong(store.state().get("clock_offset_ms").orElse("0")));
        AgentClock serverTime = new OffsetClock(pcClock, offset::millis);
        Sink sink = sinkOnServerTime.apply(serverTime);
        Supplier<Path> ffmpeg = ffmpeg(config);
        this.sync = new Sync(identity, store, cache, pcClock, config.data(), sink::state, offset, ffmpeg);
        this.playout = new Playout(store, cache, sink, serverTime, sync::clockReading, config.lateness(), ffmpeg,
                Capture.of(config.capture(), config.data()));
        playout.onNoticeAudioMissing(this::fetchSoon);
        this.pollSeconds = config.pollSeconds();
        this.syncBackoff = new Backoff(pollSeconds * 2, MAX_BACKOFF_SECONDS, 5000, jitter);
        this.playoutThread = daemon(playout, "loa-playout");
        this.watchThread = daemon(this::watch, "loa-watch");
    }

    /**
     * The ffmpeg that decodes relay streams and the renditions for their fingerprints: found (or unpacked) when
     * first needed, then kept.
     */
    private static Supplier<Path> ffmpeg(AgentConfig config) {
        AtomicReference<Path> found = new AtomicReference<>();
        return () -> found.updateAndGet(path -> path != null ? path
                : FfmpegLocator.locate(config.ffmpeg(), config.data().resolve("ffmpeg")).executable());
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
        long delayMillis;
        if (outcome == SyncOutcome.FAILED) {
            delayMillis = syncBackoff.failedMillis();
        } else {
            syncBackoff.succeeded();
            delayMillis = untilOwnSlot() * 1000;
        }
        if (running) {
            loops.schedule(this::syncThenReschedule, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Seconds to this station's next slot: its own fixed offset within the poll interval. */
    private long untilOwnSlot() {
        long offset = Math.floorMod(identity.stationId() * 7919L, pollSeconds);
        long now = pcClock.millis() / 1000;
        long wait = Math.floorMod(offset - now, pollSeconds);
        return wait == 0 ? pollSeconds : wait;
    }

    private void watch() {
        ServerClient server = sync.server();
        String version = null;
        Backoff backoff = new Backoff(WATCH_FIRST_WAIT_SECONDS, WATCH_MAX_WAIT_SECONDS, 1000, jitter);
        while (running) {
            try {
                ServerClient.Change change = server.awaitChange(identity.stationId(), version, LONG_POLL_SECONDS);
                backoff.succeeded();
                if (change.changed() && version != null) {
                    // many stations wake together for a province-wide notice: spread the pulls over a second
                    Thread.sleep(jitter.nextInt(1000));
                    loops.execute(this::syncOnce);
                }
                version = change.version();
            } catch (IOException e) {
                LOG.fine("[watch] " + e.getMessage());
                try {
                    Thread.sleep(backoff.failedMillis());
                } catch (InterruptedException stop) {
                    return;
                }
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
