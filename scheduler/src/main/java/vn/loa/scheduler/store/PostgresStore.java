package vn.loa.scheduler.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;

/**
 * The store on a PostgreSQL server, for a nation's worth of stations and several scheduler instances over one
 * database (DESIGN §9). The same repositories and SQL as {@link SqliteStore}, on the same ISO-8601 text columns.
 *
 * <p>Reads run side by side, each on a read-only snapshot (REPEATABLE READ), as SQLite's readers do under WAL.
 * Writes are taken one at a time across every instance by a transaction-scoped advisory lock, which is what
 * SQLite's {@code BEGIN IMMEDIATE} gives the code written for it: a use case that reads and then writes (the next
 * sequence, "is this slot free") sees no other writer in between, on any instance.
 */
public final class PostgresStore implements Store {

    /** Any number, the same on every instance: the key of the one write lock. */
    private static final long WRITE_LOCK = 0x4c6f61L;

    /** Names of {@link #exclusively} locks are hashed to a key; the prefix keeps them apart from other users'. */
    private static final String LOCK_PREFIX = "loa:";

    /** PostgreSQL's code for a statement cancelled by {@code statement_timeout}. */
    private static final String QUERY_CANCELED = "57014";

    /** Writes: READ COMMITTED under the one write lock; also the connections the locks of {@link #exclusively} hold. */
    private final HikariDataSource pool;
    /** Reads: set read-only and REPEATABLE READ once per connection, so a read costs no SET round trips. */
    private final HikariDataSource reads;
    private final Watches watches = new Watches();
    private final GroupCommit together = new GroupCommit(this::writeGroup);


    private PostgresStore(HikariDataSource pool, HikariDataSource reads) {
        this.pool = pool;
        this.reads = reads;
    }

    /**
     * Connects to {@code url} ({@code postgresql://user:password@host:port/database} or a {@code jdbc:postgresql:}
     * URL) and migrates the schema to the newest version.
     */
    public static PostgresStore open(String url, int busyTimeoutMillis, int connections) {
        HikariDataSource pool = pool("loa-postgresql-writes", url, busyTimeoutMillis, Math.max(2, connections / 4), false);
        try {
            requireBytewiseText(pool);
            Flyway.configure()
                    .dataSource(pool)
                    .locations(Migrations.POSTGRESQL)
                    .load()
                    .migrate();
            return new PostgresStore(pool, pool("loa-postgresql-reads", url, busyTimeoutMillis, connections, true));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource pool(String name, String url, int busyTimeoutMillis, int size, boolean reading) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(PostgresUrl.jdbc(url));
        // a batch of INSERTs (a publication's items) goes to the server as multi-row statements
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Math.max(250, busyTimeoutMillis));
        config.setAutoCommit(false);
        config.setReadOnly(reading);
        config.setTransactionIsolation(reading ? "TRANSACTION_REPEATABLE_READ" : "TRANSACTION_READ_COMMITTED");
        return new HikariDataSource(config);
    }

    /**
     * Instants and days are ISO text compared as text; a database sorting text by a language's rules would put
     * "…T10:00:00.5Z" and "…T10:00:00Z" in another order than SQLite does, so such a database is refused.
     */
    private static void requireBytewiseText(HikariDataSource pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT datcollate FROM pg_database WHERE datname = current_database()")) {
            row.next();
            c.commit();
            String collation = row.getString(1);
            if (!collation.equals("C") && !collation.equals("POSIX") && !collation.startsWith("C.")) {
                throw new StoreException("PostgreSQL database has collation " + collation,
                        new SQLException("Cơ sở dữ liệu phải tạo với LC_COLLATE 'C' / create the database with "
                                + "LC_COLLATE 'C' (TEMPLATE template0), so text sorts as on SQLite"));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot reach PostgreSQL", e);
        }
    }

    @Override
    public <T> T read(Work<T> work) {
        return inTransaction(false, null, work);
    }

    @Override
    public <T> T readWithin(Duration limit, Work<T> work) {
        try {
            return inTransaction(false, limit, work);
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                throw new StoreTimeout(limit);
            }
            throw e;
        }
    }

    @Override
    public <T> T write(Work<T> work) {
        Set<String> changed = new HashSet<>();
        T result = inTransaction(true, null, connection -> work.run(bind(connection)), changed);
        watches.committed(changed);
        return result;
    }

    @Override
    public <T> T writeTogether(Work<T> work) {
        return together.write(work);
    }

    /** One transaction (one turn of the write lock, one commit) for a group of writes, each under a savepoint. */
    private void writeGroup(List<GroupCommit.Pending<?>> group) {
        Set<String> changed = new HashSet<>();
        inTransaction(true, null, connection -> {
            for (GroupCommit.Pending<?> p : group) {
                GroupCommit.runSaved(connection, p, PostgresStore::bind);
            }
            return null;
        }, changed);
        watches.committed(changed);
    }

    @Override
    public void watch(Set<String> tables, Runnable listener) {
        watches.add(tables, listener);
    }

    /** A session advisory lock, keyed by the name, held on a connection of its own while the work runs. */
    @Override
    public <T> T exclusively(String name, Supplier<T> work) {
        return ProcessLocks.exclusively(name, () -> {
            try (Connection held = pool.getConnection(); PreparedStatement lock = held.prepareStatement(
                    "SELECT pg_advisory_lock(hashtext(?)), 1")) {
                lock.setString(1, LOCK_PREFIX + name);
                lock.executeQuery().close();
                // the lock is the session's: no transaction (and no snapshot) stays open while the work runs
                held.commit();
                try {
                    return work.get();
                } finally {
                    try (PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                        unlock.setString(1, LOCK_PREFIX + name);
                        unlock.executeQuery().close();
                        held.commit();
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("could not take the lock " + name, e);
            }
        });
    }

    @Override
    public ConnectionUse connections() {
        var w = pool.getHikariPoolMXBean();
        var r = reads.getHikariPoolMXBean();
        return new ConnectionUse(w.getActiveConnections() + r.getActiveConnections(),
                w.getIdleConnections() + r.getIdleConnections(),
                w.getThreadsAwaitingConnection() + r.getThreadsAwaitingConnection());
    }

    @Override
    public boolean isReachable() {
        try (Connection c = reads.getConnection()) {
            boolean answered = new Sql(c, Dialect.POSTGRESQL).count("SELECT 1") == 1;
            c.commit();
            return answered;
        } catch (SQLException | StoreException e) {
            return false;
        }
    }

    @Override
    public void close() {
        reads.close();
        pool.close();
    }

    private <T> T inTransaction(boolean write, Duration limit, Work<T> work) {
        return inTransaction(write, limit, connection -> work.run(bind(connection)), null);
    }

    private static Repositories bind(Connection connection) {
        return new JdbcRepositories(new Sql(connection, Dialect.POSTGRESQL));
    }

    /** {@code changed}, when given, receives the watched tables the write changed (before it commits). */
    private <T> T inTransaction(boolean write, Duration limit, OnConnection<T> work, Set<String> changed) {
        try (Connection connection = (write ? pool : reads).getConnection()) {
            try {
                if (write) {
                    run(connection, "SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
                }
                if (limit != null) {
                    run(connection, "SET LOCAL statement_timeout = " + Math.max(1, limit.toMillis()));
                }
                T result = work.run(connection);
                if (changed != null && !watches.isEmpty()) {
                    changed.addAll(changedTables(connection));
                }
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed", e);
        }
    }

    /** The watched tables this transaction inserted, updated or deleted rows of (triggers' rows included). */
    private Set<String> changedTables(Connection connection) throws SQLException {
        Set<String> watched = watches.tables();
        Set<String> changed = new HashSet<>();
        Array names = connection.createArrayOf("text", watched.toArray());
        try (PreparedStatement s = connection.prepareStatement("SELECT relname FROM pg_stat_xact_user_tables"
                + " WHERE relname = ANY (?) AND n_tup_ins + n_tup_upd + n_tup_del > 0")) {
            s.setArray(1, names);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    changed.add(rows.getString(1));
                }
            }
        }
        return changed;
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
