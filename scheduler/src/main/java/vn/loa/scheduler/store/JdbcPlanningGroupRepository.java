package vn.loa.scheduler.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.PlanningGroup;
import vn.loa.scheduler.domain.PlanningGroupSpec;

final class JdbcPlanningGroupRepository implements PlanningGroupRepository {

    private record Row(long id, String code, String name, String provinceCode, Instant createdAt, Instant updatedAt) {
    }

    private final Sql sql;

    JdbcPlanningGroupRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public PlanningGroup insert(PlanningGroupSpec spec, Instant now) {
        long id = sql.insert(PlanningGroupSql.INSERT, spec.code(), spec.name(), spec.provinceCode(), now.toString(),
                now.toString());
        writeMembers(id, spec);
        return findByCode(spec.code()).orElseThrow();
    }

    @Override
    public PlanningGroup update(PlanningGroupSpec spec, Instant now) {
        sql.update(PlanningGroupSql.UPDATE, spec.name(), spec.provinceCode(), now.toString(), spec.code());
        PlanningGroup before = findByCode(spec.code()).orElseThrow();
        sql.update(PlanningGroupSql.DELETE_MEMBERS, before.id());
        writeMembers(before.id(), spec);
        return findByCode(spec.code()).orElseThrow();
    }

    private void writeMembers(long id, PlanningGroupSpec spec) {
        spec.memberCodes().forEach(code -> sql.update(PlanningGroupSql.INSERT_MEMBER, id, code));
    }

    @Override
    public Optional<PlanningGroup> findByCode(String code) {
        return sql.one(PlanningGroupSql.FIND, JdbcPlanningGroupRepository::row, code).map(this::complete);
    }

    @Override
    public List<PlanningGroup> list(String withinCode) {
        List<Row> rows = withinCode == null ? sql.list(PlanningGroupSql.LIST_ALL, JdbcPlanningGroupRepository::row)
                : sql.list(PlanningGroupSql.LIST_WITHIN, JdbcPlanningGroupRepository::row, withinCode);
        List<PlanningGroup> groups = new ArrayList<>(rows.size());
        rows.forEach(row -> groups.add(complete(row)));
        return groups;
    }

    @Override
    public void setFormerUnit(String code, long formerUnitId) {
        sql.update(PlanningGroupSql.SET_FORMER_UNIT, formerUnitId, code);
    }

    @Override
    public void delete(String code) {
        sql.update(PlanningGroupSql.DELETE, code);
    }

    @Override
    public int uses(String code) {
        return sql.count(PlanningGroupSql.USES, code);
    }

    private PlanningGroup complete(Row row) {
        List<String> members = sql.list(PlanningGroupSql.MEMBERS, r -> r.getString(1), row.id());
        return new PlanningGroup(row.id(), new PlanningGroupSpec(row.code(), row.name(), row.provinceCode(), members),
                row.createdAt(), row.updatedAt());
    }

    private static Row row(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Row(r.getLong("id"), r.getString("code"), r.getString("name"), r.getString("province_code"),
                Sql.instant(r, "created_at"), Sql.instant(r, "updated_at"));
    }
}
