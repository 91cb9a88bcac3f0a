package vn.loa.scheduler.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The recursive queries over the org-unit tree that scoped lists share. Each is a common table
 * expression taking one parameter, the code of the unit it starts from; PostgreSQL reads them as is.
 */
final class TreeSql {

    /** {@code subtree(id, code)}: the unit and everything below it. */
    static final String SUBTREE = "subtree(id, code) AS ("
            + " SELECT id, code FROM org_unit WHERE code = ?"
            + " UNION ALL SELECT c.id, c.code FROM org_unit c JOIN subtree t ON c.parent_id = t.id)";

    /** {@code up(id, parent_id, code)}: the unit and everything above it. */
    static final String ANCESTORS = "up(id, parent_id, code) AS ("
            + " SELECT id, parent_id, code FROM org_unit WHERE code = ?"
            + " UNION ALL SELECT o.id, o.parent_id, o.code FROM org_unit o JOIN up ON o.id = up.parent_id)";

    static final String WITH_SUBTREE = "WITH RECURSIVE " + SUBTREE + " ";
    static final String WITH_ANCESTORS = "WITH RECURSIVE " + ANCESTORS + " ";
    static final String WITH_SUBTREE_AND_ANCESTORS = "WITH RECURSIVE " + SUBTREE + ", " + ANCESTORS + " ";

    /** Every unit, for a caller whose scope is the whole system. */
    static final String WITH_ALL_UNITS = "WITH RECURSIVE subtree(id, code) AS (SELECT id, code FROM org_unit) ";

    /**
     * Joins the station of the row aliased {@code alias} (its {@code station_id}) as {@code s}, keeping the
     * rows whose station's unit is in the {@code subtree} CTE: the one rule of what a scoped report sees.
     */
    static String stationInScope(String alias) {
        return " JOIN station s ON s.id = " + alias + ".station_id JOIN subtree t ON t.id = s.org_unit_id";
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
