package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.access.Credential;

final class JdbcCredentialRepository implements CredentialRepository {

    private final Sql sql;

    JdbcCredentialRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Credential insert(long stationId, long siteId, Credential.Kind kind, String secretHash, Instant now,
                             Instant expiresAt, Long enrolmentId) {
        long id = sql.insert(AccessSql.CREDENTIAL_INSERT, stationId, siteId, kind.wireName(), secretHash, now.toString(),
                Sql.text(expiresAt), enrolmentId);
        if (kind == Credential.Kind.TOKEN && enrolmentId == null) {
            sql.update(AccessSql.CREDENTIAL_OWN_ENROLMENT, id);
        }
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Credential> findByHash(String secretHash) {
        return sql.one(AccessSql.CREDENTIAL_FIND_BY_HASH, JdbcCredentialRepository::map, secretHash);
    }

    @Override
    public Optional<Credential> find(long id) {
        return sql.one(AccessSql.CREDENTIAL_FIND, JdbcCredentialRepository::map, id);
    }

    @Override
    public List<Credential> listForStation(long stationId) {
        return sql.list(AccessSql.CREDENTIAL_LIST, JdbcCredentialRepository::map, stationId);
    }

    @Override
    public void markUsed(long id, Instant now) {
        sql.update(AccessSql.CREDENTIAL_MARK_USED, now.toString(), id);
    }

    @Override
    public void touch(long id, Instant now) {
        sql.update(AccessSql.CREDENTIAL_TOUCH, now.toString(), id);
    }

    @Override
    public void revoke(long id, Instant now) {
        sql.update(AccessSql.CREDENTIAL_REVOKE, now.toString(), id);
    }

    @Override
    public int revokeAll(long siteId, Credential.Kind kind, Instant now) {
        return sql.update(AccessSql.CREDENTIAL_REVOKE_ALL, now.toString(), siteId, kind.wireName());
    }

    @Override
    public void deleteForStation(long stationId) {
        sql.update(AccessSql.CREDENTIAL_DELETE_FOR_STATION, stationId);
    }

    private static Credential map(ResultSet r) throws SQLException {
        return new Credential(r.getLong("id"), r.getLong("station_id"), r.getLong("site_id"), Credential.Kind.fromWire(r.getString("kind")),
                Sql.instant(r, "created_at"), Sql.instant(r, "expires_at"), Sql.instant(r, "used_at"),
                Sql.instant(r, "revoked_at"), Sql.instant(r, "last_used_at"), Sql.nullableLong(r, "enrolment_id"));
    }
}
