package vn.loa.scheduler.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded default: one SQLite file ({@code loa.db}) in the data directory, in WAL mode with
 * foreign keys on. Writes take the lock when they begin ({@code BEGIN IMMEDIATE}) so two writers
 * wait for each other (up to the busy timeout) instead of failing half-way with SQLITE_BUSY.
 * Opening migrates the schema to the newest Flyway version.
 *
 * <p>Connections are pooled: a few for reads, side by side under WAL, and one for writes, since SQLite
 * lets one writer in at a time anyway and a writer waiting for the pool's one connection costs nothing,
 * where a second connection would sleep and retry in SQLite's busy handler. Another process (a CLI
 * command) still queues on the busy timeout.
 */
public final class SqliteStore implements Store {

    public static final String FILE_NAME = "loa.db";

    /** Readers at once: the store's worker pool and the report pool rarely hold more. */
    private static final int READ_CONNECTIONS = 8;

    /** The tables the current thread's write transaction changed so far (heard from SQLite's update hook). */
    private static final ThreadLocal<Set<String>> CHANGED = ThreadLocal.withInitial(HashSet::new);

    private final HikariDataSource reads;
    private final HikariDataSource writes;
    private final Watches watches = new Watches();
    private final GroupCommit together = new GroupCommit(this::writeGroup);


    private SqliteStore(HikariDataSource reads, HikariDataSource writes) {
        this.reads = reads;
        this.writes = writes;
    }

    /** Opens (creating if needed) the store in {@code dataDir} and migrates it. */
    public static SqliteStore open(Path dataDir, int busyTimeoutMillis) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + dataDir, e);
        }
        String url = "jdbc:sqlite:" + dataDir.resolve(FILE_NAME).toAbsolutePath();
        Flyway.configure()
                .dataSource(dataSource(url, busyTimeoutMillis, SQLiteConfig.TransactionMode.IMMEDIATE))
                .locations(Migrations.SQLITE)
                .load()
                .migrate();
        return new SqliteStore(
                pool("loa-reads", dataSource(url, busyTimeoutMillis, SQLiteConfig.TransactionMode.DEFERRED),
                        READ_CONNECTIONS, busyTimeoutMillis),
                pool("loa-writes", new HeardDataSource(config(busyTimeoutMillis, SQLiteConfig.TransactionMode.IMMEDIATE), url),
                        1, busyTimeoutMillis));
    }

    private static HikariDataSource pool(String name, DataSource connections, int size, int busyTimeoutMillis) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(connections);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        // a caller waits for a pooled connection as long as it would have waited on SQLite's lock
        config.setConnectionTimeout(Math.max(250, busyTimeoutMillis));
        // left in auto-commit between uses: sqlite-jdbc begins the next transaction as soon as one commits, and a
        // pooled write connection idling in BEGIN IMMEDIATE would hold the write lock; the pool resets it on return
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    private static SQLiteDataSource dataSource(String url, int busyTimeoutMillis, SQLiteConfig.TransactionMode mode) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config(busyTimeoutMillis, mode));
        dataSource.setUrl(url);
        return dataSource;
    }

    /** Write connections whose every row change is noted for {@link #watch}. */
    private static final class HeardDataSource extends SQLiteDataSource {

        HeardDataSource(SQLiteConfig config, String url) {
            super(config);
            setUrl(url);
        }

        @Override
        public SQLiteConnection getConnection(String username, String password) throws SQLException {
            SQLiteConnection connection = super.getConnection(username, password);
            connection.addUpdateListener((type, database, table, rowId) -> CHANGED.get().add(table));
            return connection;
        }
    }

    private static SQLiteConfig config(int busyTimeoutMillis, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit is on disk before the agent hears "acknowledged" and drops its copy; NORMAL could lose
        // the last commits of a WAL database in a power cut, records no agent would ever send again
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        // else the driver runs a fresh "SELECT last_insert_rowid()" after every INSERT, upserts included; Sql.insert
        // asks for the id itself when it needs one
        config.setGetGeneratedKeys(false);
        config.setBusyTimeout(busyTimeoutMillis);
        config.setTransactionMode(mode);
        return config;
    }

    @Override
    public <T> T read(Work<T> work) {
        return inTransaction(reads, work);
    }

    @Override
    public <T> T write(Work<T> work) {
        Set<String> changed = CHANGED.get();
        changed.clear();
        try {
            T result = inTransaction(writes, work);
            watches.committed(changed);
            return result;
        } finally {
            changed.clear();
        }
    }

    @Override
    public <T> T writeTogether(Work<T> work) {
        return together.write(work);
    }

    /** Writes waiting to go in with the next group. */
    int writesWaiting() {
        return together.waiting();
    }

    /** One transaction for a group of writes, each under a savepoint; every one's result or refusal set. */
    private void writeGroup(List<GroupCommit.Pending<?>> group) {
        Set<String> changed = CHANGED.get();
        changed.clear();
        try {
            inTransaction(writes, connection -> {
                for (GroupCommit.Pending<?> p : group) {
                    GroupCommit.runSaved(connection, p, SqliteStore::bind);
                }
                return null;
            }, connection -> { }, connection -> { });
            watches.committed(changed);
        } finally {
            changed.clear();
        }
    }

    @Override
    public void watch(Set<String> tables, Runnable listener) {
        watches.add(tables, listener);
    }

    @Override
    public <T> T readWithin(Duration limit, Work<T> work) {
        long deadline = System.nanoTime() + limit.toNanos();
        boolean[] stopped = {false};
        try {
            // SQLite calls the handler every few thousand virtual-machine steps; non-zero interrupts the statement
            return inTransaction(reads, connection -> work.run(bind(connection)), connection -> ProgressHandler.setHandler(
                    connection.unwrap(SQLiteConnection.class), 10_000, new ProgressHandler() {
                        @Override
                        protected int progress() {
                            stopped[0] = System.nanoTime() > deadline;
                            return stopped[0] ? 1 : 0;
                        }
                    }), connection -> ProgressHandler.clearHandler(connection.unwrap(SQLiteConnection.class)));
        } catch (RuntimeException e) {
            if (stopped[0]) {
                throw new StoreTimeout(limit);
            }
            throw e;
        }
    }

    @Override
    public ConnectionUse connections() {
        var r = reads.getHikariPoolMXBean();
        var w = writes.getHikariPoolMXBean();
        return new ConnectionUse(r.getActiveConnections() + w.getActiveConnections(),
                r.getIdleConnections() + w.getIdleConnections(),
                r.getThreadsAwaitingConnection() + w.getThreadsAwaitingConnection());
    }

    @Override
    public boolean isReachable() {
        try (Connection c = reads.getConnection()) {
            return new Sql(c, Dialect.SQLITE).count("SELECT 1") == 1;
        } catch (SQLException | StoreException e) {
            return false;
        }
    }

    @Override
    public void close() {
        reads.close();
        writes.close();
    }

    /** Something to set on a connection before its transaction begins. */
    @FunctionalInterface
    private interface Setup {
        void prepare(Connection connection) throws SQLException;
    }

    private static <T> T inTransaction(DataSource source, Work<T> work) {
        return inTransaction(source, connection -> work.run(bind(connection)), connection -> { }, connection -> { });
    }

    /** {@code undo} takes back what {@code setup} set, before the connection goes back to the pool. */
    private static <T> T inTransaction(DataSource source, OnConnection<T> work, Setup setup, Setup undo) {
        try (Connection connection = source.getConnection()) {
            setup.prepare(connection);
            try {
                connection.setAutoCommit(false);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                undo.prepare(connection);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed", e);
        }
    }

    private static Repositories bind(Connection connection) throws SQLException {
        return new JdbcRepositories(new Sql(connection, Dialect.SQLITE, StatementCache.of(connection, SQLiteConnection.class)));
    }
}
