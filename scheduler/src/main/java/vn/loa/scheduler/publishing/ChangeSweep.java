package vn.loa.scheduler.publishing;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.store.ChangeRepository;
import vn.loa.scheduler.store.Store;

/**
 * Hears every commit that changes a station's schedule or a token, whoever made it: this instance, another
 * instance over the same PostgreSQL, a command run beside the server. Every {@code every} (and at once when this
 * process commits such a change: {@link #kick}) it reads V30's change tables' fingerprint, and when it moved, which
 * stations' versions rose: their long polls wake ({@link ScheduleChanges}), the cached answers are forgotten
 * ({@code onSchedules}), and a moved token's trust is dropped ({@code onTokens}).
 *
 * <p>One thread, one cheap read a second; the whole version table only when the fingerprint moved.
 */
public final class ChangeSweep implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeSweep.class);
    /** Station 0's row: what all answers hold (a title, a fallback); no long poll waits on it. */
    private static final long ALL_STATIONS = 0;

    private final Store store;
    private final Duration every;
    private final ScheduleChanges changes;
    private final Runnable onSchedules;
    private final Runnable onTokens;
    private final Semaphore kicked = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;
    private ChangeRepository.Fingerprint seen;
    private Map<Long, Long> versions;

    public ChangeSweep(Store store, Duration every, ScheduleChanges changes, Runnable onSchedules, Runnable onTokens) {
        this.store = store;
        this.every = every;
        this.changes = changes;
        this.onSchedules = onSchedules;
        this.onTokens = onTokens;
        // what is there at start is the baseline: agents pull once after a restart anyway (a new run's versions)
        this.seen = store.read(r -> r.changes().fingerprint());
        this.versions = store.read(r -> r.changes().scheduleVersions());
        this.thread = new Thread(this::run, "loa-change-sweep");
        thread.setDaemon(true);
        thread.start();
    }

    /** Sweeps now rather than at the next tick: this process just committed such a change. */
    public void kick() {
        kicked.release();
    }

    private void run() {
        while (running) {
            try {
                kicked.tryAcquire(every.toMillis(), TimeUnit.MILLISECONDS);
                kicked.drainPermits();
                if (running) {
                    sweep();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("[changes] could not read the change tables: {}", e.toString());
            }
        }
    }

    private void sweep() {
        ChangeRepository.Fingerprint now = store.read(r -> r.changes().fingerprint());
        if (now.equals(seen)) {
            return;
        }
        if (now.scheduleRows() != seen.scheduleRows() || now.scheduleSum() != seen.scheduleSum()) {
            Map<Long, Long> current = store.read(r -> r.changes().scheduleVersions());
            Set<Long> risen = new HashSet<>();
            current.forEach((station, version) -> {
                if (station != ALL_STATIONS && !Objects.equals(versions.get(station), version)) {
                    risen.add(station);
                }
            });
            versions = current;
            onSchedules.run();
            changes.changed(risen);
        }
        if (now.tokenChanges() != seen.tokenChanges()) {
            onTokens.run();
        }
        seen = now;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
