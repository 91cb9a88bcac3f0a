package vn.loa.scheduler.store;

/** The SQL of {@link SequenceBook}: per-enrolment counts and the ranges of sequences not received yet. */
final class SequenceSql {

    static final String ENROLMENT = "SELECT received, first_sequence, last_sequence FROM as_run_enrolment"
            + " WHERE station_id = ? AND enrolment_id = ?";
    static final String ENROLMENT_INSERT = "INSERT INTO as_run_enrolment (station_id, enrolment_id, site_id, received,"
            + " first_sequence, last_sequence) VALUES (?, ?, ?, ?, ?, ?)";
    static final String ENROLMENT_UPDATE = "UPDATE as_run_enrolment SET received = received + ?, first_sequence = ?,"
            + " last_sequence = ? WHERE station_id = ? AND enrolment_id = ?";
    static final String GAP_INSERT = "INSERT INTO as_run_gap (station_id, enrolment_id, first_missing, last_missing)"
            + " VALUES (?, ?, ?, ?)";
    static final String GAP_CONTAINING = "SELECT first_missing, last_missing FROM as_run_gap WHERE station_id = ?"
            + " AND enrolment_id = ? AND first_missing <= ? ORDER BY first_missing DESC LIMIT 1";
    static final String GAP_DELETE = "DELETE FROM as_run_gap WHERE station_id = ? AND enrolment_id = ? AND first_missing = ?";
    static final String HIGHEST = "SELECT COALESCE(MAX(last_sequence), 0) FROM as_run_enrolment WHERE station_id = ?";
    static final String ENROLMENTS = "SELECT enrolment_id, received, first_sequence, last_sequence FROM as_run_enrolment"
            + " WHERE station_id = ? ORDER BY enrolment_id";
    static final String GAPS = "SELECT enrolment_id, first_missing, last_missing FROM as_run_gap WHERE station_id = ?"
            + " ORDER BY enrolment_id DESC, first_missing LIMIT ?";
    static final String MISSING_COUNT =
            "SELECT COALESCE(SUM(last_missing - first_missing + 1), 0) FROM as_run_gap WHERE station_id = ?";

    private SequenceSql() {
    }
}
