package vn.loa.scheduler.store;

/** SQL of silent stations and webhook events. */
final class SilenceSql {

    static final String ACTIVITY = "SELECT s.id, s.code, s.name, u.code AS commune_code, s.last_heartbeat_at,"
            + " (SELECT MAX(a.actual_start) FROM as_run_record a WHERE a.station_id = s.id AND a.outcome = 'played') AS last_airing,"
            + " EXISTS (SELECT 1 FROM schedule_item i WHERE i.station_id = s.id AND i.withdrawn_at IS NULL AND i.planned_start >= ?"
            + " AND i.planned_start <= ?) AS had_items FROM station s JOIN org_unit u ON u.id = s.org_unit_id ORDER BY s.id";

    static final String SILENT = "SELECT station_id, silent_since, reason FROM station_silence";

    static final String SILENT_WITHIN = "SELECT z.station_id, z.silent_since, z.reason FROM station_silence z"
            + TreeSql.stationInScope("z") + " ORDER BY z.silent_since";

    static final String MARK = "INSERT INTO station_silence (station_id, silent_since, reason, marked_at) VALUES (?, ?, ?, ?)";

    static final String CLEAR = "DELETE FROM station_silence WHERE station_id = ?";

    static final String ENQUEUE = "INSERT INTO webhook_event (kind, station_id, payload, created_at, next_attempt_at)"
            + " VALUES (?, ?, ?, ?, ?)";

    static final String DUE = "SELECT id, kind, payload, attempts FROM webhook_event WHERE delivered_at IS NULL"
            + " AND next_attempt_at <= ? ORDER BY id LIMIT ?";

    static final String DELIVERED = "UPDATE webhook_event SET delivered_at = ?, attempts = attempts + 1, last_error = NULL"
            + " WHERE id = ?";

    static final String RETRY = "UPDATE webhook_event SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?";

    private SilenceSql() {
    }
}
