package vn.loa.scheduler.store;

/** SQL of the reports. Scoped queries start with a {@code subtree} CTE; see {@link TreeSql}. */
final class ReportSql {

    /** What a record's sound proves: what its capture heard when it heard it, what was rendered otherwise. */
    static final String PROVED_BY = "COALESCE(a.heard, a.evidence)";
    private static final String PROVED = PROVED_BY + " IN ('rendered_matched', 'heard_matched')";
    private static final String NOT_PROVED = PROVED_BY + " IN ('rendered_not_matched', 'heard_not_matched')";

    static final String LOG_SELECT = "SELECT a.id, a.station_id, s.code AS station_code, s.name AS station_name, a.day,"
            + " a.sequence, a.program_id, p.title AS program_title, a.campaign_id, c.name AS campaign_name, a.planned_start,"
            + " a.actual_start, a.actual_end, a.seconds_played, a.outcome, a.reason, a.item_id, a.clock_uncertainty_ms,"
            + " a.start_margin_ms, a.fallback, a.relay_id, rs.name AS relay_source_name, a.dropouts, a.dropout_seconds,"
            + " a.relay_fallback, " + ReportSql.PROVED_BY + " AS evidence, a.level_flag FROM as_run_record a" + TreeSql.stationInScope("a")
            + " LEFT JOIN program p ON p.id = a.program_id LEFT JOIN campaign c ON c.id = a.campaign_id"
            + " LEFT JOIN relay_source rs ON rs.id = a.relay_source_id"
            + " WHERE a.day >= ? AND a.day <= ?";

    /** Each station's ancestor at a level ({@code place}), walking up from its commune. */
    static final String PLACES = ", walk(station_id, unit_id) AS (SELECT s.id, " + TreeSql.reportUnit("s") + " FROM station s"
            + " UNION ALL SELECT w.station_id, o.parent_id FROM walk w JOIN org_unit o ON o.id = w.unit_id"
            + " WHERE o.parent_id IS NOT NULL),"
            + " place(station_id, code, name) AS (SELECT w.station_id, o.code, o.name FROM walk w"
            + " JOIN org_unit o ON o.id = w.unit_id WHERE o.level = ?) ";

    /** The stations within the {@code subtree} CTE, read by primary key. */
    private static final String SCOPED_STATIONS = TreeSql.STATIONS_IN_SUBTREE;

    static final String CAMPAIGN_DAYS = "SELECT station_id, day, program_id, played, partial + interrupted, missed + failed"
            + " FROM airing_daily WHERE campaign_id = ? AND day >= ? AND day <= ?"
            + " AND station_id IN (SELECT value FROM json_each(?))";

    static final String CAMPAIGN_MONTHS = "SELECT station_id, month, program_id, played, partial + interrupted,"
            + " missed + failed, days_played_1, days_played_2, days_played_3, days_played_4 FROM airing_monthly WHERE station_id = ?"
            + " AND month >= ? AND month <= ? AND campaign_id = ?";

    static final String CAMPAIGN_DAY_LEVELS = "SELECT month, days_played_1, days_played_2, days_played_3, days_played_4"
            + " FROM campaign_days_monthly WHERE station_id = ? AND month >= ? AND month <= ? AND campaign_id = ?";

    static final String PAST_ITEMS = "SELECT COUNT(*) FROM schedule_item WHERE campaign_id = ? AND station_id = ?"
            + " AND withdrawn_at IS NULL AND day >= ? AND day <= ? AND planned_start < ?";

    /** Programs produced by units of the scope in a period (by when they were uploaded), accepted ones only. */
    static final String PRODUCED = "SELECT u.code, u.name, COALESCE(p.topic, '') AS topic, p.language, COUNT(*) AS programs,"
            + " COALESCE(SUM(r.duration_ms), 0) AS duration_ms FROM program p JOIN org_unit u ON u.code = p.producing_unit_code"
            + " JOIN subtree t ON t.id = u.id LEFT JOIN program_rendition r ON r.program_id = p.id"
            + " WHERE p.status IN ('ready', 'approved', 'retired') AND p.created_at >= ? AND p.created_at < ?"
            + " GROUP BY u.code, u.name, topic, p.language ORDER BY u.code, topic, p.language";

    static final String AIRED = "SELECT d.program_id, p.title, SUM(d.played) AS airings, COUNT(DISTINCT d.station_id) AS stations,"
            + " SUM(d.seconds_aired) AS seconds FROM airing_daily d" + TreeSql.stationInScope("d")
            + " JOIN program p ON p.id = d.program_id"
            + " WHERE d.day >= ? AND d.day <= ? GROUP BY d.program_id, p.title HAVING SUM(d.played) > 0"
            + " ORDER BY airings DESC, p.title";

    /** A station's airings of a campaign aired in full in a period, and how many of them its sound proves. */
    static final String CAMPAIGN_SOUND = "SELECT COALESCE(COUNT(CASE WHEN a.outcome = 'played' THEN 1 END), 0),"
            + " COALESCE(COUNT(CASE WHEN a.outcome = 'played' AND " + PROVED + " THEN 1 END), 0) FROM as_run_record a"
            + " WHERE a.station_id = ? AND a.day >= ? AND a.day <= ? AND a.campaign_id = ?";
    static final String BROKEN_CHAINS = "SELECT b.station_id, s.code, s.name, MIN(b.sequence), COUNT(*), MAX(b.found_at)"
            + " FROM chain_break b" + TreeSql.stationInScope("b") + " GROUP BY b.station_id, s.code, s.name"
            + " ORDER BY MAX(b.found_at) DESC, s.code";
    static final String CAMPAIGN_SOUND_IN_SCOPE = "SELECT COALESCE(COUNT(CASE WHEN a.outcome = 'played' THEN 1 END), 0),"
            + " COALESCE(COUNT(CASE WHEN a.outcome = 'played' AND " + PROVED + " THEN 1 END), 0) FROM as_run_record a" + TreeSql.stationInScope("a")
            + " WHERE a.day >= ? AND a.day <= ? AND a.campaign_id = ?";
    /**
     * Stations whose sound did not match what they said aired (rendered, or heard by their capture), or whose output
     * was silent or much too quiet: most first.
     */
    static final String SOUND_MISMATCHES = "SELECT a.station_id, s.code, s.name, COALESCE(COUNT(CASE WHEN " + NOT_PROVED + " THEN 1 END), 0) AS mismatches,"
            + " COALESCE(COUNT(CASE WHEN a.heard = 'heard_not_matched' THEN 1 END), 0) AS heard, COALESCE(COUNT(CASE WHEN a.level_flag = 'aired_silence' THEN 1 END), 0),"
            + " COALESCE(COUNT(CASE WHEN a.level_flag = 'too_quiet' THEN 1 END), 0), MAX(a.day) AS last_day"
            + " FROM as_run_record a" + TreeSql.stationInScope("a") + " WHERE a.day >= ? AND a.day <= ?"
            + " AND (" + NOT_PROVED + " OR a.level_flag IS NOT NULL) GROUP BY a.station_id, s.code, s.name"
            + " ORDER BY mismatches DESC, s.code";
    static final String AIRTIME = "SELECT COALESCE(SUM(CASE WHEN a.relay_id IS NOT NULL THEN a.seconds_played END), 0),"
            + " COALESCE(SUM(CASE WHEN a.notice_id IS NOT NULL THEN a.seconds_played END), 0), COUNT(a.relay_id),"
            + " COALESCE(COUNT(CASE WHEN a.relay_id IS NOT NULL AND a.outcome = 'played' THEN 1 END), 0),"
            + " COALESCE(COUNT(CASE WHEN a.relay_id IS NULL AND a.outcome = 'played' THEN 1 END), 0),"
            + " COALESCE(COUNT(CASE WHEN a.relay_id IS NULL AND a.outcome = 'played' AND " + PROVED + " THEN 1 END), 0),"
            + " COALESCE(COUNT(CASE WHEN a.relay_id IS NULL AND " + NOT_PROVED + " THEN 1 END), 0) FROM as_run_record a"
            + TreeSql.stationInScope("a") + " WHERE a.day >= ? AND a.day <= ?";

    static final String AIRING_DAYS = "SELECT d.station_id, d.day FROM airing_daily d" + TreeSql.stationInScope("d")
            + " WHERE d.day >= ? AND d.day <= ?"
            + " GROUP BY d.station_id, d.day HAVING SUM(d.played) > 0";

    /** Published items of a day at the scope's stations, and how many of them are due (planned start passed). */
    static final String DAY_ITEMS = "SELECT COUNT(*), COALESCE(COUNT(CASE WHEN i.planned_start <= ? THEN 1 END), 0) FROM schedule_item i"
            + TreeSql.stationInScope("i") + " WHERE i.day = ? AND i.withdrawn_at IS NULL";

    static final String DAY_STATIONS = "SELECT COUNT(*), COALESCE(COUNT(CASE WHEN s.last_heartbeat_at IS NULL THEN 1 END), 0) FROM station s"
            + " JOIN subtree t ON t.id = s.org_unit_id";

    /** Outcomes of the day's items (each by the record that stands for it, whichever site sent it) and off-schedule records. */
    static final String DAY_OUTCOMES = "SELECT outcome, COUNT(*) FROM (SELECT ia.outcome FROM item_airing ia"
            + TreeSql.stationInScope("ia") + " WHERE ia.day = ? UNION ALL SELECT a.outcome FROM as_run_record a"
            + TreeSql.stationInScope("a") + " WHERE a.day = ? AND a.item_id IS NULL AND a.relay_id IS NULL) AS outcomes GROUP BY outcome";

    static final String DAY_NOTICES = "SELECT n.id, n.title, n.issued_at, COUNT(DISTINCT i.station_id), COUNT(i.id),"
            + " COALESCE(COUNT(CASE WHEN i.planned_start <= ? THEN 1 END), 0), (SELECT COUNT(DISTINCT a.item_id) FROM as_run_record a"
            + " WHERE a.notice_id = n.id"
            + " AND a.day = i.day AND a.outcome = 'played' AND a.station_id IN " + SCOPED_STATIONS + ")"
            + " FROM schedule_item i" + TreeSql.stationInScope("i") + " JOIN urgent_notice n ON n.id = i.notice_id"
            + " WHERE i.day = ? AND i.withdrawn_at IS NULL GROUP BY n.id, n.title, n.issued_at, i.day"
            + " ORDER BY n.issued_at DESC";

    static final String CLEAR_ROLLUP = "DELETE FROM airing_daily";
    static final String CLEAR_MONTHLY = "DELETE FROM airing_monthly";
    static final String REBUILD_MONTHLY = "INSERT INTO airing_monthly (station_id, month, program_id, campaign_id, played,"
            + " partial, interrupted, missed, failed, seconds_aired, days_played_1, days_played_2, days_played_3, days_played_4)"
            + " SELECT station_id, substr(day, 1, 7) || '-01', program_id, campaign_id, SUM(played), SUM(partial),"
            + " SUM(interrupted), SUM(missed), SUM(failed), SUM(seconds_aired), " + daysReaching(1) + ", " + daysReaching(2)
            + ", " + daysReaching(3) + ", " + daysReaching(4)
            + " FROM airing_daily GROUP BY station_id, substr(day, 1, 7), program_id, campaign_id";
    static final String CLEAR_CAMPAIGN_DAYS = "DELETE FROM campaign_days_monthly";
    static final String REBUILD_CAMPAIGN_DAYS = "INSERT INTO campaign_days_monthly (station_id, month, campaign_id,"
            + " days_played_1, days_played_2, days_played_3, days_played_4) SELECT station_id, substr(day, 1, 7) || '-01',"
            + " campaign_id, " + daysReaching(1) + ", " + daysReaching(2) + ", " + daysReaching(3) + ", " + daysReaching(4)
            + " FROM (SELECT station_id, day, campaign_id, SUM(played) AS played FROM airing_daily WHERE campaign_id <> 0"
            + " GROUP BY station_id, day, campaign_id) AS days GROUP BY station_id, substr(day, 1, 7), campaign_id";

    private static String daysReaching(int airings) {
        return "SUM(CASE WHEN played >= " + airings + " THEN 1 ELSE 0 END)";
    }
    static final String REBUILD_ROLLUP = "INSERT INTO airing_daily (station_id, day, program_id, campaign_id, played, partial,"
            + " interrupted, missed, failed, seconds_aired) SELECT station_id, day, COALESCE(program_id, 0),"
            + " COALESCE(campaign_id, 0), COUNT(CASE WHEN outcome = 'played' THEN 1 END), COUNT(CASE WHEN outcome = 'partial' THEN 1 END), COUNT(CASE WHEN outcome = 'interrupted' THEN 1 END),"
            + " COUNT(CASE WHEN outcome = 'missed' THEN 1 END), COUNT(CASE WHEN outcome = 'failed' THEN 1 END), SUM(seconds_played) FROM as_run_record a"
            // an item aired at several sites counts by the site whose record stands for it (see ItemAirings)
            // a relay is no program's airing: it has no roll-up row (see JdbcAgentReportRepository.insertAsRun)
            + " WHERE a.relay_id IS NULL AND (a.item_id IS NULL OR NOT EXISTS (SELECT 1 FROM item_airing i JOIN as_run_enrolment e"
            + " ON e.station_id = a.station_id AND e.enrolment_id = a.enrolment_id WHERE i.station_id = a.station_id"
            + " AND i.item_id = a.item_id AND i.site_id <> e.site_id))"
            + " GROUP BY station_id, day, COALESCE(program_id, 0), COALESCE(campaign_id, 0)";

    private ReportSql() {
    }
}
