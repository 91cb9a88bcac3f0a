package vn.loa.scheduler.store;

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

    private TreeSql() {
    }
}
