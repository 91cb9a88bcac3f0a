package vn.loa.scheduler.store;

/** The SQL of {@link JdbcProgramRepository}, in one place. */
final class ProgramSql {

    static final String COLUMNS = "p.id, p.title, p.topic, p.producing_unit_code, p.language, p.kind, p.status,"
            + " p.valid_from, p.valid_to, p.source_name, p.source_size_bytes, p.source_format, p.source_tags,"
            + " p.duration_waiver, p.rejection_code, p.rejection_message, p.rejection_message_en, p.created_by,"
            + " p.created_at, p.updated_at, r.content_sha256, r.media_type, r.size_bytes, r.duration_ms,"
            + " r.source_duration_ms, r.loudness_before_lufs, r.true_peak_before_dbtp, r.loudness_after_lufs,"
            + " r.true_peak_after_dbtp, r.loudness_range_lu";
    static final String FROM = " FROM program p LEFT JOIN program_rendition r ON r.program_id = p.id";

    static final String INSERT = "INSERT INTO program (title, topic, producing_unit_code, language, kind, status,"
            + " source_name, source_size_bytes, duration_waiver, created_by, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, 'processing', ?, ?, ?, ?, ?, ?)";
    static final String FIND = "SELECT " + COLUMNS + FROM + " WHERE p.id = ?";
    static final String LIST = "SELECT " + COLUMNS + FROM
            + " WHERE (CAST(? AS TEXT) IS NULL OR p.status = ?) AND (CAST(? AS TEXT) IS NULL OR lower(p.title || ' ' || coalesce(p.topic, '')) LIKE ?)"
            + " ORDER BY p.id DESC";
    /** Programs produced in the scope's subtree or by a unit above it (a commune airs its district's programs). */
    static final String LIST_VISIBLE = TreeSql.WITH_SUBTREE_AND_ANCESTORS + "SELECT " + COLUMNS + FROM
            + " WHERE p.producing_unit_code IN (SELECT code FROM subtree UNION SELECT code FROM up)"
            + " AND (CAST(? AS TEXT) IS NULL OR p.status = ?) AND (CAST(? AS TEXT) IS NULL OR lower(p.title || ' ' || coalesce(p.topic, '')) LIKE ?)"
            + " ORDER BY p.id DESC";
    static final String UPDATE_DETAILS = "UPDATE program SET title = ?, topic = ?, language = ?, valid_from = ?,"
            + " valid_to = ?, updated_at = ? WHERE id = ?";
    static final String SET_STATUS = "UPDATE program SET status = ?, updated_at = ? WHERE id = ?";
    static final String MARK_READY = "UPDATE program SET status = 'ready', source_format = ?, source_tags = ?,"
            + " updated_at = ? WHERE id = ?";
    static final String INSERT_RENDITION = "INSERT INTO program_rendition (program_id, content_sha256, media_type,"
            + " size_bytes, duration_ms, source_duration_ms, loudness_before_lufs, true_peak_before_dbtp,"
            + " loudness_after_lufs, true_peak_after_dbtp, loudness_range_lu, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String MARK_REJECTED = "UPDATE program SET status = 'rejected', rejection_code = ?,"
            + " rejection_message = ?, rejection_message_en = ?, updated_at = ? WHERE id = ?";
    static final String TOUCH = "UPDATE program SET updated_at = ? WHERE id = ?";
    static final String SET_SOURCE_HASH = "UPDATE program SET source_sha256 = ? WHERE id = ?";
    static final String WITH_SOURCE = "SELECT " + COLUMNS + FROM + " WHERE p.source_sha256 = ? AND r.content_sha256 IS NOT NULL"
            + " ORDER BY p.id LIMIT 1";
    static final String DELETE_RENDITION = "DELETE FROM program_rendition WHERE program_id = ?";
    static final String DELETE = "DELETE FROM program WHERE id = ?";
    static final String WITH_RENDITION = "SELECT " + COLUMNS + FROM + " WHERE r.content_sha256 = ? ORDER BY p.id";
    static final String REFERENCES = "SELECT (SELECT COUNT(*) FROM schedule_item WHERE program_id = ?)"
            + " + (SELECT COUNT(*) FROM campaign_program WHERE program_id = ?)"
            + " + (SELECT COUNT(*) FROM urgent_notice WHERE program_id = ?)"
            + " + (SELECT COUNT(*) FROM as_run_record WHERE program_id = ?)";
    static final String SCHEDULED_AT =
            "SELECT COUNT(*) FROM schedule_item WHERE content_sha256 = ? AND station_id = ?";

    private ProgramSql() {
    }
}
