package vn.loa.scheduler.store;

/** The SQL of {@link JdbcOrgUnitRepository}, in one place. */
final class OrgUnitSql {

    /**
     * The id of the unit a code names: the one in force, else the one that left force last (a code of the old
     * map that the new map did not reuse). One parameter, the code.
     */
    static final String ID_BY_CODE = "(SELECT id FROM org_unit WHERE code = ?"
            + " ORDER BY superseded_on IS NOT NULL, superseded_on DESC LIMIT 1)";

    static final String COLUMNS = "u.id, u.code, u.name, u.type, u.level, p.code AS parent_code, u.superseded_on";
    static final String FROM = " FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id";

    static final String FIND_BY_CODE = "SELECT " + COLUMNS + FROM + " WHERE u.id = " + ID_BY_CODE;
    static final String LIST = "SELECT " + COLUMNS + FROM
            + " WHERE (CAST(? AS TEXT) IS NULL OR p.id = " + ID_BY_CODE + ") AND (CAST(? AS TEXT) IS NULL OR u.level = ?) ORDER BY u.code";
    static final String LIST_WITHIN = TreeSql.WITH_SUBTREE + "SELECT " + COLUMNS + FROM
            + " WHERE u.id IN (SELECT id FROM subtree) AND (CAST(? AS TEXT) IS NULL OR p.id = " + ID_BY_CODE + ") AND (CAST(? AS TEXT) IS NULL OR u.level = ?)"
            + " ORDER BY u.code";
    static final String INSERT = "INSERT INTO org_unit (code, name, type, level, parent_id, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, " + ID_BY_CODE + ", ?, ?)";
    static final String UPDATE = "UPDATE org_unit SET name = ?, type = ?,"
            + " parent_id = " + ID_BY_CODE + ", updated_at = ? WHERE id = " + ID_BY_CODE;
    static final String DELETE = "DELETE FROM org_unit WHERE id = " + ID_BY_CODE;
    static final String SUPERSEDE = "UPDATE org_unit SET superseded_on = ?, updated_at = ? WHERE id = ?";
    static final String COUNT_CHILDREN =
            "SELECT COUNT(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id WHERE p.id = " + ID_BY_CODE;

    static final String IS_SCOPE = "SELECT (SELECT COUNT(*) FROM org_unit WHERE code = ?)"
            + " + (SELECT COUNT(*) FROM planning_group WHERE code = ?)";
    /**
     * Whether the first code lies within the second: the second is among its ancestors, or a group holding one,
     * or the group made of a former unit among them.
     */
    static final String IS_WITHIN = TreeSql.WITH_ANCESTORS + "SELECT COUNT(*) FROM up WHERE code = ? OR id IN ("
            + TreeSql.groupMembers("?") + ") OR id = (SELECT former_unit_id FROM planning_group WHERE code = ?)";

    private OrgUnitSql() {
    }
}
