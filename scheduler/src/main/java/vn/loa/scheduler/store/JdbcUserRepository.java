package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.domain.access.User;

final class JdbcUserRepository implements UserRepository {

    private final Sql sql;

    JdbcUserRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<User> find(long id) {
        return sql.one(AccessSql.USER_FIND, JdbcUserRepository::map, id);
    }

    @Override
    public Optional<WithHash> findByUsername(String username) {
        return sql.one(AccessSql.USER_FIND_BY_NAME, r -> new WithHash(map(r), r.getString("password_hash")), username);
    }

    @Override
    public List<User> list(String withinCode) {
        return withinCode == null ? sql.list(AccessSql.USER_LIST_ALL, JdbcUserRepository::map)
                : sql.list(AccessSql.USER_LIST_WITHIN, JdbcUserRepository::map, withinCode);
    }

    @Override
    public User insert(String username, String displayName, Role role, String scopeCode, String passwordHash,
                       boolean mustChangePassword, Instant now) {
        long id = sql.insert(AccessSql.USER_INSERT, username, displayName, passwordHash, role.wireName(), scopeCode, scopeCode,
                mustChangePassword ? 1 : 0, now.toString(), now.toString());
        return find(id).orElseThrow();
    }

    @Override
    public User update(long id, String displayName, Role role, String scopeCode, boolean disabled) {
        sql.update(AccessSql.USER_UPDATE, displayName, role.wireName(), scopeCode, scopeCode, disabled ? 1 : 0, id);
        return find(id).orElseThrow();
    }

    @Override
    public void setPassword(long id, String passwordHash, boolean mustChangePassword, Instant now) {
        sql.update(AccessSql.USER_SET_PASSWORD, passwordHash, mustChangePassword ? 1 : 0, now.toString(), id);
    }

    @Override
    public int count() {
        return sql.count(AccessSql.USER_COUNT);
    }

    @Override
    public String language(long id) {
        return sql.one(AccessSql.USER_LANGUAGE, r -> r.getString("language"), id).orElse("vi");
    }

    @Override
    public void setLanguage(long id, String language) {
        sql.update(AccessSql.USER_SET_LANGUAGE, id, language);
    }

    private static User map(ResultSet r) throws SQLException {
        return new User(r.getLong("id"), r.getString("username"), r.getString("display_name"),
                Role.fromWire(r.getString("role")).orElseThrow(), r.getString("scope_code"),
                r.getInt("must_change_password") != 0, r.getInt("disabled") != 0, Sql.instant(r, "created_at"));
    }
}
