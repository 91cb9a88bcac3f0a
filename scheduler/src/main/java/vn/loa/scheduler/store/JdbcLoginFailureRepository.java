package vn.loa.scheduler.store;

import java.util.Optional;
import vn.loa.scheduler.domain.access.LoginFailure;

final class JdbcLoginFailureRepository implements LoginFailureRepository {

    private final Sql sql;

    JdbcLoginFailureRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<LoginFailure> find(String key) {
        return sql.one(AccessSql.FAILURE_FIND, r -> new LoginFailure(r.getString("key"), r.getInt("failures"),
                Sql.instant(r, "last_at"), Sql.instant(r, "locked_until")), key);
    }

    @Override
    public void save(LoginFailure f) {
        sql.update(AccessSql.FAILURE_SAVE, f.key(), f.failures(), f.lastAt().toString(), Sql.text(f.lockedUntil()));
    }

    @Override
    public void clear(String key) {
        sql.update(AccessSql.FAILURE_CLEAR, key);
    }
}
