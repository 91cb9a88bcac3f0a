package vn.loa.scheduler.store;

/** The SQL of {@link JdbcPlanningRepository}, in one place. */
final class PlanningSql {

    static final String INSERT_CAMPAIGN = "INSERT INTO campaign (name, owner_unit_id, period_start, period_end, priority,"
            + " target_kind, target_count, status, created_at, updated_at, published_at)"
            + " VALUES (?, " + OrgUnitSql.ID_BY_CODE + ", ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String UPDATE_CAMPAIGN = "UPDATE campaign SET name = ?, owner_unit_id = " + OrgUnitSql.ID_BY_CODE + ","
            + " period_start = ?, period_end = ?, priority = ?, target_kind = ?, target_count = ?, updated_at = ? WHERE id = ?";
    /** Its programs, targets and windows go with it (ON DELETE CASCADE). */
    static final String DELETE_CAMPAIGN = "DELETE FROM campaign WHERE id = ?";
    static final String SET_STATUS = "UPDATE campaign SET status = ?, updated_at = ?,"
            + " published_at = CASE WHEN ? = 'active' THEN COALESCE(published_at, ?) ELSE published_at END WHERE id = ?";
    static final String CAMPAIGN_COLUMNS = "c.id, c.name, u.code AS owner_code, u.name AS owner_name, c.period_start, c.period_end, c.priority,"
            + " c.target_kind, c.target_count, c.status, c.created_at, c.updated_at, c.published_at";
    static final String CAMPAIGN_FROM = " FROM campaign c JOIN org_unit u ON u.id = c.owner_unit_id";
    static final String FIND_CAMPAIGN = "SELECT " + CAMPAIGN_COLUMNS + CAMPAIGN_FROM + " WHERE c.id = ?";
    static final String LIST_CAMPAIGNS = "SELECT " + CAMPAIGN_COLUMNS + CAMPAIGN_FROM + " ORDER BY c.id DESC";
    /**
     * The campaigns of a scope: owned in it, and those owned above it that reach it (a province campaign
     * filling a commune's stations), which its people read though they cannot change them.
     */
    static final String LIST_CAMPAIGNS_WITHIN = TreeSql.WITH_SUBTREE_AND_ANCESTORS + "SELECT " + CAMPAIGN_COLUMNS + CAMPAIGN_FROM
            + " WHERE c.owner_unit_id IN (SELECT id FROM subtree) OR (c.owner_unit_id IN (SELECT id FROM up) AND c.id IN ("
            + " SELECT t.campaign_id FROM campaign_target t WHERE t.org_unit_id IN (SELECT id FROM subtree)"
            + " OR t.org_unit_id IN (SELECT id FROM up)"
            + " OR t.station_id IN (SELECT s.id FROM station s WHERE s.org_unit_id IN (SELECT id FROM subtree))"
            + " OR t.planning_group_id IN (SELECT m.group_id FROM planning_group_member m"
            + " WHERE m.org_unit_id IN (SELECT id FROM subtree)))) ORDER BY c.id DESC";
    static final String ACTIVE_CAMPAIGNS = "SELECT " + CAMPAIGN_COLUMNS + CAMPAIGN_FROM
            + " WHERE c.status = 'active' AND c.period_end >= ? AND c.period_start <= ? ORDER BY c.id";

    static final String CAMPAIGN_PROGRAMS = "SELECT program_id FROM campaign_program WHERE campaign_id = ? ORDER BY program_id";
    /** The units and planning groups a campaign targets, by code. */
    static final String CAMPAIGN_UNITS = "SELECT code FROM (SELECT u.code FROM campaign_target t JOIN org_unit u"
            + " ON u.id = t.org_unit_id WHERE t.campaign_id = ? UNION ALL SELECT g.code FROM campaign_target t"
            + " JOIN planning_group g ON g.id = t.planning_group_id WHERE t.campaign_id = ?) AS targets ORDER BY code";
    static final String CAMPAIGN_STATIONS =
            "SELECT station_id FROM campaign_target WHERE campaign_id = ? AND station_id IS NOT NULL ORDER BY station_id";
    static final String CAMPAIGN_WINDOWS =
            "SELECT start_minute, end_minute FROM campaign_window WHERE campaign_id = ? ORDER BY start_minute";
    static final String DELETE_PROGRAMS = "DELETE FROM campaign_program WHERE campaign_id = ?";
    static final String DELETE_TARGETS = "DELETE FROM campaign_target WHERE campaign_id = ?";
    static final String DELETE_WINDOWS = "DELETE FROM campaign_window WHERE campaign_id = ?";
    static final String INSERT_PROGRAM = "INSERT INTO campaign_program (campaign_id, program_id) VALUES (?, ?)";
    /** A target code names a unit or a planning group (never both: a group's code starts with a letter). */
    static final String INSERT_UNIT_TARGET = "INSERT INTO campaign_target (campaign_id, org_unit_id, planning_group_id)"
            + " VALUES (?, " + OrgUnitSql.ID_BY_CODE + ", (SELECT id FROM planning_group WHERE code = ?))";
    static final String INSERT_STATION_TARGET = "INSERT INTO campaign_target (campaign_id, station_id) VALUES (?, ?)";
    static final String INSERT_WINDOW = "INSERT INTO campaign_window (campaign_id, start_minute, end_minute) VALUES (?, ?, ?)";

    static final String INSERT_NOTICE = "INSERT INTO urgent_notice (title, program_id, issued_by_unit_id, air_at,"
            + " override_windows, repeat_count, repeat_interval_s, issued_at)"
            + " VALUES (?, ?, " + OrgUnitSql.ID_BY_CODE + ", ?, ?, ?, ?, ?)";
    static final String CANCEL_NOTICE =
            "UPDATE urgent_notice SET cancelled_at = ?, cancelled_by = ? WHERE id = ? AND cancelled_at IS NULL";
    /** Like a campaign's: a target code names a unit or a planning group. */
    static final String INSERT_NOTICE_UNIT = "INSERT INTO urgent_notice_target (notice_id, org_unit_id, planning_group_id)"
            + " VALUES (?, " + OrgUnitSql.ID_BY_CODE + ", (SELECT id FROM planning_group WHERE code = ?))";
    static final String INSERT_NOTICE_STATION = "INSERT INTO urgent_notice_target (notice_id, station_id) VALUES (?, ?)";
    static final String RECENT_NOTICES = "SELECT id, program_id, air_at, override_windows, repeat_count, repeat_interval_s,"
            + " issued_at FROM urgent_notice WHERE cancelled_at IS NULL AND issued_at >= ? ORDER BY id";
    static final String NOTICE_UNITS = NoticeSql.TARGET_UNITS;
    static final String NOTICE_STATIONS = NoticeSql.TARGET_STATIONS;

    static final String MERGED_STATIONS = "SELECT id FROM station WHERE merged_into_station_id IS NOT NULL";
    static final String STATIONS_IN_SUBTREE = TreeSql.WITH_SUBTREE
            + "SELECT s.id FROM station s WHERE s.org_unit_id IN (SELECT id FROM subtree)";
    static final String APPROVED_PROGRAMS = "SELECT p.id, r.content_sha256, r.duration_ms, p.language, p.valid_from,"
            + " p.valid_to FROM program p JOIN program_rendition r ON r.program_id = p.id WHERE p.status = 'approved'"
            + " ORDER BY p.id";

    static final String PUBLISHED = "SELECT station_id, day, etag FROM schedule WHERE day >= ? AND day <= ?";
    static final String VERSION = "SELECT version FROM schedule WHERE station_id = ? AND day = ?";
    static final String UPSERT_SCHEDULE = "INSERT INTO schedule (station_id, day, version, etag, published_at)"
            + " VALUES (?, ?, 1, ?, ?) ON CONFLICT (station_id, day) DO UPDATE SET version = schedule.version + 1,"
            + " etag = excluded.etag, published_at = excluded.published_at";
    private static final String ITEM_COLUMNS = "SELECT id, station_id, day, position, planned_start, duration_ms,"
            + " program_id, content_sha256, campaign_id, notice_id, reason FROM schedule_item";
    static final String ITEMS_BETWEEN = ITEM_COLUMNS + " WHERE withdrawn_at IS NULL AND day >= ? AND day <= ?"
            + " ORDER BY station_id, day, position";
    /** The not withdrawn items of the stations of a JSON list ({@link Dialect#IDS_OF_JSON}) between two days. */
    static final String ITEMS_OF_STATIONS_BETWEEN = ITEM_COLUMNS + " WHERE withdrawn_at IS NULL AND station_id IN ("
            + Dialect.IDS_OF_JSON + ") AND day >= ? AND day <= ? ORDER BY station_id, day, position";
    static final String ITEMS_OF_NOTICE = ITEM_COLUMNS + " WHERE withdrawn_at IS NULL AND notice_id = ?";
    static final String WITHDRAW_ITEM = "UPDATE schedule_item SET withdrawn_at = ?, withdrawn_reason = ? WHERE id = ?";
    static final String UPDATE_ITEM_PLACE = "UPDATE schedule_item SET position = ?, reason = ? WHERE id = ?";
    static final String INSERT_ITEM = "INSERT INTO schedule_item (station_id, day, position, planned_start, duration_ms,"
            + " program_id, content_sha256, campaign_id, notice_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Campaign airings of past days that a station reported as not played (and never played). */
    static final String MISSED = "SELECT si.station_id, si.campaign_id, si.program_id, COUNT(*) AS n FROM schedule_item si"
            + " WHERE si.campaign_id IS NOT NULL AND si.withdrawn_at IS NULL AND si.day >= ? AND si.day < ?"
            + " AND EXISTS (SELECT 1 FROM as_run_record a WHERE a.station_id = si.station_id AND a.item_id = si.id"
            + " AND a.outcome <> 'played')"
            + " AND NOT EXISTS (SELECT 1 FROM as_run_record b WHERE b.station_id = si.station_id AND b.item_id = si.id"
            + " AND b.outcome = 'played')"
            + " GROUP BY si.station_id, si.campaign_id, si.program_id";
    /** Make-up airings of past days that were played. */
    static final String MADE_UP = "SELECT si.station_id, si.campaign_id, si.program_id, COUNT(*) AS n FROM schedule_item si"
            + " JOIN as_run_record a ON a.station_id = si.station_id AND a.item_id = si.id AND a.outcome = 'played'"
            + " WHERE si.campaign_id IS NOT NULL AND si.day >= ? AND si.day < ? AND si.reason LIKE 'phát bù%'"
            + " GROUP BY si.station_id, si.campaign_id, si.program_id";

    private PlanningSql() {
    }
}
