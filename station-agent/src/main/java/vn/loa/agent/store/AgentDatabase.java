package vn.loa.agent.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The agent's own SQLite file ({@code DATA/agent.db}) behind one connection, which the playout and sync
 * threads take turns on (every method holds this object's lock; a transaction holds it throughout).
 * Every write is committed before the caller goes on, so a power cut loses nothing that was recorded.
 * Statements are always closed: one left open was a native SQLite statement leaked on every call.
 */
public final class AgentDatabase implements AutoCloseable {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private final Connection db;

    private AgentDatabase(Connection db) {
        this.db = db;
    }

    public static AgentDatabase open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("agent.db").toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                // a week's schedule and the unsent records are a few hundred KB: SQLite's default 2 MB page
                // cache would only fill, slowly, with the pages of old records nobody reads again
                s.execute("PRAGMA cache_size=-512");
                AgentSchema.create(s);
            }
            return new AgentDatabase(db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the agent's database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** The one text column of the one row the query finds, if any and not null. */
    public synchronized Optional<String> text(String sql, Object... params) {
        List<String> found = list(sql, r -> r.getString(1), params);
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }

    public synchronized <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (PreparedStatement s = prepared(sql, params); ResultSet r = s.executeQuery()) {
            List<T> list = new ArrayList<>();
            while (r.next()) {
                list.add(row.read(r));
            }
            return list;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public synchronized int count(String sql, Object... params) {
        List<Integer> found = list(sql, r -> r.getInt(1), params);
        return found.isEmpty() ? 0 : found.get(0);
    }

    public synchronized void update(String sql, Object... params) {
        try (PreparedStatement s = prepared(sql, params)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs {@code work} in one transaction: all of its writes commit, or none. */
    public synchronized <T> T inTransaction(Supplier<T> work) {
        try {
            db.setAutoCommit(false);
            T result = work.get();
            db.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw failure(e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    /** A nullable integer column. */
    public static Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    private PreparedStatement prepared(String sql, Object... params) throws SQLException {
        PreparedStatement s = db.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException e) {
            // the original failure is what matters
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("agent database: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing at exit; nothing to recover
        }
    }
}
