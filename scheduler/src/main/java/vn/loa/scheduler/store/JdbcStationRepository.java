package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.SiteSpec;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationHeader;
import vn.loa.scheduler.domain.StationSpec;

/** Stations over three tables: the station row, its windows and its languages. */
final class JdbcStationRepository implements StationRepository {

    private record Row(long id, String code, String name, String communeCode, String timeZone, QuietHours quiet,
                       String waiver, Instant createdAt, Instant updatedAt, Long mergedInto) {
    }

    private record Keyed<T>(long stationId, T value) {
    }

    private final Sql sql;

    JdbcStationRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Station> find(long id) {
        return sql.one(StationSql.FIND, JdbcStationRepository::mapRow, id).map(this::complete);
    }

    @Override
    public Optional<StationHeader> header(long id) {
        return sql.one(StationSql.HEADER, r -> new StationHeader(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)), id);
    }

    @Override
    public Optional<Station> findByCode(String code) {
        return sql.one(StationSql.FIND_BY_CODE, JdbcStationRepository::mapRow, code).map(this::complete);
    }

    @Override
    public List<Station> list(String withinCode) {
        List<Row> rows;
        List<Keyed<BroadcastWindow>> windows;
        List<Keyed<String>> languages;
        if (withinCode == null) {
            rows = sql.list(StationSql.LIST_ALL, JdbcStationRepository::mapRow);
            windows = sql.list(StationSql.WINDOWS_ALL, JdbcStationRepository::mapWindow);
            languages = sql.list(StationSql.LANGUAGES_ALL, JdbcStationRepository::mapLanguage);
        } else {
            rows = sql.list(StationSql.LIST_WITHIN, JdbcStationRepository::mapRow, withinCode);
            windows = sql.list(StationSql.WINDOWS_WITHIN, JdbcStationRepository::mapWindow, withinCode);
            languages = sql.list(StationSql.LANGUAGES_WITHIN, JdbcStationRepository::mapLanguage, withinCode);
        }
        Map<Long, List<BroadcastWindow>> windowsById = group(windows);
        Map<Long, List<String>> languagesById = group(languages);
        List<Station> stations = new ArrayList<>(rows.size());
        for (Row row : rows) {
            stations.add(assemble(row, languagesById.getOrDefault(row.id, List.of()),
                    windowsById.getOrDefault(row.id, List.of())));
        }
        return stations;
    }

    @Override
    public Station insert(StationSpec spec, Instant now) {
        String at = now.toString();
        long id = sql.insert(StationSql.INSERT, spec.code(), spec.name(), spec.communeCode(), spec.timeZone(),
                spec.quietHours().notBeforeMinute(), spec.quietHours().notAfterMinute(), blankToNull(spec.quietHoursWaiver()),
                at, at);
        writeChildren(id, spec);
        // a station always has a site; its first carries the station's own code and name
        new JdbcSiteRepository(sql).insert(id, new SiteSpec(spec.code(), spec.name(), null, null, null, null), now);
        return find(id).orElseThrow();
    }

    @Override
    public Station update(long id, StationSpec spec, Instant now) {
        sql.update(StationSql.UPDATE, spec.code(), spec.name(), spec.communeCode(), spec.timeZone(),
                spec.quietHours().notBeforeMinute(), spec.quietHours().notAfterMinute(), blankToNull(spec.quietHoursWaiver()),
                now.toString(), id);
        sql.update(StationSql.DELETE_WINDOWS, id);
        sql.update(StationSql.DELETE_LANGUAGES, id);
        writeChildren(id, spec);
        return find(id).orElseThrow();
    }

    @Override
    public void delete(long id) {
        new JdbcCredentialRepository(sql).deleteForStation(id);
        sql.update(StationSql.DELETE_HEARTBEATS, id);
        sql.update(StationSql.DELETE_SCHEDULE_ITEMS, id);
        sql.update(StationSql.DELETE_SCHEDULES, id);
        new JdbcSiteRepository(sql).deleteForStation(id);
        sql.update(StationSql.DELETE, id);
    }

    @Override
    public int countInUnit(String orgUnitCode) {
        return sql.count(StationSql.COUNT_IN_UNIT, orgUnitCode);
    }

    @Override
    public int countAsRunRecords(long id) {
        return sql.count(StationSql.COUNT_AS_RUN, id);
    }

    private void writeChildren(long id, StationSpec spec) {
        for (BroadcastWindow w : spec.windows()) {
            sql.update(StationSql.INSERT_WINDOW, id, w.day().getValue(), w.startMinute(), w.endMinute());
        }
        for (int i = 0; i < spec.languages().size(); i++) {
            sql.update(StationSql.INSERT_LANGUAGE, id, i, spec.languages().get(i));
        }
    }

    private Station complete(Row row) {
        List<BroadcastWindow> windows = sql.list(StationSql.WINDOWS_OF, JdbcStationRepository::mapWindow, row.id)
                .stream().map(Keyed::value).toList();
        List<String> languages = sql.list(StationSql.LANGUAGES_OF, JdbcStationRepository::mapLanguage, row.id)
                .stream().map(Keyed::value).toList();
        return assemble(row, languages, windows);
    }

    private static Station assemble(Row row, List<String> languages, List<BroadcastWindow> windows) {
        StationSpec spec = new StationSpec(row.code, row.name, row.communeCode, languages, row.timeZone, windows,
                row.quiet, row.waiver);
        return new Station(row.id, spec, row.createdAt, row.updatedAt, row.mergedInto);
    }

    private static <T> Map<Long, List<T>> group(List<Keyed<T>> keyed) {
        Map<Long, List<T>> byId = new HashMap<>();
        for (Keyed<T> k : keyed) {
            byId.computeIfAbsent(k.stationId, x -> new ArrayList<>()).add(k.value);
        }
        return byId;
    }

    private static Row mapRow(ResultSet r) throws SQLException {
        return new Row(r.getLong("id"), r.getString("code"), r.getString("name"), r.getString("commune_code"),
                r.getString("time_zone"), new QuietHours(r.getInt("quiet_not_before"), r.getInt("quiet_not_after")),
                r.getString("quiet_hours_waiver"), Instant.parse(r.getString("created_at")),
                Instant.parse(r.getString("updated_at")), Sql.nullableLong(r, "merged_into_station_id"));
    }

    private static Keyed<BroadcastWindow> mapWindow(ResultSet r) throws SQLException {
        return new Keyed<>(r.getLong("station_id"), new BroadcastWindow(DayOfWeek.of(r.getInt("weekday")),
                r.getInt("start_minute"), r.getInt("end_minute")));
    }

    private static Keyed<String> mapLanguage(ResultSet r) throws SQLException {
        return new Keyed<>(r.getLong("station_id"), r.getString("language"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
