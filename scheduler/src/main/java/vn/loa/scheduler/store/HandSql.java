package vn.loa.scheduler.store;

/** The SQL of {@link JdbcHandRepository}. */
final class HandSql {

    private HandSql() {
    }

    static final String EDIT_COLUMNS = "id, station_id, day, kind, program_id, campaign_id, from_second, at_second, reason,"
            + " created_by, created_at, withdrawn_at";
    static final String INSERT_EDIT = "INSERT INTO schedule_edit (station_id, day, kind, program_id, campaign_id, from_second,"
            + " at_second, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String EDIT = "SELECT " + EDIT_COLUMNS + " FROM schedule_edit WHERE id = ?";
    static final String EDITS_OF_STATION = "SELECT " + EDIT_COLUMNS + " FROM schedule_edit WHERE withdrawn_at IS NULL"
            + " AND station_id = ? AND day >= ? AND day <= ? ORDER BY id";
    static final String EDITS = "SELECT " + EDIT_COLUMNS + " FROM schedule_edit WHERE withdrawn_at IS NULL"
            + " AND day >= ? AND day <= ? ORDER BY id";
    static final String WITHDRAW_EDIT = "UPDATE schedule_edit SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ?"
            + " AND withdrawn_at IS NULL";

    /** The unit (by the rule of {@link OrgUnitSql#ID_BY_CODE}) or group a code names, as two id columns. */
    static final String TARGET_IDS = OrgUnitSql.ID_BY_CODE + ", (SELECT id FROM planning_group WHERE code = ?)";
    static final String TARGET_CODE = "COALESCE(u.code, g.code) AS scope_code";
    static final String TARGET_JOINS = " LEFT JOIN org_unit u ON u.id = t.org_unit_id"
            + " LEFT JOIN planning_group g ON g.id = t.planning_group_id";

    static final String INSERT_DAY_OFF = "INSERT INTO day_off (kind, org_unit_id, planning_group_id, station_id, first_day,"
            + " last_day, reason, created_by, created_at) VALUES (?, " + TARGET_IDS + ", ?, ?, ?, ?, ?, ?)";
    private static final String DAY_OFF_COLUMNS = "t.id, t.kind, " + TARGET_CODE + ", t.station_id, t.first_day, t.last_day,"
            + " t.reason, t.created_by, t.created_at FROM day_off t" + TARGET_JOINS;
    static final String DAY_OFF = "SELECT " + DAY_OFF_COLUMNS + " WHERE t.id = ? AND t.withdrawn_at IS NULL";
    static final String DAYS_OFF = "SELECT " + DAY_OFF_COLUMNS + " WHERE t.withdrawn_at IS NULL AND t.last_day >= ?"
            + " AND t.first_day <= ? ORDER BY t.first_day, t.id";
    static final String WITHDRAW_DAY_OFF = "UPDATE day_off SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL";

    static final String INSERT_SLOT = "INSERT INTO recurring_slot (name, program_id, org_unit_id, planning_group_id, station_id,"
            + " start_minute, weekly, weekdays, every, first_day, last_day, created_by, created_at)"
            + " VALUES (?, ?, " + TARGET_IDS + ", ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SLOT_COLUMNS = "t.id, t.name, t.program_id, " + TARGET_CODE + ", t.station_id, t.start_minute,"
            + " t.weekly, t.weekdays, t.every, t.first_day, t.last_day, t.created_by, t.created_at FROM recurring_slot t"
            + TARGET_JOINS;
    static final String SLOT = "SELECT " + SLOT_COLUMNS + " WHERE t.id = ? AND t.retired_at IS NULL";
    static final String SLOTS = "SELECT " + SLOT_COLUMNS + " WHERE t.retired_at IS NULL AND t.first_day <= ?"
            + " AND (t.last_day IS NULL OR t.last_day >= ?) ORDER BY t.id";
    static final String RETIRE_SLOT = "UPDATE recurring_slot SET retired_at = ? WHERE id = ? AND retired_at IS NULL";
}
