package vn.loa.scheduler.store;

/** The SQL of {@link JdbcChainRepository}. */
final class ChainSql {

    private ChainSql() {
    }

    static final String REGISTER_KEY = "INSERT INTO enrolment_key (station_id, enrolment_id, public_key, registered_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (station_id, enrolment_id) DO UPDATE SET public_key = excluded.public_key,"
            + " registered_at = excluded.registered_at";
    static final String KEY = "SELECT public_key FROM enrolment_key WHERE station_id = ? AND enrolment_id = ?";
    static final String KEY_REGISTERED = "SELECT registered_at FROM enrolment_key WHERE station_id = ? AND public_key = ?"
            + " ORDER BY registered_at LIMIT 1";
    static final String KEYS = "SELECT public_key, MIN(registered_at) AS registered_at, string_agg(CAST(enrolment_id AS TEXT), ',') AS enrolments"
            + " FROM enrolment_key WHERE station_id = ? GROUP BY public_key ORDER BY MIN(registered_at), public_key";
    static final String SEAL = "UPDATE as_run_record SET prev_hash = ?, record_hash = ?, signature = ?"
            + " WHERE station_id = ? AND enrolment_id = ? AND sequence = ?";
    static final String EVIDENCE = "UPDATE as_run_record SET rendered_print = ?, rendered_print_sha256 = ?, evidence = ?,"
            + " evidence_ber = ?, rendered_level_db = ?, heard_print = ?, heard_print_sha256 = ?, heard = ?, heard_ber = ?,"
            + " heard_level_db = ?, level_flag = ? WHERE station_id = ? AND enrolment_id = ? AND sequence = ?";
    static final String KEEP_REFUSED = "INSERT INTO as_run_refused (station_id, enrolment_id, sequence, code, attested,"
            + " prev_hash, record_hash, signature, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    /** A kept record's attested fields, as the agent sent them (the counted ones are the server's). */
    private static final String KEPT = "SELECT a.station_id, st.code AS station_code, a.enrolment_id, k.public_key, a.sequence,"
            + " a.item_id, a.relay_id, a.relay_source_id, a.fallback, a.content_sha256, a.planned_start, a.actual_start,"
            + " a.actual_end, a.seconds_played, a.outcome, a.reason, a.clock_offset_ms, a.clock_uncertainty_ms, a.start_margin_ms,"
            + " a.dropouts, a.dropout_seconds, a.relay_fallback, a.rendered_print_sha256, a.rendered_level_db, a.heard_print_sha256,"
            + " a.heard_level_db, a.prev_hash, a.signature, a.record_hash,"
            + " NULL AS attested,"
            + " NULL AS refused"
            + " FROM as_run_record a JOIN station st ON st.id = a.station_id"
            + " JOIN enrolment_key k ON k.station_id = a.station_id AND k.enrolment_id = a.enrolment_id"
            + " WHERE a.station_id = ? AND a.signature IS NOT NULL";
    /** The NULLs are typed: PostgreSQL gives a bare NULL in a subquery the type text, which no UNION with numbers takes. */
    private static final String REFUSED = "SELECT x.station_id, st.code AS station_code, x.enrolment_id,"
            + " k.public_key, x.sequence, CAST(NULL AS BIGINT) AS item_id, CAST(NULL AS BIGINT) AS relay_id,"
            + " CAST(NULL AS BIGINT) AS relay_source_id, CAST(NULL AS BIGINT) AS fallback, NULL AS content_sha256,"
            + " NULL AS planned_start, NULL AS actual_start, NULL AS actual_end, CAST(NULL AS DOUBLE PRECISION) AS"
            + " seconds_played, NULL AS outcome, NULL AS reason, CAST(NULL AS BIGINT) AS clock_offset_ms, CAST(NULL"
            + " AS BIGINT) AS clock_uncertainty_ms, CAST(NULL AS BIGINT) AS start_margin_ms, CAST(NULL AS BIGINT) AS"
            + " dropouts, CAST(NULL AS DOUBLE PRECISION) AS dropout_seconds, NULL AS relay_fallback, NULL AS"
            + " rendered_print_sha256, CAST(NULL AS DOUBLE PRECISION) AS rendered_level_db, NULL AS"
            + " heard_print_sha256, CAST(NULL AS DOUBLE PRECISION) AS heard_level_db, x.prev_hash, x.signature,"
            + " x.record_hash, x.attested, x.code AS refused FROM as_run_refused x JOIN station st ON st.id ="
            + " x.station_id JOIN enrolment_key k ON k.station_id = x.station_id AND k.enrolment_id = x.enrolment_id"
            + " WHERE x.station_id = ?";
    static final String CHAINS = KEPT + " UNION ALL " + REFUSED + " ORDER BY 4, 5";
    /** A period's records, and the refused ones numbered among them (they bridge the chain). */
    static final String SIGNED_LOG = "WITH kept AS (" + KEPT + " AND a.day >= ? AND a.day <= ?),"
            + " span AS (SELECT public_key, MIN(sequence) AS first, MAX(sequence) AS last FROM kept GROUP BY public_key)"
            + " SELECT * FROM kept UNION ALL SELECT r.* FROM (" + REFUSED + ") r JOIN span ON span.public_key = r.public_key"
            + " AND r.sequence BETWEEN span.first AND span.last ORDER BY 4, 5";
    static final String HOLDS_HASH = "SELECT CASE WHEN EXISTS (SELECT 1 FROM as_run_record WHERE station_id = ?"
            + " AND record_hash = ?) OR EXISTS (SELECT 1 FROM as_run_refused WHERE station_id = ? AND record_hash = ?)"
            + " THEN 1 ELSE 0 END";
    static final String NOTE_BREAK = "INSERT INTO chain_break (station_id, public_key, sequence, prev_hash, found_at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    static final String MEND_BREAKS = "DELETE FROM chain_break WHERE station_id = ? AND prev_hash = ?";
    static final String UNSIGNED = "SELECT COUNT(*) FROM as_run_record WHERE station_id = ? AND signature IS NULL";
}
