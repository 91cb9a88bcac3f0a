package vn.loa.scheduler.store;

/** The SQL of {@link JdbcPlanningGroupRepository}, in one place. */
final class PlanningGroupSql {

    private static final String COLUMNS = "SELECT g.id, g.code, g.name, p.code AS province_code, g.created_at, g.updated_at"
            + " FROM planning_group g JOIN org_unit p ON p.id = g.province_id";
    static final String INSERT = "INSERT INTO planning_group (code, name, province_id, created_at, updated_at)"
            + " VALUES (?, ?, " + OrgUnitSql.ID_BY_CODE + ", ?, ?)";
    static final String UPDATE = "UPDATE planning_group SET name = ?, province_id = " + OrgUnitSql.ID_BY_CODE + ","
            + " updated_at = ? WHERE code = ?";
    static final String FIND = COLUMNS + " WHERE g.code = ?";
    static final String LIST_ALL = COLUMNS + " ORDER BY p.code, g.code";
    static final String LIST_WITHIN = "WITH RECURSIVE " + TreeSql.SUBTREE + " " + COLUMNS
            + " WHERE g.province_id IN (SELECT id FROM subtree) OR g.code = (SELECT code FROM subtree_seed)"
            + " ORDER BY p.code, g.code";
    static final String MEMBERS = "SELECT u.code FROM planning_group_member m JOIN org_unit u ON u.id = m.org_unit_id"
            + " WHERE m.group_id = ? ORDER BY u.code";
    static final String DELETE_MEMBERS = "DELETE FROM planning_group_member WHERE group_id = ?";
    static final String INSERT_MEMBER = "INSERT INTO planning_group_member (group_id, org_unit_id)"
            + " VALUES (?, " + OrgUnitSql.ID_BY_CODE + ")";
    static final String SET_FORMER_UNIT = "UPDATE planning_group SET former_unit_id = ? WHERE code = ?";
    static final String DELETE = "DELETE FROM planning_group WHERE code = ?";
    static final String USES = "SELECT COUNT(*) FROM campaign_target t JOIN planning_group g ON g.id = t.planning_group_id"
            + " WHERE g.code = ?";

    private PlanningGroupSql() {
    }
}
