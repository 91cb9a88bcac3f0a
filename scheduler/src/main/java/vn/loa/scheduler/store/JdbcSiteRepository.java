package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.SiteSpec;

final class JdbcSiteRepository implements SiteRepository {

    private final Sql sql;

    JdbcSiteRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Site insert(long stationId, SiteSpec spec, Instant now) {
        long id = sql.insert(SiteSql.INSERT, stationId, spec.code(), spec.name(), spec.location(), spec.latitude(),
                spec.longitude(), spec.formerStationCode(), now.toString(), now.toString());
        return find(id).orElseThrow();
    }

    @Override
    public void update(long id, SiteSpec spec, Instant now) {
        sql.update(SiteSql.UPDATE, spec.code(), spec.name(), spec.location(), spec.latitude(), spec.longitude(),
                spec.formerStationCode(), now.toString(), id);
    }

    @Override
    public Optional<Site> find(long id) {
        return sql.one(SiteSql.FIND, JdbcSiteRepository::map, id);
    }

    @Override
    public Optional<Site> findByCode(String code) {
        return sql.one(SiteSql.FIND_BY_CODE, JdbcSiteRepository::map, code);
    }

    @Override
    public List<Site> listForStation(long stationId) {
        return sql.list(SiteSql.LIST_FOR_STATION, JdbcSiteRepository::map, stationId);
    }

    @Override
    public void retire(long id, Instant now) {
        sql.update(SiteSql.RETIRE, now.toString(), now.toString(), id);
    }

    @Override
    public void delete(long id) {
        sql.update(SiteSql.DELETE_HEARTBEATS, id);
        sql.update(SiteSql.DELETE_CREDENTIALS, id);
        sql.update(SiteSql.DELETE, id);
    }

    @Override
    public void deleteForStation(long stationId) {
        sql.update(SiteSql.DELETE_FOR_STATION, stationId);
    }

    @Override
    public long countAsRunRecords(long siteId) {
        return sql.one(SiteSql.COUNT_AS_RUN, r -> r.getLong(1), siteId).orElse(0L);
    }

    @Override
    public void markAlive(long siteId, Instant at) {
        sql.update(SiteSql.MARK_ALIVE, at.toString(), siteId);
    }

    @Override
    public List<SiteAiring> airings(long stationId, LocalDate from, LocalDate to, Long programId) {
        return sql.list(SiteSql.AIRINGS, r -> new SiteAiring(r.getLong(1), r.getLong(2), r.getLong(3), r.getDouble(4)),
                stationId, from.toString(), to.toString(), programId, programId);
    }

    @Override
    public List<ItemOutcome> itemOutcomes(long stationId, LocalDate from, LocalDate to) {
        return sql.list(SiteSql.ITEM_OUTCOMES, r -> new ItemOutcome(r.getLong(1), r.getLong(2), r.getString(3)),
                stationId, from.toString(), to.toString());
    }

    private static Site map(ResultSet r) throws SQLException {
        return new Site(r.getLong("id"), r.getLong("station_id"), new SiteSpec(r.getString("code"), r.getString("name"),
                r.getString("location"), nullableDouble(r, "latitude"), nullableDouble(r, "longitude"),
                r.getString("former_station_code")), Sql.instant(r, "retired_at"), Sql.instant(r, "last_heartbeat_at"),
                Sql.instant(r, "created_at"));
    }

    private static Double nullableDouble(ResultSet r, String column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }
}
