package vn.loa.scheduler.store;

/** The SQL of {@link JdbcStationRepository}, in one place. */
final class StationSql {

    private static final String SUBTREE = TreeSql.WITH_SUBTREE;

    private static final String COLUMNS = "s.id, s.code, s.name, u.code AS commune_code, s.time_zone,"
            + " s.quiet_not_before, s.quiet_not_after, s.quiet_hours_waiver, s.created_at, s.updated_at, s.merged_into_station_id";
    private static final String FROM = " FROM station s JOIN org_unit u ON u.id = s.org_unit_id";

    static final String FIND = "SELECT " + COLUMNS + FROM + " WHERE s.id = ?";
    static final String HEADER = "SELECT s.id, s.code, u.code, s.time_zone" + FROM + " WHERE s.id = ?";
    static final String FIND_BY_CODE = "SELECT " + COLUMNS + FROM + " WHERE s.code = ?";
    static final String LIST_ALL = "SELECT " + COLUMNS + FROM + " ORDER BY s.code";
    static final String LIST_WITHIN = SUBTREE + "SELECT " + COLUMNS + FROM
            + " WHERE s.org_unit_id IN (SELECT id FROM subtree) ORDER BY s.code";

    static final String WINDOWS_OF = "SELECT station_id, weekday, start_minute, end_minute FROM station_window"
            + " WHERE station_id = ? ORDER BY weekday, start_minute";
    static final String WINDOWS_ALL = "SELECT station_id, weekday, start_minute, end_minute FROM station_window"
            + " ORDER BY station_id, weekday, start_minute";
    static final String WINDOWS_WITHIN = SUBTREE + "SELECT w.station_id, w.weekday, w.start_minute, w.end_minute"
            + " FROM station_window w JOIN station s ON s.id = w.station_id"
            + " WHERE s.org_unit_id IN (SELECT id FROM subtree) ORDER BY w.station_id, w.weekday, w.start_minute";

    static final String LANGUAGES_OF = "SELECT station_id, language FROM station_language"
            + " WHERE station_id = ? ORDER BY position";
    static final String LANGUAGES_ALL = "SELECT station_id, language FROM station_language ORDER BY station_id, position";
    static final String LANGUAGES_WITHIN = SUBTREE + "SELECT l.station_id, l.language"
            + " FROM station_language l JOIN station s ON s.id = l.station_id"
            + " WHERE s.org_unit_id IN (SELECT id FROM subtree) ORDER BY l.station_id, l.position";

    static final String INSERT = "INSERT INTO station (code, name, org_unit_id, time_zone, quiet_not_before,"
            + " quiet_not_after, quiet_hours_waiver, created_at, updated_at)"
            + " VALUES (?, ?, " + OrgUnitSql.ID_BY_CODE + ", ?, ?, ?, ?, ?, ?)";
    static final String UPDATE = "UPDATE station SET code = ?, name = ?,"
            + " org_unit_id = " + OrgUnitSql.ID_BY_CODE + ", time_zone = ?, quiet_not_before = ?,"
            + " quiet_not_after = ?, quiet_hours_waiver = ?, updated_at = ? WHERE id = ?";
    static final String DELETE = "DELETE FROM station WHERE id = ?";
    static final String DELETE_HEARTBEATS = "DELETE FROM heartbeat WHERE station_id = ?";
    /** Plans go with the station; airing history (as-run records) does not, which is why such a station stays. */
    static final String DELETE_SCHEDULE_ITEMS = "DELETE FROM schedule_item WHERE station_id = ?";
    static final String DELETE_SCHEDULES = "DELETE FROM schedule WHERE station_id = ?";

    static final String INSERT_WINDOW =
            "INSERT INTO station_window (station_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)";
    static final String DELETE_WINDOWS = "DELETE FROM station_window WHERE station_id = ?";
    static final String INSERT_LANGUAGE =
            "INSERT INTO station_language (station_id, position, language) VALUES (?, ?, ?)";
    static final String DELETE_LANGUAGES = "DELETE FROM station_language WHERE station_id = ?";

    static final String COUNT_IN_UNIT =
            "SELECT COUNT(*) FROM station s JOIN org_unit u ON u.id = s.org_unit_id WHERE u.code = ?";

    static final String COUNT_AS_RUN = "SELECT COUNT(*) FROM as_run_record WHERE station_id = ?";

    private StationSql() {
    }
}
