package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import vn.loa.scheduler.domain.access.AuditEntry;

final class JdbcAuditRepository implements AuditRepository {

    private final Sql sql;

    JdbcAuditRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void append(AuditEntry e) {
        sql.update(AccessSql.AUDIT_INSERT, e.at().toString(), e.actorKind(), e.actorId(), e.actorName(), e.action(),
                e.objectType(), e.objectId(), e.orgUnitCode(), e.summary(), e.remoteAddress());
    }

    @Override
    public List<AuditEntry> list(String withinCode, Instant from, Instant to, Long beforeId, int limit) {
        if (withinCode == null) {
            return sql.list(AccessSql.AUDIT_LIST_ALL, JdbcAuditRepository::map, from.toString(), to.toString(),
                    beforeId, beforeId, limit);
        }
        return sql.list(AccessSql.AUDIT_LIST_WITHIN, JdbcAuditRepository::map, withinCode, from.toString(),
                to.toString(), beforeId, beforeId, limit);
    }

    private static AuditEntry map(ResultSet r) throws SQLException {
        return new AuditEntry(r.getLong("id"), Sql.instant(r, "at"), r.getString("actor_kind"), r.getString("actor_id"),
                r.getString("actor_name"), r.getString("action"), r.getString("object_type"), r.getString("object_id"),
                r.getString("org_unit_code"), r.getString("summary"), r.getString("remote_address"));
    }
}
