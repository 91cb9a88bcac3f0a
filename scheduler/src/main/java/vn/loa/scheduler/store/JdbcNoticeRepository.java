package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.loa.scheduler.domain.NoticeAiring;
import vn.loa.scheduler.domain.NoticeHeader;
import vn.loa.scheduler.domain.NoticeReach;

final class JdbcNoticeRepository implements NoticeRepository {

    private final Sql sql;

    JdbcNoticeRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<NoticeHeader> find(long id) {
        return sql.one(NoticeSql.FIND, JdbcNoticeRepository::header, id);
    }

    @Override
    public List<NoticeHeader> list(String unitCode, Instant from, Instant to) {
        return scoped(unitCode, NoticeSql.LIST, JdbcNoticeRepository::header, from.toString(), to.toString());
    }

    @Override
    public List<NoticeAiring> airings(long noticeId, String unitCode) {
        List<NoticeAiring> airings = new ArrayList<>(scoped(unitCode, NoticeSql.AIRINGS, r -> new NoticeAiring(
                r.getLong("station_id"), r.getString("code"), r.getString("name"), r.getString("last_heartbeat_at") == null,
                r.getInt("silent") > 0, r.getLong("item_id"), Sql.instant(r, "planned_start"), Sql.instant(r, "delivered_at"),
                Sql.instant(r, "withdrawn_at"), r.getString("withdrawn_reason"), Sql.instant(r, "actual_start"),
                Sql.instant(r, "actual_end"), r.getString("outcome"), r.getString("reason")), noticeId));
        // a target station where the notice found no window still belongs on the list, with nothing planned
        Set<Long> planned = new HashSet<>();
        airings.forEach(a -> planned.add(a.stationId()));
        Set<Long> targets = new JdbcPlanningRepository(sql).stationsOf(
                sql.list(NoticeSql.TARGET_UNITS, r -> r.getString(1), noticeId),
                sql.list(NoticeSql.TARGET_STATIONS, r -> r.getLong(1), noticeId));
        for (NoticeAiring s : scoped(unitCode, NoticeSql.STATIONS_IN_SCOPE, r -> new NoticeAiring(r.getLong(1), r.getString(2),
                r.getString(3), r.getString(4) == null, r.getInt(5) > 0, null, null, null, null, null, null, null, null, null))) {
            if (targets.contains(s.stationId()) && !planned.contains(s.stationId())) {
                airings.add(s);
            }
        }
        return airings;
    }

    @Override
    public NoticeReach reach(Collection<Long> stationIds) {
        String ids = stationIds.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
        return sql.one(NoticeSql.REACH, r -> new NoticeReach(stationIds.size(), r.getInt(1), r.getInt(2)), ids)
                .orElse(new NoticeReach(stationIds.size(), 0, 0));
    }

    private <T> List<T> scoped(String unitCode, String query, Sql.RowMapper<T> mapper, Object... params) {
        return TreeSql.scoped(sql, unitCode, query, mapper, params);
    }

    private static NoticeHeader header(ResultSet r) throws SQLException {
        return new NoticeHeader(r.getLong("id"), r.getString("title"), r.getLong("program_id"), r.getString("program_title"),
                r.getString("issuer"), Sql.instant(r, "issued_at"), Sql.instant(r, "air_at"), r.getInt("override_windows") != 0,
                r.getInt("repeat_count"), r.getInt("repeat_interval_s") / 60, Sql.instant(r, "cancelled_at"),
                r.getString("cancelled_by"));
    }
}
