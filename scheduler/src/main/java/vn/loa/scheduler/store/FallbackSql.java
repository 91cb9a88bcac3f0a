package vn.loa.scheduler.store;

/** The SQL of {@link JdbcFallbackRepository}. */
final class FallbackSql {

    private FallbackSql() {
    }

    static final String DELETE_OF_UNIT = "DELETE FROM fallback_program WHERE org_unit_id = " + OrgUnitSql.ID_BY_CODE;
    static final String DELETE_OF_STATION = "DELETE FROM fallback_program WHERE station_id = ?";
    static final String INSERT_FOR_UNIT = "INSERT INTO fallback_program (org_unit_id, program_id, position) VALUES ("
            + OrgUnitSql.ID_BY_CODE + ", ?, ?)";
    static final String INSERT_FOR_STATION = "INSERT INTO fallback_program (station_id, program_id, position) VALUES (?, ?, ?)";

    private static final String PROGRAMS = "SELECT p.id, p.title, r.content_sha256, r.duration_ms FROM fallback_program f"
            + " JOIN program p ON p.id = f.program_id JOIN program_rendition r ON r.program_id = p.id"
            + " WHERE p.status = 'approved' AND ";
    static final String OF_UNIT = PROGRAMS + "f.org_unit_id = " + OrgUnitSql.ID_BY_CODE + " ORDER BY f.position";
    static final String OF_STATION = PROGRAMS + "f.station_id = ? ORDER BY f.position";
    static final String OF_UNIT_ID = PROGRAMS + "f.org_unit_id = ? ORDER BY f.position";

    /** The nearest unit above the station (its commune first) that has a playlist. */
    static final String NEAREST_UNIT = "WITH RECURSIVE up(id, parent_id, depth) AS ("
            + " SELECT u.id, u.parent_id, 0 FROM org_unit u JOIN station s ON s.org_unit_id = u.id WHERE s.id = ?"
            + " UNION ALL SELECT o.id, o.parent_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id)"
            + " SELECT up.id FROM up WHERE EXISTS (SELECT 1 FROM fallback_program f WHERE f.org_unit_id = up.id)"
            + " ORDER BY up.depth LIMIT 1";
}
