package vn.loa.scheduler.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements kept on a pooled SQLite connection from one transaction to the next. The SQLite driver compiles
 * a statement anew on every prepare (PostgreSQL's driver keeps its own cache), and an as-run record costs some ten
 * statements: compiling them was the largest part of the write transaction every agent waits for.
 *
 * <p>Statements are prepared on the driver's own connection, beneath the pool's proxy, so the pool does not close
 * them when the connection goes back; they go with the connection. One thread holds a connection at a time, so a
 * cache needs no lock; a statement still in use (a query run again from inside its own row loop) is never handed out
 * twice: the second use gets a statement of its own.
 */
final class StatementCache {

    /** A connection's statements beyond these are closed, least recently used first. */
    private static final int SIZE = 200;

    /** Few: the pools' connections, live ones and the ones retired since the last connection was opened. */
    private static final Map<Connection, StatementCache> BY_CONNECTION = new IdentityHashMap<>();

    /** A statement lent out; closing it gives it back. */
    interface Lent extends AutoCloseable {
        PreparedStatement statement();

        /** Not to be lent again: closed when given back. */
        void discard();

        @Override
        void close() throws SQLException;
    }

    private final class Entry implements Lent {
        final PreparedStatement statement;
        boolean lent;
        boolean evicted;

        Entry(PreparedStatement statement) {
            this.statement = statement;
        }

        @Override
        public PreparedStatement statement() {
            return statement;
        }

        @Override
        public void discard() {
            entries.values().remove(this);
            evicted = true;
        }

        @Override
        public void close() throws SQLException {
            lent = false;
            if (evicted) {
                statement.close();
            }
        }
    }

    private final Connection driver;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return evict(this, eldest.getValue());
        }
    };

    private static boolean evict(Map<String, Entry> in, Entry eldest) {
        if (in.size() <= SIZE) {
            return false;
        }
        eldest.evicted = true;
        if (!eldest.lent) {
            try {
                eldest.statement.close();
            } catch (SQLException ignored) {
                // a statement that will not close goes with its connection
            }
        }
        return true;
    }

    private StatementCache(Connection driver) {
        this.driver = driver;
    }

    /** The cache of the driver's connection beneath {@code pooled}. */
    static StatementCache of(Connection pooled, Class<? extends Connection> driverClass) throws SQLException {
        Connection driver = pooled.unwrap(driverClass);
        synchronized (BY_CONNECTION) {
            StatementCache cache = BY_CONNECTION.get(driver);
            if (cache == null) {
                // a new connection usually replaces one the pool retired: its statements closed with it
                BY_CONNECTION.keySet().removeIf(StatementCache::closed);
                cache = new StatementCache(driver);
                BY_CONNECTION.put(driver, cache);
            }
            return cache;
        }
    }

    private static boolean closed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** A statement of {@code sql}; SQLite's connections fetch no generated keys, so none is prepared for them. */
    Lent lend(String sql) throws SQLException {
        // the texts are the repositories' constants: their hashes are kept, and no key is built per call
        Entry entry = entries.get(sql);
        if (entry == null) {
            entry = new Entry(driver.prepareStatement(sql));
            entries.put(sql, entry);
        } else if (entry.lent) {
            return own(driver.prepareStatement(sql));
        }
        entry.lent = true;
        return entry;
    }

    /** A statement of the caller's own, closed when given back. */
    static Lent own(PreparedStatement statement) {
        return new Lent() {
            @Override
            public PreparedStatement statement() {
                return statement;
            }

            @Override
            public void discard() {
                // closed when given back anyway
            }

            @Override
            public void close() throws SQLException {
                statement.close();
            }
        };
    }
}
