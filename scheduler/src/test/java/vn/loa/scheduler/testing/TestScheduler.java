package vn.loa.scheduler.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import vn.loa.scheduler.SchedulerApp;
import vn.loa.scheduler.config.ConfigLoader;
import vn.loa.scheduler.config.SchedulerConfig;
import vn.loa.scheduler.store.SqliteStore;
import vn.loa.scheduler.store.Store;

/**
 * A real scheduler for tests: a SQLite file in a temporary data directory, HTTP on a free loopback
 * port. {@link #restart()} stops it and starts a new one over the same data directory.
 */
public final class TestScheduler implements AutoCloseable {

    private final SchedulerConfig config;
    private final Clock clock;
    private SchedulerApp app;

    private TestScheduler(SchedulerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.app = SchedulerApp.start(config, clock);
    }

    public static TestScheduler start(Path dataDir) {
        return start(dataDir, Clock.systemUTC());
    }

    public static TestScheduler start(Path dataDir, Clock clock) {
        return new TestScheduler(config(dataDir), clock);
    }

    /** Starts over a store the test wraps or prepares itself. */
    public static SchedulerApp startOn(Path dataDir, Store store) {
        return SchedulerApp.start(config(dataDir), store, Clock.systemUTC());
    }

    public static SchedulerConfig config(Path dataDir) {
        return new ConfigLoader(Map.of()).load(null).withPort(0).withDataDir(dataDir);
    }

    public static Store openStore(Path dataDir) {
        return SqliteStore.open(dataDir, 5000);
    }

    public Api api() {
        return new Api(app.port());
    }

    public Store store() {
        return app.store();
    }

    public void restart() {
        app.close();
        app = SchedulerApp.start(config, clock);
    }

    @Override
    public void close() {
        app.close();
    }
}
