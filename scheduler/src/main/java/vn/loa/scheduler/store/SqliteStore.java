package vn.loa.scheduler.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded default: one SQLite file ({@code loa.db}) in the data directory, in WAL mode with
 * foreign keys on. Writes take the lock when they begin ({@code BEGIN IMMEDIATE}) so two writers
 * wait for each other (up to the busy timeout) instead of failing half-way with SQLITE_BUSY.
 * Opening migrates the schema to the newest Flyway version.
 */
public final class SqliteStore implements Store {

    public static final String FILE_NAME = "loa.db";

    private final SQLiteDataSource reads;
    private final SQLiteDataSource writes;

    private SqliteStore(SQLiteDataSource reads, SQLiteDataSource writes) {
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
        SqliteStore store = new SqliteStore(
                dataSource(url, busyTimeoutMillis, SQLiteConfig.TransactionMode.DEFERRED),
                dataSource(url, busyTimeoutMillis, SQLiteConfig.TransactionMode.IMMEDIATE));
        Flyway.configure()
                .dataSource(store.writes)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return store;
    }

    private static SQLiteDataSource dataSource(String url, int busyTimeoutMillis, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit is on disk before the agent hears "acknowledged" and drops its copy; NORMAL could lose
        // the last commits of a WAL database in a power cut, records no agent would ever send again
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis);
        config.setTransactionMode(mode);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    @Override
    public <T> T read(Work<T> work) {
        return inTransaction(reads, work);
    }

    @Override
    public <T> T write(Work<T> work) {
        return inTransaction(writes, work);
    }

    @Override
    public <T> T readWithin(Duration limit, Work<T> work) {
        long deadline = System.nanoTime() + limit.toNanos();
        boolean[] stopped = {false};
        try {
            // SQLite calls the handler every few thousand virtual-machine steps; non-zero interrupts the statement
            return inTransaction(reads, work, connection -> ProgressHandler.setHandler(connection, 10_000,
                    new ProgressHandler() {
                        @Override
                        protected int progress() {
                            stopped[0] = System.nanoTime() > deadline;
                            return stopped[0] ? 1 : 0;
                        }
                    }));
        } catch (RuntimeException e) {
            if (stopped[0]) {
                throw new StoreTimeout(limit);
            }
            throw e;
        }
    }

    @Override
    public boolean isReachable() {
        try (Connection c = reads.getConnection()) {
            return new Sql(c).count("SELECT 1") == 1;
        } catch (SQLException | StoreException e) {
            return false;
        }
    }

    @Override
    public void close() {
        // Connections are opened per transaction and closed after it; nothing stays open.
    }

    /** Something to set on a connection before its transaction begins. */
    @FunctionalInterface
    private interface Setup {
        void prepare(Connection connection) throws SQLException;
    }

    private static <T> T inTransaction(SQLiteDataSource source, Work<T> work) {
        return inTransaction(source, work, connection -> { });
    }

    private static <T> T inTransaction(SQLiteDataSource source, Work<T> work, Setup setup) {
        try (Connection connection = source.getConnection()) {
            setup.prepare(connection);
            connection.setAutoCommit(false);
            try {
                T result = work.run(bind(new Sql(connection)));
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed", e);
        }
    }

    private static Repositories bind(Sql sql) {
        return new JdbcRepositories(sql);
    }
}
