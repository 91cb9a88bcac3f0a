package vn.loa.scheduler.store;

/** The SQL of {@link JdbcRelayRepository}. */
final class RelaySql {

    private RelaySql() {
    }

    static final String INSERT_SOURCE = "INSERT INTO relay_source (owner_unit_id, name, url, fallback_program_id, created_by,"
            + " created_at, updated_at) VALUES (" + OrgUnitSql.ID_BY_CODE + ", ?, ?, ?, ?, ?, ?)";
    static final String UPDATE_SOURCE = "UPDATE relay_source SET name = ?, url = ?, fallback_program_id = ?, updated_at = ?"
            + " WHERE id = ?";
    static final String RETIRE_SOURCE = "UPDATE relay_source SET retired_at = ? WHERE id = ? AND retired_at IS NULL";
    private static final String SOURCE_COLUMNS = "s.id, u.code AS owner_code, u.name AS owner_name, s.name, s.url,"
            + " s.fallback_program_id, p.title AS fallback_title, s.created_by, s.created_at, s.updated_at, s.retired_at"
            + " FROM relay_source s JOIN org_unit u ON u.id = s.owner_unit_id LEFT JOIN program p ON p.id = s.fallback_program_id";
    static final String SOURCE = "SELECT " + SOURCE_COLUMNS + " WHERE s.id = ?";
    static final String SOURCES = "SELECT " + SOURCE_COLUMNS + " ORDER BY s.retired_at IS NOT NULL, s.name, s.id";

    static final String INSERT_SLOT = "INSERT INTO relay_slot (source_id, org_unit_id, planning_group_id, station_id, weekdays,"
            + " start_minute, duration_minutes, first_day, last_day, created_by, created_at)"
            + " VALUES (?, " + HandSql.TARGET_IDS + ", ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SLOT_COLUMNS = "t.id, t.source_id, rs.name AS source_name, " + HandSql.TARGET_CODE
            + ", t.station_id, t.weekdays, t.start_minute, t.duration_minutes, t.first_day, t.last_day, t.created_by,"
            + " t.created_at, t.ended_at FROM relay_slot t JOIN relay_source rs ON rs.id = t.source_id" + HandSql.TARGET_JOINS;
    static final String SLOT = "SELECT " + SLOT_COLUMNS + " WHERE t.id = ?";
    /** Slots that run (not ended, source not retired) on some day of a period: {@code to}, then {@code from}. */
    static final String SLOTS = "SELECT " + SLOT_COLUMNS + " WHERE t.ended_at IS NULL AND rs.retired_at IS NULL"
            + " AND t.first_day <= ? AND (t.last_day IS NULL OR t.last_day >= ?) ORDER BY t.start_minute, t.id";
    static final String END_SLOT = "UPDATE relay_slot SET ended_at = ? WHERE id = ? AND ended_at IS NULL";
    static final String END_SLOTS_OF_SOURCE = "UPDATE relay_slot SET ended_at = ? WHERE source_id = ? AND ended_at IS NULL";

    private static final String RELAY_COLUMNS = "SELECT id, station_id, day, planned_start, duration_ms, slot_id, source_id"
            + " FROM schedule_relay";
    /** The not withdrawn relays of the stations of a JSON list ({@link Dialect#IDS_OF_JSON}) between two days. */
    static final String RELAYS_OF_STATIONS_BETWEEN = RELAY_COLUMNS + " WHERE withdrawn_at IS NULL AND station_id IN ("
            + Dialect.IDS_OF_JSON + ") AND day >= ? AND day <= ? ORDER BY station_id, day, planned_start";
    static final String INSERT_RELAY = "INSERT INTO schedule_relay (station_id, day, planned_start, duration_ms, slot_id, source_id)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    static final String WITHDRAW_RELAY = "UPDATE schedule_relay SET withdrawn_at = ?, withdrawn_reason = ? WHERE id = ?";
    /** A station's published relays with what its agent needs to air them. */
    static final String SCHEDULED = "SELECT r.id, r.station_id, r.day, r.planned_start, r.duration_ms, r.slot_id, r.source_id,"
            + " s.name AS source_name, s.url, s.fallback_program_id, p.title AS fallback_title,"
            + " pr.content_sha256 AS fallback_sha256, pr.duration_ms AS fallback_duration_ms FROM schedule_relay r"
            + " JOIN relay_source s ON s.id = r.source_id LEFT JOIN program p ON p.id = s.fallback_program_id"
            + " LEFT JOIN program_rendition pr ON pr.program_id = s.fallback_program_id"
            + " WHERE r.withdrawn_at IS NULL AND r.station_id = ? AND r.day >= ? AND r.day <= ? ORDER BY r.planned_start";
    /** What of a source a published relay depends on (its ETag changes with it). */
    static final String SOURCE_REVISIONS = "SELECT s.id, s.url, COALESCE(pr.content_sha256, '') AS fallback FROM relay_source s"
            + " LEFT JOIN program_rendition pr ON pr.program_id = s.fallback_program_id";
    /** A station's published relays with their records (none, or one per site that aired it). */
    static final String AIRINGS = "SELECT r.id, r.day, r.planned_start, r.duration_ms, r.slot_id, r.source_id,"
            + " s.name AS source_name, e.site_id, a.outcome, a.seconds_played, a.dropouts, a.relay_fallback FROM schedule_relay r"
            + " JOIN relay_source s ON s.id = r.source_id"
            + " LEFT JOIN as_run_record a ON a.relay_id = r.id AND a.station_id = r.station_id"
            + " LEFT JOIN as_run_enrolment e ON e.station_id = a.station_id AND e.enrolment_id = a.enrolment_id"
            + " WHERE r.withdrawn_at IS NULL AND r.station_id = ? AND r.day >= ? AND r.day <= ? ORDER BY r.planned_start, r.id";
    static final String RELAY_BELONGS = "SELECT COUNT(*) FROM schedule_relay WHERE id = ? AND station_id = ?";
}
