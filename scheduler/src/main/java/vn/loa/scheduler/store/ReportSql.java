package vn.loa.scheduler.store;

/** SQL of the reports. Scoped queries start with a {@code subtree} CTE; see {@link TreeSql}. */
final class ReportSql {

    /** Every unit when no scope is given: the roots and all below them. */
    static final String WITH_ALL_UNITS = "WITH RECURSIVE subtree(id, code) AS (SELECT id, code FROM org_unit) ";

    static final String LOG_SELECT = "SELECT a.id, a.station_id, s.code AS station_code, s.name AS station_name, a.day,"
            + " a.sequence, a.program_id, p.title AS program_title, a.campaign_id, c.name AS campaign_name, a.planned_start,"
            + " a.actual_start, a.actual_end, a.seconds_played, a.outcome, a.reason"
            + " FROM as_run_record a JOIN station s ON s.id = a.station_id JOIN subtree t ON t.id = s.org_unit_id"
            + " LEFT JOIN program p ON p.id = a.program_id LEFT JOIN campaign c ON c.id = a.campaign_id"
            + " WHERE a.day >= ? AND a.day <= ?";

    /** Each station's ancestor at a level ({@code place}), walking up from its commune. */
    static final String PLACES = ", walk(station_id, unit_id) AS (SELECT id, org_unit_id FROM station"
            + " UNION ALL SELECT w.station_id, o.parent_id FROM walk w JOIN org_unit o ON o.id = w.unit_id"
            + " WHERE o.parent_id IS NOT NULL),"
            + " place(station_id, code, name) AS (SELECT w.station_id, o.code, o.name FROM walk w"
            + " JOIN org_unit o ON o.id = w.unit_id WHERE o.level = ?) ";

    static final String FREQUENCY_FROM = " FROM airing_daily d JOIN station s ON s.id = d.station_id"
            + " JOIN subtree t ON t.id = s.org_unit_id JOIN program p ON p.id = d.program_id";

    static final String CAMPAIGN_DAYS = "SELECT station_id, day, program_id, campaign_id, played, partial, interrupted,"
            + " missed, failed, seconds_aired FROM airing_daily WHERE campaign_id = ? AND day >= ? AND day <= ?"
            + " AND station_id IN (SELECT value FROM json_each(?))";

    static final String PAST_ITEMS = "SELECT COUNT(*) FROM schedule_item WHERE campaign_id = ? AND station_id = ?"
            + " AND day >= ? AND day <= ? AND planned_start < ?";

    static final String CLEAR_ROLLUP = "DELETE FROM airing_daily";
    static final String REBUILD_ROLLUP = "INSERT INTO airing_daily (station_id, day, program_id, campaign_id, played, partial,"
            + " interrupted, missed, failed, seconds_aired) SELECT station_id, day, COALESCE(program_id, 0),"
            + " COALESCE(campaign_id, 0), SUM(outcome = 'played'), SUM(outcome = 'partial'), SUM(outcome = 'interrupted'),"
            + " SUM(outcome = 'missed'), SUM(outcome = 'failed'), SUM(seconds_played) FROM as_run_record"
            + " GROUP BY station_id, day, COALESCE(program_id, 0), COALESCE(campaign_id, 0)";

    private ReportSql() {
    }
}
