package vn.loa.scheduler.store;

/** The SQL of {@link JdbcSiteRepository}, in one place. */
final class SiteSql {

    private static final String COLUMNS = "SELECT id, station_id, code, name, location, latitude, longitude,"
            + " former_station_code, retired_at, last_heartbeat_at, created_at FROM station_site";
    static final String INSERT = "INSERT INTO station_site (station_id, code, name, location, latitude, longitude,"
            + " former_station_code, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String UPDATE = "UPDATE station_site SET code = ?, name = ?, location = ?, latitude = ?, longitude = ?,"
            + " former_station_code = ?, updated_at = ? WHERE id = ?";
    static final String FIND = COLUMNS + " WHERE id = ?";
    static final String FIND_BY_CODE = COLUMNS + " WHERE code = ?";
    static final String LIST_FOR_STATION = COLUMNS + " WHERE station_id = ? ORDER BY retired_at IS NOT NULL, id";
    static final String RETIRE = "UPDATE station_site SET retired_at = ?, updated_at = ? WHERE id = ? AND retired_at IS NULL";
    static final String DELETE = "DELETE FROM station_site WHERE id = ?";
    static final String DELETE_FOR_STATION = "DELETE FROM station_site WHERE station_id = ?";
    static final String DELETE_HEARTBEATS = "DELETE FROM heartbeat WHERE site_id = ?";
    static final String DELETE_CREDENTIALS = "DELETE FROM station_credential WHERE site_id = ?";
    static final String COUNT_AS_RUN = "SELECT COALESCE(SUM(received), 0) FROM as_run_enrolment WHERE site_id = ?";
    static final String MARK_ALIVE = "UPDATE station_site SET last_heartbeat_at = ? WHERE id = ?";
    static final String ITEM_OUTCOMES = "SELECT a.item_id, e.site_id, a.outcome FROM as_run_record a"
            + " JOIN as_run_enrolment e ON e.station_id = a.station_id AND e.enrolment_id = a.enrolment_id"
            + " WHERE a.station_id = ? AND a.day BETWEEN ? AND ? AND a.item_id IS NOT NULL ORDER BY a.id";

    static final String AIRINGS = "SELECT d.site_id, SUM(d.played), SUM(d.records), SUM(d.seconds_aired)"
            + " FROM airing_site_daily d JOIN station_site s ON s.id = d.site_id"
            + " WHERE s.station_id = ? AND d.day >= ? AND d.day <= ? AND (CAST(? AS TEXT) IS NULL OR d.program_id = ?)"
            + " GROUP BY d.site_id";

    /** Adds one record to its site's day; in the transaction that stored the record. */
    static final String COUNT_IN_SITE_DAILY = "INSERT INTO airing_site_daily (site_id, day, program_id, campaign_id,"
            + " played, records, seconds_aired) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (site_id, day, program_id, campaign_id) DO UPDATE SET played = airing_site_daily.played + excluded.played,"
            + " records = airing_site_daily.records + excluded.records, seconds_aired = airing_site_daily.seconds_aired + excluded.seconds_aired";

    private SiteSql() {
    }
}
