package vn.loa.scheduler.store;

/** The SQL of {@link JdbcMergerRepository}: one station's PCs, sites and numbering moved into another. */
final class MergerSql {

    static final String MARK_MERGED = "UPDATE station SET merged_into_station_id = ?, merged_at = ? WHERE id = ?";
    static final String MERGED_INTO = "SELECT merged_into_station_id FROM station WHERE id = ? AND merged_into_station_id IS NOT NULL";
    /** A token of before enrolments (0) starts an enrolment of its own: two old stations' 0s must not meet. */
    static final String OWN_ENROLMENT_FOR_ZERO = "UPDATE station_credential SET enrolment_id = id"
            + " WHERE station_id = ? AND kind = 'token' AND enrolment_id = 0";
    static final String MOVE_SITES = "UPDATE station_site SET station_id = ?, updated_at = ? WHERE station_id = ?";
    static final String MOVE_CREDENTIALS = "UPDATE station_credential SET station_id = ? WHERE station_id = ?";
    static final String MOVE_HEARTBEATS = "UPDATE heartbeat SET station_id = ? WHERE station_id = ?";
    /** The PCs' numbering goes on at the new station (its records of before stay where they were received). */
    static final String MOVE_ENROLMENTS = "UPDATE as_run_enrolment SET station_id = ? WHERE station_id = ? AND enrolment_id <> 0";
    static final String MOVE_GAPS = "UPDATE as_run_gap SET station_id = ? WHERE station_id = ? AND enrolment_id <> 0";
    /** What was planned for the old station after the merger will not air there; the new station is planned instead. */
    static final String WITHDRAW_FUTURE = "UPDATE schedule_item SET withdrawn_at = ?, withdrawn_reason = ?"
            + " WHERE station_id = ? AND planned_start > ? AND withdrawn_at IS NULL";
    static final String RETARGET_UNIT = "UPDATE campaign_target SET org_unit_id = " + OrgUnitSql.ID_BY_CODE + ","
            + " planning_group_id = (SELECT id FROM planning_group WHERE code = ?) WHERE org_unit_id = (SELECT id FROM org_unit"
            + " WHERE code = ?) AND campaign_id IN (SELECT id FROM campaign WHERE period_end >= ?)";

    private MergerSql() {
    }
}
