package vn.loa.scheduler.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.loa.scheduler.SchedulerApp;
import vn.loa.scheduler.config.ConfigLoader;
import vn.loa.scheduler.config.SchedulerConfig;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.store.SqliteStore;
import vn.loa.scheduler.store.Stores;
import vn.loa.scheduler.store.Store;

/**
 * A real scheduler for each test: a SQLite file in a fresh temporary data directory (or, on the PostgreSQL run,
 * a fresh database of {@link TestPostgres}), HTTP on a free loopback port. Register it with {@code @RegisterExtension}; {@link #restart()} stops it and starts a
 * new one over the same data directory.
 */
public final class TestScheduler implements BeforeEachCallback, AfterEachCallback {

    private final Clock clock;
    private final Map<String, String> environment;
    private Path dataDir;
    private SchedulerConfig config;
    private SchedulerApp app;

    private TestScheduler(Clock clock, Map<String, String> environment) {
        this.clock = clock;
        this.environment = environment;
    }

    public static TestScheduler create() {
        return new TestScheduler(Clock.systemUTC(), Map.of());
    }

    public static TestScheduler withClock(Clock clock) {
        return new TestScheduler(clock, Map.of());
    }

    /** With a clock the test moves and extra configuration, as LOA_* environment variables. */
    public static TestScheduler with(Clock clock, Map<String, String> environment) {
        return new TestScheduler(clock, environment);
    }

    /** With extra configuration, as LOA_* environment variables. */
    public static TestScheduler withEnvironment(Map<String, String> environment) {
        return new TestScheduler(Clock.systemUTC(), environment);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("loa-it-");
        config = config(dataDir, environment);
        app = SchedulerApp.start(config, clock);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (app != null) {
            app.close();
        }
        if (TestPostgres.inUse()) {
            TestPostgres.drop(dataDir);
        }
        Folders.delete(dataDir);
    }

    /** A client with no credentials. */
    public Api api() {
        return new Api(app.port());
    }

    /** A signed-in system-wide admin (created on first use). */
    public Api admin() {
        return as("quantri", Role.ADMIN, null);
    }

    /** A signed-in user of the given role and scope, created on first use. */
    public Api as(String username, Role role, String scopeCode) {
        if (store().read(r -> r.users().findByUsername(username)).isEmpty()) {
            TestUsers.create(store(), username, role, scopeCode);
        }
        return api().signIn(username, TestUsers.PASSWORD);
    }

    /** Re-plans and publishes now, as the nightly job or a change elsewhere would. */
    public void publish() {
        app.publisher().publish();
    }

    public Store store() {
        return app.store();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the server (as a power cut at the district would); {@link #startAgain()} brings it back. */
    public void stop() {
        config = config.withPort(app.port());
        app.close();
        app = null;
    }

    /** Starts again on the same port and data directory after {@link #stop()}. */
    public void startAgain() {
        app = SchedulerApp.start(config, clock);
    }

    /** Stops and starts again on the same port, so clients (and their sessions) carry on. */
    public void restart() {
        SchedulerConfig samePort = config.withPort(app.port());
        app.close();
        app = SchedulerApp.start(samePort, clock);
    }

    /** Starts a scheduler over a store the test wraps or prepares itself; the caller closes it. */
    public static SchedulerApp startOn(Path dataDir, Store store) {
        return SchedulerApp.start(config(dataDir, Map.of()), store, Clock.systemUTC());
    }

    /** The store of this run (SQLite, or PostgreSQL with {@code -Dloa.test.store=postgresql}) for {@code dataDir}. */
    public static Store openStore(Path dataDir) {
        return Stores.open(storeUrl(dataDir), dataDir, 5000);
    }

    /**
     * A connection of the test's own straight to the store under {@code dataDir}, as another process (a command,
     * an intruder with the database) would have: the SQLite file, or the PostgreSQL database of this run.
     */
    public static Connection connectDirectly(Path dataDir) throws SQLException {
        return DriverManager.getConnection(TestPostgres.inUse() ? TestPostgres.jdbcUrlFor(dataDir)
                : "jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME));
    }

    /** Null for the SQLite file in {@code dataDir}; on PostgreSQL, the database kept for that folder. */
    public static String storeUrl(Path dataDir) {
        return TestPostgres.inUse() ? TestPostgres.urlFor(dataDir) : null;
    }

    /**
     * The duration rules shortened for tests (programs 3–20 s, notices 1–10 s), so short generated clips
     * pass; one test keeps the real 3–5 minute rule.
     */
    public static final Map<String, String> SHORT_RULES = Map.of(
            "LOA_MEDIA_PROGRAM_MIN_SECONDS", "3", "LOA_MEDIA_PROGRAM_MAX_SECONDS", "20",
            "LOA_MEDIA_PROGRAM_TOLERANCE_SECONDS", "0",
            "LOA_MEDIA_NOTICE_MIN_SECONDS", "1", "LOA_MEDIA_NOTICE_MAX_SECONDS", "10");

    /** The test configuration: the short rules, then {@code environment} as LOA_* variables, port 0, this data directory. */
    public static SchedulerConfig config(Path dataDir, Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>(SHORT_RULES);
        String storeUrl = storeUrl(dataDir);
        if (storeUrl != null) {
            merged.put("LOA_STORE_URL", storeUrl);
        }
        merged.putAll(environment);
        return new ConfigLoader(merged).load(null).withPort(0).withDataDir(dataDir);
    }

}
