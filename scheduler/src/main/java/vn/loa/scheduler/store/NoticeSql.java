package vn.loa.scheduler.store;

/** The SQL of {@link JdbcNoticeRepository}. Scoped queries start after the {@code subtree} CTE. */
final class NoticeSql {

    private static final String HEADER = "SELECT n.id, n.title, n.program_id, p.title AS program_title, u.code AS issuer,"
            + " n.issued_at, n.air_at, n.override_windows, n.repeat_count, n.repeat_interval_s, n.cancelled_at, n.cancelled_by"
            + " FROM urgent_notice n JOIN org_unit u ON u.id = n.issued_by_unit_id LEFT JOIN program p ON p.id = n.program_id";

    static final String FIND = HEADER + " WHERE n.id = ?";

    static final String LIST = HEADER + " WHERE n.issued_at >= ? AND n.issued_at < ? AND (u.id IN (SELECT id FROM subtree)"
            + " OR EXISTS (SELECT 1 FROM schedule_item i JOIN station s ON s.id = i.station_id"
            + " WHERE i.notice_id = n.id AND s.org_unit_id IN (SELECT id FROM subtree)))"
            + " ORDER BY n.issued_at DESC, n.id DESC LIMIT 500";

    static final String AIRINGS = "SELECT s.id AS station_id, s.code, s.name, s.last_heartbeat_at,"
            + " (SELECT COUNT(*) FROM station_silence ss WHERE ss.station_id = s.id) AS silent,"
            + " i.id AS item_id, i.planned_start, i.delivered_at, i.withdrawn_at, i.withdrawn_reason,"
            + " a.actual_start, a.actual_end, a.outcome, a.reason"
            + " FROM schedule_item i" + TreeSql.stationInScope("i")
            // one row per airing however many sites reported it: the best record stands for it
            + " LEFT JOIN as_run_record a ON a.id = (SELECT id FROM as_run_record WHERE station_id = i.station_id"
            + " AND item_id = i.id ORDER BY " + ItemAirings.BEST_FIRST + " LIMIT 1)"
            + " WHERE i.notice_id = ? ORDER BY s.code, i.planned_start, i.id";

    /** The units and planning groups a notice goes to, by code; one parameter, the notice. */
    static final String TARGET_UNITS = "WITH notice(id) AS (SELECT ?) SELECT code FROM (SELECT u.code"
            + " FROM urgent_notice_target t JOIN org_unit u ON u.id = t.org_unit_id WHERE t.notice_id = (SELECT id FROM notice)"
            + " UNION ALL SELECT g.code FROM urgent_notice_target t JOIN planning_group g ON g.id = t.planning_group_id"
            + " WHERE t.notice_id = (SELECT id FROM notice)) AS targets ORDER BY code";
    static final String TARGET_STATIONS =
            "SELECT station_id FROM urgent_notice_target WHERE notice_id = ? AND station_id IS NOT NULL";

    static final String STATIONS_IN_SCOPE = "SELECT s.id, s.code, s.name, s.last_heartbeat_at,"
            + " (SELECT COUNT(*) FROM station_silence ss WHERE ss.station_id = s.id) AS silent"
            + " FROM station s JOIN subtree t ON t.id = s.org_unit_id";

    static final String REACH = "SELECT COALESCE(COUNT(CASE WHEN s.last_heartbeat_at IS NULL THEN 1 END), 0),"
            + " COALESCE(COUNT(CASE WHEN s.last_heartbeat_at IS NOT NULL AND EXISTS (SELECT 1 FROM station_silence ss"
            + " WHERE ss.station_id = s.id) THEN 1 END), 0) FROM station s WHERE s.id IN (SELECT value FROM json_each(?))";

    private NoticeSql() {
    }
}
