package vn.loa.scheduler.store;

import java.util.Collections;

/** The SQL of {@link JdbcAgentReportRepository}, in one place. */
final class AgentReportSql {

    static final String SCHEDULE_ITEMS = "SELECT s.id, s.day, s.position, s.planned_start, s.duration_ms, s.program_id,"
            + " s.content_sha256, s.campaign_id, s.notice_id, s.reason, p.title AS program_title, c.name AS campaign_name,"
            + " n.title AS notice_title FROM schedule_item s LEFT JOIN program p ON p.id = s.program_id"
            + " LEFT JOIN campaign c ON c.id = s.campaign_id LEFT JOIN urgent_notice n ON n.id = s.notice_id"
            + " WHERE s.station_id = ? AND s.day >= ? AND s.day <= ? AND s.withdrawn_at IS NULL ORDER BY s.day, s.position";
    /**
     * Items of the days asked for that were withdrawn when their time had come (a cancelled notice on
     * air): an agent airing one stops it and says why. A re-plan withdraws only items after its lead
     * time, which an agent simply drops, so those are not listed and the answer stays small.
     */
    static final String WITHDRAWN_ITEMS = "SELECT id, withdrawn_reason FROM schedule_item"
            + " WHERE station_id = ? AND day >= ? AND day <= ? AND withdrawn_at IS NOT NULL"
            + " AND substr(planned_start, 1, 19) <= substr(withdrawn_at, 1, 19)"
            + " ORDER BY id";
    /** Notice items an agent has now received: the first pull that carried them. */
    static final String MARK_DELIVERED = "UPDATE schedule_item SET delivered_at = ? WHERE station_id = ? AND day >= ?"
            + " AND day <= ? AND notice_id IS NOT NULL AND delivered_at IS NULL AND withdrawn_at IS NULL";
    static final String INSERT_HEARTBEAT = "INSERT INTO heartbeat (station_id, site_id, received_at, agent_version,"
            + " clock_offset_ms, free_disk_bytes, cache_state, audio_state, last_error, outbox_backlog, resident_bytes,"
            + " clock_uncertainty_ms, relay_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String MARK_SITE_ALIVE = "UPDATE station_site SET last_heartbeat_at = ? WHERE id = ?";
    static final String MARK_ALIVE =
            "UPDATE station SET last_heartbeat_at = ?, state = 'online', last_clock_offset_ms = ? WHERE id = ?";
    /** A short history per site: the newest heartbeats are kept, older ones dropped. */
    static final String PRUNE_HEARTBEATS = "DELETE FROM heartbeat WHERE site_id = ? AND id NOT IN"
            + " (SELECT id FROM heartbeat WHERE site_id = ? ORDER BY id DESC LIMIT 100)";
    private static final String HEARTBEAT_COLUMNS = "SELECT site_id, received_at, agent_version, clock_offset_ms,"
            + " free_disk_bytes, cache_state, audio_state, last_error, outbox_backlog, resident_bytes, clock_uncertainty_ms,"
            + " relay_state FROM heartbeat";
    static final String LATEST_HEARTBEATS = HEARTBEAT_COLUMNS + " WHERE station_id = ? ORDER BY id DESC LIMIT ?";
    static final String LATEST_PER_SITE = HEARTBEAT_COLUMNS
            + " WHERE id IN (SELECT MAX(id) FROM heartbeat WHERE station_id = ? GROUP BY site_id)";
    static final String INSERT_AS_RUN = "INSERT INTO as_run_record (station_id, enrolment_id, sequence, item_id,"
            + " program_id, campaign_id, notice_id, day, content_sha256, planned_start, actual_start, actual_end,"
            + " seconds_played, outcome, reason, received_at, clock_offset_ms, clock_uncertainty_ms, start_margin_ms, fallback,"
            + " relay_id, relay_source_id, dropouts, dropout_seconds, relay_fallback)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (station_id, enrolment_id, sequence) DO NOTHING";

    /** {@link #INSERT_AS_RUN} for {@code rows} records in one statement, answering the sequences of the rows that went in. */
    static String insertAsRunRows(int rows) {
        if (rows < INSERT_AS_RUN_ROWS.length) {
            String known = INSERT_AS_RUN_ROWS[rows];
            if (known == null) {
                known = rowsOf(rows);
                INSERT_AS_RUN_ROWS[rows] = known;
            }
            return known;
        }
        return rowsOf(rows);
    }

    private static final String[] INSERT_AS_RUN_ROWS = new String[101];

    private static String rowsOf(int rows) {
        String one = INSERT_AS_RUN.substring(INSERT_AS_RUN.indexOf(" VALUES ") + 8, INSERT_AS_RUN.indexOf(" ON CONFLICT"));
        return INSERT_AS_RUN.substring(0, INSERT_AS_RUN.indexOf(" VALUES ") + 8) + String.join(", ", Collections.nCopies(rows, one))
                + INSERT_AS_RUN.substring(INSERT_AS_RUN.indexOf(" ON CONFLICT")) + " RETURNING sequence";
    }

    /** Days counted at each level up to this many airings a day (the monthly roll-ups' days_played_1 .. 4). */
    static final int CAPPED_DAYS = 4;
    private static final String CAPPED_COLUMNS = ", days_played_1, days_played_2, days_played_3, days_played_4";

    /** Adds records to their day's roll-up row, in the transaction that stored them; answers the day's airings now. */
    static final String COUNT_IN_ROLLUP = countIn("airing_daily", "day", "") + " RETURNING played";

    /**
     * The same for the records' month (month = the first day of the month), with the days of the month that reached
     * 1 .. {@link #CAPPED_DAYS} airings.
     */
    static final String COUNT_IN_MONTHLY = countIn("airing_monthly", "month", CAPPED_COLUMNS);

    /** A station's airings of a campaign's programs on a day, all programs together. */
    static final String CAMPAIGN_DAY_PLAYED = "SELECT COALESCE(SUM(played), 0) FROM airing_daily WHERE station_id = ?"
            + " AND day = ? AND campaign_id = ?";

    /** Changes the days of a month on which a station aired a campaign's programs at least 1 .. 4 times. */
    static final String COUNT_CAMPAIGN_DAYS = "INSERT INTO campaign_days_monthly (station_id, month, campaign_id"
            + CAPPED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (station_id, month, campaign_id) DO UPDATE SET"
            + addedUp("campaign_days_monthly", CAPPED_COLUMNS);

    private static String countIn(String table, String period, String more) {
        String counts = ", played, partial, interrupted, missed, failed, seconds_aired" + more;
        return "INSERT INTO " + table + " (station_id, " + period + ", program_id, campaign_id" + counts + ") VALUES (?, ?, ?, ?"
                + ", ?".repeat(counts.split(",").length - 1) + ") ON CONFLICT (station_id, " + period
                + ", program_id, campaign_id) DO UPDATE SET" + addedUp(table, counts);
    }

    /** " a = t.a + excluded.a, …" for each of {@code columns} (", a, b …"). */
    private static String addedUp(String table, String columns) {
        StringBuilder set = new StringBuilder();
        for (String column : columns.substring(1).split(",")) {
            String c = column.strip();
            set.append(set.length() == 0 ? " " : ", ").append(c).append(" = ").append(table).append('.').append(c)
                    .append(" + excluded.").append(c);
        }
        return set.toString();
    }

    static final String ITEM_ATTRIBUTION = "SELECT campaign_id, notice_id, program_id, duration_ms FROM schedule_item"
            + " WHERE id = ? AND station_id = ?";
    static final String PROGRAM_EXISTS = "SELECT COUNT(*) FROM program WHERE id = ?";
    static final String CAMPAIGN_EXISTS = "SELECT COUNT(*) FROM campaign WHERE id = ?";
    static final String NOTICE_EXISTS = "SELECT COUNT(*) FROM urgent_notice WHERE id = ?";

    private static final String AS_RUN_COLUMNS = "SELECT sequence, item_id, program_id, campaign_id, notice_id, day,"
            + " content_sha256, planned_start, actual_start, actual_end, seconds_played, outcome, reason, clock_offset_ms,"
            + " clock_uncertainty_ms, start_margin_ms, fallback, relay_id, relay_source_id, dropouts, dropout_seconds,"
            + " relay_fallback FROM as_run_record";
    static final String AS_RUN_OF = AS_RUN_COLUMNS + " WHERE station_id = ? ORDER BY enrolment_id, sequence";
    static final String AS_RUN_HELD = AS_RUN_COLUMNS + " WHERE station_id = ? AND enrolment_id = ? AND sequence = ?";
    /** The same record held by a station merged into this one, received before the merger (a resend after it). */
    static final String AS_RUN_HELD_BEFORE_MERGER = AS_RUN_COLUMNS + " WHERE enrolment_id = ? AND sequence = ?"
            + " AND station_id IN (SELECT id FROM station WHERE merged_into_station_id = ?)";
    static final String STATIONS_MERGED_INTO = "SELECT COUNT(*) FROM station WHERE merged_into_station_id = ?";

    static final String LAST_PUBLISHED_DAY = "SELECT MAX(day) AS last_day FROM schedule WHERE station_id = ?";

    private AgentReportSql() {
    }
}
