package vn.loa.agent.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The tables of the agent's database and the steps that bring an older file up to date ({@code user_version}). */
final class AgentSchema {

    private AgentSchema() {
    }

    static void create(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS schedule_item (id INTEGER PRIMARY KEY, planned_start TEXT NOT NULL,"
                + " duration_ms INTEGER NOT NULL, program_id INTEGER NOT NULL, sha256 TEXT NOT NULL, reason TEXT,"
                + " handled INTEGER NOT NULL DEFAULT 0)");
        s.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT)");
        s.execute("CREATE TABLE IF NOT EXISTS outbox (sequence INTEGER PRIMARY KEY, json TEXT NOT NULL,"
                + " created_at TEXT NOT NULL, acked_at TEXT)");
        // relays came with no version step: a file from before them simply gains the table
        s.execute("CREATE TABLE IF NOT EXISTS relay (id INTEGER PRIMARY KEY, start_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL,"
                + " source_id INTEGER NOT NULL, source_name TEXT, url TEXT NOT NULL, fallback_program_id INTEGER,"
                + " fallback_sha256 TEXT, fallback_duration_ms INTEGER NOT NULL DEFAULT 0, handled INTEGER NOT NULL DEFAULT 0)");
        upgrade(s);
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
}
