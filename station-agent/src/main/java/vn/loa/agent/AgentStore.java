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
    public record Item(long id, Instant plannedStart, long durationMillis, long programId, String sha256, String reason,
            Long noticeId, Long campaignId) {

        public Instant plannedEnd() {
            return plannedStart.plusMillis(durationMillis);
        }

        public boolean urgent() {
            return noticeId != null;
        }
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
                upgrade(s);
            }
            return new AgentStore(db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the agent's database in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Version 2 orders items by epoch milliseconds (ISO text with and without fractions does not sort
     * as time) and knows which items are urgent notices. The schedule is a cache: version 1's rows are
     * kept only as handled marks, and the next pull (the ETag is forgotten) brings them back complete.
     */
    private static void upgrade(Statement s) throws SQLException {
        int version;
        try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.next() ? r.getInt(1) : 0;
        }
        if (version >= 5) {
            return;
        }
        if (version == 4) {
            upgradeTo5(s);
            return;
        }
        if (version == 3) {
            upgradeTo4(s);
            return;
        }
        if (version == 2) {
            // version 3: the campaign travels with the as-run record, for the supervisors' compliance figures
            s.execute("ALTER TABLE schedule_item ADD COLUMN campaign_id INTEGER");
            upgradeTo4(s);
            return;
        }
        boolean hasStartMs = false;
        try (ResultSet r = s.executeQuery("PRAGMA table_info(schedule_item)")) {
            while (r.next()) {
                hasStartMs |= r.getString("name").equals("start_ms");
            }
        }
        if (!hasStartMs) {
            s.execute("ALTER TABLE schedule_item ADD COLUMN start_ms INTEGER NOT NULL DEFAULT 0");
            s.execute("ALTER TABLE schedule_item ADD COLUMN notice_id INTEGER");
            s.execute("ALTER TABLE schedule_item ADD COLUMN campaign_id INTEGER");
            s.execute("DELETE FROM schedule_item WHERE handled = 0");
            s.execute("DELETE FROM state WHERE key = 'etag'");
        }
        s.execute("CREATE INDEX IF NOT EXISTS schedule_item_due ON schedule_item (handled, start_ms)");
        upgradeTo4(s);
    }

    /**
     * Version 4: the item airing when the server withdrew it stays, with the server's reason, so the
     * airing stops and its record says why (a cancelled urgent notice).
     */
    private static void upgradeTo4(Statement s) throws SQLException {
        s.execute("ALTER TABLE schedule_item ADD COLUMN withdrawn_reason TEXT");
        upgradeTo5(s);
    }

    /**
     * Version 5: a record the server refused (out of range, or its number held with other content) keeps
     * the server's reason and is not sent again, so one bad record never holds up the records after it.
     */
    private static void upgradeTo5(Statement s) throws SQLException {
        s.execute("ALTER TABLE outbox ADD COLUMN refused TEXT");
        s.execute("PRAGMA user_version = 5");
    }

    public synchronized Optional<String> state(String key) {
        return text("SELECT value FROM state WHERE key = ?", key);
    }

    /** The one text column of the one row the query finds, if any and not null. */
    private Optional<String> text(String sql, Object param) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, param);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public synchronized void setState(String key, String value) {
        update("INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

    /**
     * Replaces the cached items with the server's, keeping what was already handled as handled. An
     * item planned before {@code airs_from} (this PC's enrolment) is handled already: it was never this
     * PC's to air. The item on air, when the server no longer has it, stays with the server's reason
     * for withdrawing it, so the airing stops and says why.
     */
    public synchronized void replaceSchedule(List<Item> items, java.util.Map<Long, String> withdrawn) {
        try {
            db.setAutoCommit(false);
            java.util.Set<Long> handled = new java.util.HashSet<>();
            try (Statement st = db.createStatement(); ResultSet r = st.executeQuery("SELECT id FROM schedule_item WHERE handled = 1")) {
                while (r.next()) {
                    handled.add(r.getLong(1));
                }
            }
            long airsFrom = state("airs_from").map(t -> Instant.parse(t).toEpochMilli()).orElse(Long.MIN_VALUE);
            Optional<Item> onAir = state("on_air").map(t -> Long.parseLong(t.split(" ")[0])).flatMap(this::item);
            try (Statement st = db.createStatement()) {
                st.execute("DELETE FROM schedule_item");
            }
            for (Item i : items) {
                insert(i, handled.contains(i.id()) || i.plannedStart().toEpochMilli() < airsFrom, null);
            }
            if (onAir.isPresent() && items.stream().noneMatch(i -> i.id() == onAir.get().id())) {
                insert(onAir.get(), false, withdrawn.getOrDefault(onAir.get().id(),
                        "Lịch phát đã thay đổi / the schedule changed"));
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw failure(e);
        } finally {
            autoCommit();
        }
    }

    private void insert(Item i, boolean handled, String withdrawnReason) {
        update("INSERT INTO schedule_item (id, planned_start, start_ms, duration_ms, program_id, sha256, reason,"
                + " notice_id, campaign_id, handled, withdrawn_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", i.id(),
                i.plannedStart().toString(), i.plannedStart().toEpochMilli(), i.durationMillis(), i.programId(), i.sha256(),
                i.reason(), i.noticeId(), i.campaignId(), handled ? 1 : 0, withdrawnReason);
    }

    /** Why the server took the item off the schedule, when it did (it was on air then). */
    public synchronized Optional<String> withdrawnReason(long itemId) {
        return text("SELECT withdrawn_reason FROM schedule_item WHERE id = ?", itemId);
    }

    /**
     * The renditions the cache must keep: of every item not yet handled, including one the server
     * withdrew while it was on air (its file is still being read).
     */
    public synchronized java.util.Set<String> neededRenditions() {
        java.util.Set<String> needed = new java.util.HashSet<>();
        items("WHERE handled = 0").forEach(i -> needed.add(i.sha256()));
        return needed;
    }

    /** Items not yet aired or recorded as missed, earliest first. */
    public synchronized List<Item> unhandled() {
        return items("WHERE handled = 0 AND withdrawn_reason IS NULL ORDER BY start_ms, id");
    }

    /** Urgent notices other than {@code playing} whose start has come and which have not aired yet, earliest first. */
    public synchronized List<Item> dueNotices(Instant now, long playing) {
        return items("WHERE handled = 0 AND withdrawn_reason IS NULL AND notice_id IS NOT NULL AND start_ms <= "
                + now.toEpochMilli() + " AND id <> " + playing + " ORDER BY start_ms, id");
    }

    public synchronized Optional<Item> item(long id) {
        return items("WHERE id = " + id).stream().findFirst();
    }

    /** Called only with clauses built here from numbers. */
    private List<Item> items(String where) {
        List<Item> items = new ArrayList<>();
        // the Statement is closed too: closing only its ResultSet left a native SQLite statement behind on
        // every call (ten a second while airing), which grew the agent by about a megabyte a minute
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, start_ms, duration_ms, program_id,"
                + " sha256, reason, notice_id, campaign_id FROM schedule_item " + where)) {
            while (r.next()) {
                Long noticeId = nullableLong(r, 7);
                Long campaignId = nullableLong(r, 8);
                items.add(new Item(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), r.getLong(3), r.getLong(4), r.getString(5),
                        r.getString(6), noticeId, campaignId));
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
            update("DELETE FROM state WHERE key IN ('on_air', 'on_air_seconds')");
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
                "SELECT sequence, json FROM outbox WHERE acked_at IS NULL AND refused IS NULL ORDER BY sequence LIMIT ?")) {
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

    /** The as-run records written since {@code since}, oldest first (for {@code status}). */
    public synchronized List<String> recordsSince(Instant since) {
        List<String> list = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT json FROM outbox WHERE created_at >= ? ORDER BY sequence")) {
            s.setString(1, since.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(r.getString(1));
                }
            }
            return list;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }

    /** How many records wait for the server's acknowledgement. */
    public synchronized int backlog() {
        return count("SELECT COUNT(*) FROM outbox WHERE acked_at IS NULL AND refused IS NULL");
    }

    /** How many records the server refused (kept here with its reason, never sent again). */
    public synchronized int refused() {
        return count("SELECT COUNT(*) FROM outbox WHERE refused IS NOT NULL");
    }

    private int count(String sql) {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Keeps the server's reason for each refused record (sequence → reason); they are not sent again. */
    public synchronized void refuse(java.util.Map<Long, String> reasons) {
        reasons.forEach((sequence, reason) -> update("UPDATE outbox SET refused = ? WHERE sequence = ?", reason, sequence));
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
