package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.reports.StationActivity;

final class JdbcSilenceRepository implements SilenceRepository {

    private final Sql sql;

    JdbcSilenceRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<StationActivity> activity(Instant itemsFrom, Instant itemsTo) {
        return sql.list(SilenceSql.ACTIVITY, r -> new StationActivity(r.getLong("id"), r.getString("code"), r.getString("name"),
                r.getString("commune_code"), Sql.instant(r, "last_heartbeat_at"), Sql.instant(r, "last_airing"),
                r.getBoolean("had_items")), itemsFrom.toString(), itemsTo.toString());
    }

    @Override
    public Map<Long, Silent> silent() {
        Map<Long, Silent> map = new HashMap<>();
        sql.list(SilenceSql.SILENT, JdbcSilenceRepository::silentRow).forEach(s -> map.put(s.stationId(), s));
        return map;
    }

    @Override
    public List<Silent> silentWithin(String unitCode) {
        List<Object> params = new ArrayList<>();
        String scope = TreeSql.withScope(unitCode, params);
        return sql.list(scope + SilenceSql.SILENT_WITHIN, JdbcSilenceRepository::silentRow, params.toArray());
    }

    private static Silent silentRow(ResultSet r) throws SQLException {
        return new Silent(r.getLong("station_id"), Instant.parse(r.getString("silent_since")), r.getString("reason"));
    }

    @Override
    public void markSilent(long stationId, Instant since, String reason, Instant now) {
        sql.update(SilenceSql.MARK, stationId, since.toString(), reason, now.toString());
    }

    @Override
    public void clearSilent(long stationId) {
        sql.update(SilenceSql.CLEAR, stationId);
    }

    @Override
    public void enqueue(String kind, Long stationId, String payload, Instant now) {
        sql.update(SilenceSql.ENQUEUE, kind, stationId, payload, now.toString(), now.toString());
    }

    @Override
    public List<WebhookEvent> due(Instant now, int limit) {
        return sql.list(SilenceSql.DUE, r -> new WebhookEvent(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4)),
                now.toString(), limit);
    }

    @Override
    public void delivered(long id, Instant now) {
        sql.update(SilenceSql.DELIVERED, now.toString(), id);
    }

    @Override
    public void retryLater(long id, int attempts, Instant next, String error) {
        sql.update(SilenceSql.RETRY, attempts, next.toString(), error, id);
    }
}
