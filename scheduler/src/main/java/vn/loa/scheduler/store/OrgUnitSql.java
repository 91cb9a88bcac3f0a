package vn.loa.scheduler.store;

/** The SQL of {@link JdbcOrgUnitRepository}, in one place. */
final class OrgUnitSql {

    static final String COLUMNS = "u.id, u.code, u.name, u.type, u.level, p.code AS parent_code";
    static final String FROM = " FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id";

    static final String FIND_BY_CODE = "SELECT " + COLUMNS + FROM + " WHERE u.code = ?";
    static final String LIST = "SELECT " + COLUMNS + FROM
            + " WHERE (? IS NULL OR p.code = ?) AND (? IS NULL OR u.level = ?) ORDER BY u.code";
    static final String LIST_WITHIN = TreeSql.WITH_SUBTREE + "SELECT " + COLUMNS + FROM
            + " WHERE u.id IN (SELECT id FROM subtree) AND (? IS NULL OR p.code = ?) AND (? IS NULL OR u.level = ?)"
            + " ORDER BY u.code";
    static final String INSERT = "INSERT INTO org_unit (code, name, type, level, parent_id, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, (SELECT id FROM org_unit WHERE code = ?), ?, ?)";
    static final String UPDATE = "UPDATE org_unit SET name = ?, type = ?,"
            + " parent_id = (SELECT id FROM org_unit WHERE code = ?), updated_at = ? WHERE code = ?";
    static final String DELETE = "DELETE FROM org_unit WHERE code = ?";
    static final String COUNT_CHILDREN =
            "SELECT COUNT(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id WHERE p.code = ?";

    static final String IS_SCOPE = "SELECT (SELECT COUNT(*) FROM org_unit WHERE code = ?)"
            + " + (SELECT COUNT(*) FROM planning_group WHERE code = ?)";
    /** Whether the first code lies within the second: the second is among its ancestors, or a group holding one. */
    static final String IS_WITHIN = TreeSql.WITH_ANCESTORS + "SELECT COUNT(*) FROM up WHERE code = ? OR id IN ("
            + TreeSql.groupMembers("?") + ")";

    private OrgUnitSql() {
    }
}
