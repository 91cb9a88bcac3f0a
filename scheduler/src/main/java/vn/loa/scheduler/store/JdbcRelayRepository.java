package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.loa.scheduler.domain.Weekdays;
import vn.loa.scheduler.domain.relay.RelayAiring;
import vn.loa.scheduler.domain.relay.RelaySlot;
import vn.loa.scheduler.domain.relay.RelaySource;
import vn.loa.scheduler.domain.relay.ScheduledRelay;

final class JdbcRelayRepository implements RelayRepository {

    private final Sql sql;

    JdbcRelayRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long insertSource(RelaySource s) {
        return sql.insert(RelaySql.INSERT_SOURCE, s.ownerCode(), s.name(), s.url(), s.fallbackProgramId(), s.createdBy(),
                Sql.text(s.createdAt()), Sql.text(s.createdAt()));
    }

    @Override
    public void updateSource(long id, String name, String url, Long fallbackProgramId, Instant at) {
        sql.update(RelaySql.UPDATE_SOURCE, name, url, fallbackProgramId, Sql.text(at), id);
    }

    @Override
    public void retireSource(long id, Instant at) {
        sql.update(RelaySql.RETIRE_SOURCE, Sql.text(at), id);
        sql.update(RelaySql.END_SLOTS_OF_SOURCE, Sql.text(at), id);
    }

    @Override
    public Optional<RelaySource> source(long id) {
        return sql.one(RelaySql.SOURCE, JdbcRelayRepository::source, id);
    }

    @Override
    public List<RelaySource> sources() {
        return sql.list(RelaySql.SOURCES, JdbcRelayRepository::source);
    }

    @Override
    public long insertSlot(RelaySlot s) {
        String weekdays = Weekdays.wireList(s.weekdays());
        return sql.insert(RelaySql.INSERT_SLOT, s.sourceId(), s.scopeCode(), s.scopeCode(), s.stationId(), weekdays,
                s.startMinute(), s.durationMinutes(), s.firstDay().toString(), s.lastDay() == null ? null : s.lastDay().toString(),
                s.createdBy(), Sql.text(s.createdAt()));
    }

    @Override
    public Optional<RelaySlot> slot(long id) {
        return sql.one(RelaySql.SLOT, JdbcRelayRepository::slot, id);
    }

    @Override
    public List<RelaySlot> slots(LocalDate from, LocalDate to) {
        return sql.list(RelaySql.SLOTS, JdbcRelayRepository::slot, to.toString(), from.toString());
    }

    @Override
    public void endSlot(long id, Instant at) {
        sql.update(RelaySql.END_SLOT, Sql.text(at), id);
    }

    @Override
    public List<ScheduledRelay> scheduled(long stationId, LocalDate from, LocalDate to) {
        return sql.list(RelaySql.SCHEDULED, r -> new ScheduledRelay(r.getLong("id"), r.getLong("station_id"),
                LocalDate.parse(r.getString("day")), Instant.parse(r.getString("planned_start")), r.getLong("duration_ms"),
                r.getLong("slot_id"), r.getLong("source_id"), r.getString("source_name"), r.getString("url"),
                Sql.nullableLong(r, "fallback_program_id"), r.getString("fallback_title"), r.getString("fallback_sha256"),
                Sql.nullableLong(r, "fallback_duration_ms")), stationId, from.toString(), to.toString());
    }

    @Override
    public List<RelayAiring> airings(long stationId, LocalDate from, LocalDate to) {
        return sql.list(RelaySql.AIRINGS, r -> new RelayAiring(r.getLong("id"), LocalDate.parse(r.getString("day")),
                Instant.parse(r.getString("planned_start")), r.getLong("duration_ms"), r.getLong("slot_id"), r.getLong("source_id"),
                r.getString("source_name"), Sql.nullableLong(r, "site_id"), r.getString("outcome"), r.getDouble("seconds_played"),
                r.getInt("dropouts"), r.getString("relay_fallback")), stationId, from.toString(), to.toString());
    }

    @Override
    public Map<Long, String> sourceRevisions() {
        Map<Long, String> revisions = new HashMap<>();
        sql.list(RelaySql.SOURCE_REVISIONS, r -> revisions.put(r.getLong("id"), r.getString("url") + "|" + r.getString("fallback")));
        return revisions;
    }

    private static RelaySource source(ResultSet r) throws SQLException {
        return new RelaySource(r.getLong("id"), r.getString("owner_code"), r.getString("owner_name"), r.getString("name"),
                r.getString("url"), Sql.nullableLong(r, "fallback_program_id"), r.getString("fallback_title"),
                r.getString("created_by"), Sql.instant(r, "created_at"), Sql.instant(r, "updated_at"), Sql.instant(r, "retired_at"));
    }

    private static RelaySlot slot(ResultSet r) throws SQLException {
        Set<DayOfWeek> days = Weekdays.parseList(r.getString("weekdays"));
        return new RelaySlot(r.getLong("id"), r.getLong("source_id"), r.getString("source_name"), r.getString("scope_code"),
                Sql.nullableLong(r, "station_id"), days, r.getInt("start_minute"), r.getInt("duration_minutes"),
                LocalDate.parse(r.getString("first_day")), Sql.nullableDate(r, "last_day"), r.getString("created_by"),
                Sql.instant(r, "created_at"), Sql.instant(r, "ended_at"));
    }
}
