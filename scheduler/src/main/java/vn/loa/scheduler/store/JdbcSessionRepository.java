package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.Optional;
import vn.loa.scheduler.domain.access.SessionRecord;

final class JdbcSessionRepository implements SessionRepository {

    private final Sql sql;

    JdbcSessionRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(SessionRecord s, String remoteAddress) {
        sql.update(AccessSql.SESSION_INSERT, s.idHash(), s.userId(), s.csrfToken(), s.createdAt().toString(),
                s.lastSeenAt().toString(), remoteAddress);
    }

    @Override
    public Optional<SessionRecord> find(String idHash) {
        return sql.one(AccessSql.SESSION_FIND, r -> new SessionRecord(r.getString("id_hash"), r.getLong("user_id"),
                r.getString("csrf_token"), Sql.instant(r, "created_at"), Sql.instant(r, "last_seen_at")), idHash);
    }

    @Override
    public void touch(String idHash, Instant now) {
        sql.update(AccessSql.SESSION_TOUCH, now.toString(), idHash);
    }

    @Override
    public void delete(String idHash) {
        sql.update(AccessSql.SESSION_DELETE, idHash);
    }

    @Override
    public void deleteForUser(long userId) {
        sql.update(AccessSql.SESSION_DELETE_FOR_USER, userId);
    }
}
