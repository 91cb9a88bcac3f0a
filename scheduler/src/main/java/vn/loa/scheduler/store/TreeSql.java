package vn.loa.scheduler.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The recursive queries over the org-unit tree that scoped lists share. Each is a common table
 * expression taking one parameter, the code it starts from; PostgreSQL reads them as is. That code is a
 * unit's or a planning group's: a group's subtree is its member communes and what lies below them, and
 * what lies above it is its province and up, so a group is a scope wherever a unit is.
 */
final class TreeSql {

    /** The ids of the members of the planning group whose code is {@code codeExpression}. */
    static String groupMembers(String codeExpression) {
        return "SELECT m.org_unit_id FROM planning_group_member m JOIN planning_group g ON g.id = m.group_id"
                + " WHERE g.code = " + codeExpression;
    }

    /** The unit a seed CTE's code names, by the rule of {@link OrgUnitSql#ID_BY_CODE}. */
    private static String unitOf(String seed) {
        return OrgUnitSql.ID_BY_CODE.replace("?", "(SELECT code FROM " + seed + ")");
    }

    /** {@code subtree(id, code)}: the unit (or the group's members) and everything below. */
    static final String SUBTREE = "subtree_seed(code) AS (SELECT ?), subtree(id, code) AS ("
            + " SELECT id, code FROM org_unit WHERE id = " + unitOf("subtree_seed")
            + " OR id IN (" + groupMembers("(SELECT code FROM subtree_seed)") + ")"
            + " UNION ALL SELECT c.id, c.code FROM org_unit c JOIN subtree t ON c.parent_id = t.id)";

    /** {@code up(id, parent_id, code)}: the unit (or the group's province) and everything above it. */
    static final String ANCESTORS = "up_seed(code) AS (SELECT ?), up(id, parent_id, code) AS ("
            + " SELECT id, parent_id, code FROM org_unit WHERE id = " + unitOf("up_seed")
            + " OR id = (SELECT province_id FROM planning_group WHERE code = (SELECT code FROM up_seed))"
            + " UNION ALL SELECT o.id, o.parent_id, o.code FROM org_unit o JOIN up ON o.id = up.parent_id)";

    static final String WITH_SUBTREE = "WITH RECURSIVE " + SUBTREE + " ";
    static final String WITH_ANCESTORS = "WITH RECURSIVE " + ANCESTORS + " ";
    static final String WITH_SUBTREE_AND_ANCESTORS = "WITH RECURSIVE " + SUBTREE + ", " + ANCESTORS + " ";

    /** Every unit, for a caller whose scope is the whole system. */
    static final String WITH_ALL_UNITS = "WITH RECURSIVE subtree(id, code) AS (SELECT id, code FROM org_unit) ";

    /**
     * The stations of the {@code subtree} CTE: those whose unit is in it, and those merged into one of them
     * (the map of July 2025), so a report of the new units over a period spanning the reform reads their past.
     */
    static final String STATIONS_IN_SUBTREE = "(SELECT st.id FROM station st WHERE st.org_unit_id IN (SELECT id FROM subtree)"
            + " OR st.merged_into_station_id IN (SELECT sn.id FROM station sn WHERE sn.org_unit_id IN (SELECT id FROM subtree)))";

    /**
     * Joins the station of the row aliased {@code alias} (its {@code station_id}) as {@code s}, keeping the
     * rows whose station is in the {@code subtree} CTE ({@link #STATIONS_IN_SUBTREE}): the one rule of what a
     * scoped report sees.
     */
    static String stationInScope(String alias) {
        return " JOIN station s ON s.id = " + alias + ".station_id AND s.id IN " + STATIONS_IN_SUBTREE;
    }

    /**
     * The unit station {@code s} reads under in a report of the {@code subtree} CTE. A station merged into a
     * new commune's station reads under the new commune in a report of units in force (a province, a new
     * commune, a group, the whole system), so a period spanning the reform rolls up by the new communes; in
     * a report of a former unit (a 2024 district) it reads under its own commune of 2024, as it always did.
     */
    static String reportUnit(String alias) {
        return "CASE WHEN " + alias + ".merged_into_station_id IS NOT NULL AND (" + alias + ".org_unit_id NOT IN"
                + " (SELECT id FROM subtree) OR EXISTS (SELECT 1 FROM subtree f JOIN org_unit fu ON fu.id = f.id"
                + " WHERE fu.superseded_on IS NULL)) THEN (SELECT m.org_unit_id FROM station m WHERE m.id = " + alias
                + ".merged_into_station_id) ELSE " + alias + ".org_unit_id END";
    }

    /**
     * The {@code subtree} CTE of a scoped query: the unit's subtree (its code is added to
     * {@code params}), or every unit when {@code unitCode} is null.
     */
    static String withScope(String unitCode, List<Object> params) {
        if (unitCode == null) {
            return WITH_ALL_UNITS;
        }
        params.add(unitCode);
        return WITH_SUBTREE;
    }

    /** Runs a query that starts after the scope CTE ({@link #withScope}), its own parameters after the scope's. */
    static <T> List<T> scoped(Sql sql, String unitCode, String query, Sql.RowMapper<T> mapper, Object... params) {
        List<Object> all = new ArrayList<>();
        String q = withScope(unitCode, all) + query;
        all.addAll(Arrays.asList(params));
        return sql.list(q, mapper, all.toArray());
    }

    private TreeSql() {
    }
}
