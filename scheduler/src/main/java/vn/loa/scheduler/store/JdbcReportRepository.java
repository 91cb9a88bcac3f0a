package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.loa.scheduler.domain.reports.Bucket;
import vn.loa.scheduler.domain.reports.DailyCount;
import vn.loa.scheduler.domain.reports.DaySummary;
import vn.loa.scheduler.domain.reports.Evidence;
import vn.loa.scheduler.domain.reports.FrequencyCell;
import vn.loa.scheduler.domain.reports.LogFilter;
import vn.loa.scheduler.domain.reports.LogRow;
import vn.loa.scheduler.domain.reports.MonthlyCount;
import vn.loa.scheduler.domain.reports.Place;
import vn.loa.scheduler.domain.reports.PlaceName;

final class JdbcReportRepository implements ReportRepository {

    private final Sql sql;

    JdbcReportRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<LogRow> log(LogFilter f, LocalDate afterDay, long afterId, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder q = new StringBuilder(TreeSql.withScope(f.unitCode(), params)).append(ReportSql.LOG_SELECT);
        params.add(f.from().toString());
        params.add(f.to().toString());
        // only the filters given, so SQLite can use the index that fits
        condition(q, params, " AND a.station_id = ?", f.stationId());
        condition(q, params, " AND a.program_id = ?", f.programId());
        condition(q, params, " AND a.campaign_id = ?", f.campaignId());
        condition(q, params, " AND a.outcome = ?", f.outcome());
        if (afterDay != null) {
            q.append(" AND (a.day > ? OR (a.day = ? AND a.id > ?))");
            params.add(afterDay.toString());
            params.add(afterDay.toString());
            params.add(afterId);
        }
        q.append(" ORDER BY a.day, a.id LIMIT ?");
        params.add(limit);
        return sql.list(q.toString(), JdbcReportRepository::logRow, params.toArray());
    }

    private static void condition(StringBuilder q, List<Object> params, String clause, Object value) {
        if (value != null) {
            q.append(clause);
            params.add(value);
        }
    }

    private static LogRow logRow(ResultSet r) throws SQLException {
        return new LogRow(r.getLong("id"), r.getLong("station_id"), r.getString("station_code"), r.getString("station_name"),
                LocalDate.parse(r.getString("day")), r.getLong("sequence"), Sql.nullableLong(r, "program_id"),
                r.getString("program_title"), Sql.nullableLong(r, "campaign_id"), r.getString("campaign_name"),
                Sql.instant(r, "planned_start"), Sql.instant(r, "actual_start"), Sql.instant(r, "actual_end"),
                r.getDouble("seconds_played"), r.getString("outcome"), r.getString("reason"), Sql.nullableLong(r, "item_id"),
                Sql.nullableLong(r, "clock_uncertainty_ms"), Sql.nullableLong(r, "start_margin_ms"), r.getInt("fallback") == 1, relayOf(r),
                Evidence.level(r.getString("evidence")), r.getString("level_flag"));
    }

    private static LogRow.Relay relayOf(ResultSet r) throws SQLException {
        Long relayId = Sql.nullableLong(r, "relay_id");
        return relayId == null ? null : new LogRow.Relay(relayId, r.getString("relay_source_name"), r.getInt("dropouts"),
                r.getDouble("dropout_seconds"), r.getString("relay_fallback"));
    }

    @Override
    public List<FrequencyCell> frequency(String unitCode, LocalDate from, LocalDate to, Bucket bucket, Place place,
                                         Long campaignId, Long programId) {
        List<Object> params = new ArrayList<>();
        StringBuilder q = new StringBuilder(TreeSql.withScope(unitCode, params));
        String placeCode;
        String placeName;
        String placeJoin = "";
        switch (place) {
            case STATION -> {
                placeCode = "s.code";
                placeName = "s.name";
            }
            case COMMUNE -> {
                placeCode = "u.code";
                placeName = "u.name";
                placeJoin = " JOIN org_unit u ON u.id = " + TreeSql.reportUnit("s");
            }
            default -> {
                q.append(ReportSql.PLACES);
                params.add(place.name().toLowerCase(Locale.ROOT));
                // a station with no unit at that level (a province > commune tree) is summed under its province's "—"
                placeCode = "COALESCE(pl.code, '—')";
                placeName = "COALESCE(pl.name, '—')";
                placeJoin = " LEFT JOIN place pl ON pl.station_id = s.id";
            }
        }
        // summed by ids first, then named: a province's year is a million roll-up rows but some 24,000 sums, and
        // joining each row to its station and program before grouping by their names cost most of the time; each
        // range summed on its own, as a UNION of the ranges' rows grouped at once cost a third more
        q.append("SELECT g.program_id, p.title, ").append(placeCode).append(" AS place_code, ").append(placeName)
                .append(" AS place_name, g.bucket, SUM(g.airings), SUM(g.partial), SUM(g.missed), SUM(g.seconds) FROM (");
        String union = "";
        for (RollupRanges.Range range : RollupRanges.of(from, to, bucket == Bucket.MONTH || bucket == Bucket.PERIOD)) {
            String sign = range.sign() < 0 ? "-" : "";
            q.append(union).append("SELECT d.program_id, d.station_id, ")
                    .append(bucketStart(bucket, sql.dialect(), "d." + range.column())).append(" AS bucket, ")
                    .append(sign).append("SUM(d.played) AS airings, ").append(sign).append("SUM(d.partial + d.interrupted) AS partial, ")
                    .append(sign).append("SUM(d.missed + d.failed) AS missed, ").append(sign).append("SUM(d.seconds_aired) AS seconds")
                    .append(" FROM ").append(range.table()).append(" d WHERE d.").append(range.column()).append(" >= ? AND d.")
                    .append(range.column()).append(" < ? AND d.station_id IN ").append(TreeSql.STATIONS_IN_SUBTREE);
            if (bucket == Bucket.PERIOD) {
                // the bucket's placeholder sits in the range's SELECT list, before its WHERE
                params.add(from.toString());
            }
            params.add(range.from().toString());
            params.add(range.until().toString());
            condition(q, params, " AND d.campaign_id = ?", campaignId);
            condition(q, params, " AND d.program_id = ?", programId);
            q.append(" GROUP BY d.station_id, d.program_id, bucket");
            union = " UNION ALL ";
        }
        // a station's program whose records all lay on the days taken off its month has nothing left to show
        q.append(") g JOIN station s ON s.id = g.station_id JOIN program p ON p.id = g.program_id").append(placeJoin)
                .append(" GROUP BY g.program_id, p.title, place_code, place_name, g.bucket")
                .append(" HAVING SUM(g.airings) + SUM(g.partial) + SUM(g.missed) > 0")
                .append(" ORDER BY g.bucket, place_code, p.title, g.program_id");
        return sql.list(q.toString(), r -> new FrequencyCell(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                LocalDate.parse(r.getString(5)), r.getInt(6), r.getInt(7), r.getInt(8), r.getDouble(9), null), params.toArray());
    }

    @Override
    public List<DailyCount> campaignDays(long campaignId, Collection<Long> stationIds, LocalDate from, LocalDate to) {
        String ids = stationIds.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        return sql.list(ReportSql.CAMPAIGN_DAYS, r -> new DailyCount(r.getLong(1), Sql.day(r.getString(2)), r.getLong(3),
                r.getInt(4), r.getInt(5), r.getInt(6)), campaignId, from.toString(), to.toString(), ids);
    }

    @Override
    public List<MonthlyCount> campaignMonths(long campaignId, long stationId, LocalDate firstMonth, LocalDate lastMonth) {
        return sql.list(ReportSql.CAMPAIGN_MONTHS, r -> new MonthlyCount(r.getLong(1), Sql.day(r.getString(2)), r.getLong(3),
                r.getInt(4), r.getInt(5), r.getInt(6), new int[] {r.getInt(7), r.getInt(8), r.getInt(9), r.getInt(10)}), stationId, firstMonth.toString(), lastMonth.toString(), campaignId);
    }

    @Override
    public Map<LocalDate, int[]> campaignDayLevels(long campaignId, long stationId, LocalDate firstMonth, LocalDate lastMonth) {
        Map<LocalDate, int[]> levels = new HashMap<>();
        sql.list(ReportSql.CAMPAIGN_DAY_LEVELS, r -> Map.entry(Sql.day(r.getString(1)), new int[] {r.getInt(2), r.getInt(3),
            r.getInt(4), r.getInt(5)}), stationId, firstMonth.toString(), lastMonth.toString(), campaignId)
                .forEach(e -> levels.put(e.getKey(), e.getValue()));
        return levels;
    }

    @Override
    public int pastItems(long campaignId, long stationId, LocalDate from, LocalDate to, Instant now) {
        return sql.count(ReportSql.PAST_ITEMS, campaignId, stationId, from.toString(), to.toString(), now.toString());
    }

    @Override
    public List<Produced> produced(String unitCode, Instant from, Instant until) {
        return scoped(unitCode, ReportSql.PRODUCED, r -> new Produced(r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getInt(5), r.getLong(6)), from.toString(), until.toString());
    }

    @Override
    public List<Aired> aired(String unitCode, LocalDate from, LocalDate to) {
        return scoped(unitCode, ReportSql.AIRED, r -> new Aired(r.getLong(1), r.getString(2), r.getInt(3), r.getInt(4),
                r.getDouble(5)), from.toString(), to.toString());
    }

    @Override
    public List<Map.Entry<Long, LocalDate>> airingDays(String unitCode, LocalDate from, LocalDate to) {
        return scoped(unitCode, ReportSql.AIRING_DAYS, r -> Map.entry(r.getLong(1), LocalDate.parse(r.getString(2))),
                from.toString(), to.toString());
    }

    @Override
    public DaySummary day(String unitCode, LocalDate day, Instant now) {
        int[] items = scoped(unitCode, ReportSql.DAY_ITEMS, r -> new int[] {r.getInt(1), r.getInt(2)}, now.toString(),
                day.toString()).get(0);
        Map<String, Integer> outcomes = new TreeMap<>();
        scoped(unitCode, ReportSql.DAY_OUTCOMES, r -> Map.entry(r.getString(1), r.getInt(2)), day.toString(),
                day.toString())
                .forEach(e -> outcomes.put(e.getKey(), e.getValue()));
        List<DaySummary.NoticeProgress> notices = scoped(unitCode, ReportSql.DAY_NOTICES, r -> new DaySummary.NoticeProgress(
                r.getLong(1), r.getString(2), Instant.parse(r.getString(3)), r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7)),
                now.toString(), day.toString());
        int[] stations = scoped(unitCode, ReportSql.DAY_STATIONS, r -> new int[] {r.getInt(1), r.getInt(2)}).get(0);
        return new DaySummary(day, items[0], items[1], outcomes, notices, stations[0], stations[1]);
    }

    private <T> List<T> scoped(String unitCode, String query, Sql.RowMapper<T> mapper, Object... params) {
        return TreeSql.scoped(sql, unitCode, query, mapper, params);
    }

    @Override
    public Airtime airtime(String unitCode, LocalDate from, LocalDate to) {
        return scoped(unitCode, ReportSql.AIRTIME, r -> new Airtime(r.getDouble(1), r.getDouble(2), r.getInt(3), r.getInt(4),
                r.getInt(5), r.getInt(6), r.getInt(7)),
                from.toString(), to.toString()).get(0);
    }

    @Override
    public SoundCount campaignSound(long stationId, long campaignId, LocalDate from, LocalDate to) {
        return sql.one(ReportSql.CAMPAIGN_SOUND, r -> new SoundCount(r.getInt(1), r.getInt(2)), stationId, from.toString(),
                to.toString(), campaignId).orElse(new SoundCount(0, 0));
    }

    @Override
    public List<BrokenChain> brokenChains(String unitCode) {
        return scoped(unitCode, ReportSql.BROKEN_CHAINS, r -> new BrokenChain(r.getLong(1), r.getString(2), r.getString(3),
                r.getLong(4), r.getInt(5), Instant.parse(r.getString(6))));
    }

    @Override
    public SoundCount campaignSoundIn(String unitCode, long campaignId, LocalDate from, LocalDate to) {
        return scoped(unitCode, ReportSql.CAMPAIGN_SOUND_IN_SCOPE, r -> new SoundCount(r.getInt(1), r.getInt(2)), from.toString(),
                to.toString(), campaignId).get(0);
    }

    @Override
    public List<SoundMismatch> soundMismatches(String unitCode, LocalDate from, LocalDate to) {
        return scoped(unitCode, ReportSql.SOUND_MISMATCHES, r -> new SoundMismatch(r.getLong(1), r.getString(2), r.getString(3),
                r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7), LocalDate.parse(r.getString(8))), from.toString(), to.toString());
    }

    @Override
    public Map<Long, PlaceName> places(Place place) {
        record Row(long stationId, PlaceName place) {
        }
        Map<Long, PlaceName> map = new HashMap<>();
        String q = TreeSql.WITH_ALL_UNITS.stripTrailing() + ReportSql.PLACES + "SELECT station_id, code, name FROM place";
        sql.list(q, r -> new Row(r.getLong(1), new PlaceName(r.getString(2), r.getString(3))), place.wireName())
                .forEach(row -> map.put(row.stationId(), row.place()));
        return map;
    }

    @Override
    public int rebuildRollup() {
        sql.update(ReportSql.CLEAR_ROLLUP);
        sql.update(ReportSql.CLEAR_MONTHLY);
        int rows = sql.update(ReportSql.REBUILD_ROLLUP);
        sql.update(ReportSql.REBUILD_MONTHLY);
        sql.update(ReportSql.CLEAR_CAMPAIGN_DAYS);
        sql.update(ReportSql.REBUILD_CAMPAIGN_DAYS);
        return rows;
    }

    /** The SQL giving the start of the bucket of {@code day} (a column); PERIOD binds the period's first day. */
    private static String bucketStart(Bucket bucket, Dialect dialect, String day) {
        return switch (bucket) {
            case DAY -> day;
            case WEEK -> dialect.mondayOf(day);
            case MONTH -> "substr(" + day + ", 1, 7) || '-01'";
            case PERIOD -> "?";
        };
    }
}
