package vn.loa.scheduler.store;

/** The SQL of the access repositories (users, sessions, login failures, credentials, audit), in one place. */
final class AccessSql {

    static final String USER_COLUMNS = "u.id, u.username, u.display_name, u.role, COALESCE(s.code, sg.code) AS scope_code,"
            + " u.must_change_password, u.disabled, u.created_at, u.password_hash";
    static final String USER_FROM = " FROM app_user u LEFT JOIN org_unit s ON s.id = u.scope_org_unit_id"
            + " LEFT JOIN planning_group sg ON sg.id = u.scope_group_id";
    /** A scope code names a unit or a planning group (a group's code starts with a letter, a unit's never). */
    private static final String GROUP_BY_CODE = "(SELECT id FROM planning_group WHERE code = ?)";
    static final String USER_FIND = "SELECT " + USER_COLUMNS + USER_FROM + " WHERE u.id = ?";
    static final String USER_FIND_BY_NAME = "SELECT " + USER_COLUMNS + USER_FROM + " WHERE u.username = ?";
    static final String USER_LIST_ALL = "SELECT " + USER_COLUMNS + USER_FROM + " ORDER BY u.username";
    static final String USER_LIST_WITHIN = TreeSql.WITH_SUBTREE + "SELECT " + USER_COLUMNS + USER_FROM
            + " WHERE u.scope_org_unit_id IN (SELECT id FROM subtree) OR sg.province_id IN (SELECT id FROM subtree)"
            + " OR sg.code = (SELECT code FROM subtree_seed) ORDER BY u.username";
    static final String USER_INSERT = "INSERT INTO app_user (username, display_name, password_hash, role,"
            + " scope_org_unit_id, scope_group_id, must_change_password, created_at, password_changed_at)"
            + " VALUES (?, ?, ?, ?, " + OrgUnitSql.ID_BY_CODE + ", " + GROUP_BY_CODE + ", ?, ?, ?)";
    static final String USER_UPDATE = "UPDATE app_user SET display_name = ?, role = ?,"
            + " scope_org_unit_id = " + OrgUnitSql.ID_BY_CODE + ", scope_group_id = " + GROUP_BY_CODE
            + ", disabled = ? WHERE id = ?";
    static final String USER_SET_PASSWORD =
            "UPDATE app_user SET password_hash = ?, must_change_password = ?, password_changed_at = ? WHERE id = ?";
    static final String USER_COUNT = "SELECT COUNT(*) FROM app_user";
    static final String USER_LANGUAGE = "SELECT language FROM user_preference WHERE user_id = ?";
    static final String USER_SET_LANGUAGE = "INSERT INTO user_preference (user_id, language) VALUES (?, ?)"
            + " ON CONFLICT (user_id) DO UPDATE SET language = excluded.language";

    static final String SESSION_INSERT = "INSERT INTO user_session (id_hash, user_id, csrf_token, created_at,"
            + " last_seen_at, remote_address) VALUES (?, ?, ?, ?, ?, ?)";
    static final String SESSION_FIND =
            "SELECT id_hash, user_id, csrf_token, created_at, last_seen_at FROM user_session WHERE id_hash = ?";
    static final String SESSION_TOUCH = "UPDATE user_session SET last_seen_at = ? WHERE id_hash = ?";
    static final String SESSION_DELETE = "DELETE FROM user_session WHERE id_hash = ?";
    static final String SESSION_DELETE_FOR_USER = "DELETE FROM user_session WHERE user_id = ?";

    static final String FAILURE_FIND = "SELECT key, failures, last_at, locked_until FROM login_failure WHERE key = ?";
    static final String FAILURE_SAVE = "INSERT INTO login_failure (key, failures, last_at, locked_until)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,"
            + " last_at = excluded.last_at, locked_until = excluded.locked_until";
    static final String FAILURE_CLEAR = "DELETE FROM login_failure WHERE key = ?";

    static final String CREDENTIAL_COLUMNS =
            "id, station_id, site_id, kind, created_at, expires_at, used_at, revoked_at, last_used_at, enrolment_id";
    static final String CREDENTIAL_INSERT = "INSERT INTO station_credential (station_id, site_id, kind,"
            + " secret_hash, created_at, expires_at, enrolment_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** A token that starts an enrolment is its own enrolment. */
    static final String CREDENTIAL_OWN_ENROLMENT = "UPDATE station_credential SET enrolment_id = id WHERE id = ?";
    static final String CREDENTIAL_FIND_BY_HASH =
            "SELECT " + CREDENTIAL_COLUMNS + " FROM station_credential WHERE secret_hash = ?";
    static final String CREDENTIAL_FIND = "SELECT " + CREDENTIAL_COLUMNS + " FROM station_credential WHERE id = ?";
    static final String CREDENTIAL_LIST =
            "SELECT " + CREDENTIAL_COLUMNS + " FROM station_credential WHERE station_id = ? ORDER BY id DESC";
    static final String CREDENTIAL_MARK_USED = "UPDATE station_credential SET used_at = ? WHERE id = ?";
    static final String CREDENTIAL_TOUCH = "UPDATE station_credential SET last_used_at = ? WHERE id = ?";
    static final String CREDENTIAL_REVOKE =
            "UPDATE station_credential SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL";
    static final String CREDENTIAL_REVOKE_ALL = "UPDATE station_credential SET revoked_at = ?"
            + " WHERE site_id = ? AND kind = ? AND revoked_at IS NULL";
    static final String CREDENTIAL_DELETE_FOR_STATION = "DELETE FROM station_credential WHERE station_id = ?";

    static final String AUDIT_INSERT = "INSERT INTO audit_log (at, actor_kind, actor_id, actor_name, action,"
            + " object_type, object_id, org_unit_code, summary, remote_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String AUDIT_COLUMNS = "id, at, actor_kind, actor_id, actor_name, action, object_type, object_id,"
            + " org_unit_code, summary, remote_address";
    static final String AUDIT_FILTER = " WHERE at >= ? AND at < ? AND (CAST(? AS TEXT) IS NULL OR id < ?)";
    static final String AUDIT_LIST_ALL = "SELECT " + AUDIT_COLUMNS + " FROM audit_log" + AUDIT_FILTER
            + " ORDER BY id DESC LIMIT ?";
    static final String AUDIT_LIST_WITHIN = TreeSql.WITH_SUBTREE + "SELECT " + AUDIT_COLUMNS + " FROM audit_log"
            + AUDIT_FILTER + " AND org_unit_code IN (SELECT code FROM subtree) ORDER BY id DESC LIMIT ?";

    private AccessSql() {
    }
}
