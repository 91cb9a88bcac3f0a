package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;

final class JdbcOrgUnitRepository implements OrgUnitRepository {

    private final Sql sql;

    JdbcOrgUnitRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return sql.one(OrgUnitSql.FIND_BY_CODE, JdbcOrgUnitRepository::map, code);
    }

    @Override
    public List<OrgUnit> list(String parentCode, OrgUnitLevel level, String withinCode) {
        String wireLevel = level == null ? null : level.wireName();
        if (withinCode != null) {
            return sql.list(OrgUnitSql.LIST_WITHIN, JdbcOrgUnitRepository::map, withinCode, parentCode, parentCode,
                    wireLevel, wireLevel);
        }
        return sql.list(OrgUnitSql.LIST, JdbcOrgUnitRepository::map, parentCode, parentCode, wireLevel, wireLevel);
    }

    @Override
    public OrgUnit insert(OrgUnitSpec spec, Instant now) {
        String at = now.toString();
        sql.insert(OrgUnitSql.INSERT, spec.code(), spec.name(), spec.type(), spec.level().wireName(),
                spec.parentCode(), at, at);
        return findByCode(spec.code()).orElseThrow();
    }

    @Override
    public OrgUnit update(OrgUnitSpec spec, Instant now) {
        sql.update(OrgUnitSql.UPDATE, spec.name(), spec.type(), spec.parentCode(), now.toString(), spec.code());
        return findByCode(spec.code()).orElseThrow();
    }

    @Override
    public void delete(String code) {
        sql.update(OrgUnitSql.DELETE, code);
    }

    @Override
    public void supersede(long id, LocalDate day, Instant now) {
        sql.update(OrgUnitSql.SUPERSEDE, day.toString(), now.toString(), id);
    }

    @Override
    public int countChildren(String code) {
        return sql.count(OrgUnitSql.COUNT_CHILDREN, code);
    }

    @Override
    public boolean isWithin(String code, String scopeCode) {
        if (code.equals(scopeCode)) {
            return isScope(code);
        }
        return sql.count(OrgUnitSql.IS_WITHIN, code, scopeCode, scopeCode, scopeCode) > 0;
    }

    @Override
    public boolean isScope(String code) {
        return code != null && sql.count(OrgUnitSql.IS_SCOPE, code, code) > 0;
    }

    static OrgUnit map(ResultSet row) throws SQLException {
        return new OrgUnit(row.getLong("id"), row.getString("code"), row.getString("name"), row.getString("type"),
                OrgUnitLevel.fromWire(row.getString("level")).orElseThrow(), row.getString("parent_code"),
                Sql.nullableDate(row, "superseded_on"));
    }
}
