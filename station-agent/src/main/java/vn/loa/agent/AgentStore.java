package vn.loa.agent;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agent's own SQLite file ({@code DATA/agent.db}): the cached schedule, small state (ETag, next
 * sequence number) and the as-run outbox. Every write is committed before the caller goes on, so a
 * power cut loses nothing that was recorded. One connection, used by one thread at a time.
 */
public final class AgentStore implements AutoCloseable {

    /** A schedule item as cached. */
    public record Item(long id, Instant plannedStart, long durationMillis, long programId, String sha256, String reason) {
    }

    /** An outbox record: its sequence and the JSON the server receives. */
    public record Pending(long sequence, String json) {
    }

    private final Connection db;

    private AgentStore(Connection db) {
        this.db = db;
    }

    public static AgentStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("agent.db").toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE IF NOT EXISTS schedule_item (id INTEGER PRIMARY KEY, planned_start TEXT NOT NULL,"
                        + " duration_ms INTEGER NOT NULL, program_id INTEGER NOT NULL, sha256 TEXT NOT NULL, reason TEXT,"
                        + " handled INTEGER NOT NULL DEFAULT 0)");
                s.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT)");
                s.execute("CREATE TABLE IF NOT EXISTS outbox (sequence INTEGER PRIMARY KEY, json TEXT NOT NULL,"
                        + " created_at TEXT NOT NULL, acked_at TEXT)");
            }
            return new AgentStore(db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the agent's database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public Optional<String> state(String key) {
        try (PreparedStatement s = db.prepareStatement("SELECT value FROM state WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void setState(String key, String value) {
        update("INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

    /** Replaces the cached items with the server's, keeping what was already handled as handled. */
    public synchronized void replaceSchedule(List<Item> items) {
        try {
            db.setAutoCommit(false);
            List<Long> handled = new ArrayList<>();
            try (ResultSet r = db.createStatement().executeQuery("SELECT id FROM schedule_item WHERE handled = 1")) {
                while (r.next()) {
                    handled.add(r.getLong(1));
                }
            }
            db.createStatement().execute("DELETE FROM schedule_item");
            for (Item i : items) {
                update("INSERT INTO schedule_item (id, planned_start, duration_ms, program_id, sha256, reason, handled)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", i.id(), i.plannedStart().toString(), i.durationMillis(), i.programId(),
                        i.sha256(), i.reason(), handled.contains(i.id()) ? 1 : 0);
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw failure(e);
        } finally {
            autoCommit();
        }
    }

    /** Items not yet aired or recorded as missed, earliest first. */
    public synchronized List<Item> unhandled() {
        List<Item> items = new ArrayList<>();
        try (ResultSet r = db.createStatement().executeQuery("SELECT id, planned_start, duration_ms, program_id, sha256, reason"
                + " FROM schedule_item WHERE handled = 0 ORDER BY planned_start")) {
            while (r.next()) {
                items.add(new Item(r.getLong(1), Instant.parse(r.getString(2)), r.getLong(3), r.getLong(4), r.getString(5),
                        r.getString(6)));
            }
            return items;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Writes an as-run record and marks its item handled in one transaction, so a record is never lost
     * and an item is never recorded twice. Returns the record's sequence number.
     */
    public synchronized long record(long itemId, java.util.function.LongFunction<String> jsonForSequence, Instant now) {
        try {
            db.setAutoCommit(false);
            long sequence = Long.parseLong(state("next_sequence").orElse("1"));
            update("INSERT INTO outbox (sequence, json, created_at) VALUES (?, ?, ?)", sequence,
                    jsonForSequence.apply(sequence), now.toString());
            update("UPDATE schedule_item SET handled = 1 WHERE id = ?", itemId);
            setState("next_sequence", String.valueOf(sequence + 1));
            db.commit();
            return sequence;
        } catch (SQLException e) {
            rollback();
            throw failure(e);
        } finally {
            autoCommit();
        }
    }

    public synchronized List<Pending> pending(int limit) {
        List<Pending> list = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT sequence, json FROM outbox WHERE acked_at IS NULL ORDER BY sequence LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new Pending(r.getLong(1), r.getString(2)));
                }
            }
            return list;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** How many records wait for the server's acknowledgement. */
    public synchronized int backlog() {
        try (ResultSet r = db.createStatement().executeQuery("SELECT COUNT(*) FROM outbox WHERE acked_at IS NULL")) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public synchronized void acknowledge(List<Long> sequences, Instant now) {
        for (long s : sequences) {
            update("UPDATE outbox SET acked_at = ? WHERE sequence = ?", now.toString(), s);
        }
    }

    private void update(String sql, Object... params) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException e) {
            // the original failure is what matters
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("agent database: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing at exit; nothing to recover
        }
    }
}
