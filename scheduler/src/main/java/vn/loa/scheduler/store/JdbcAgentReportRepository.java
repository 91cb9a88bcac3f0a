package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.Outcome;
import vn.loa.scheduler.domain.ScheduledItem;

final class JdbcAgentReportRepository implements AgentReportRepository {

    private final Sql sql;
    private final SequenceBook sequences;
    private final ItemAirings items;

    JdbcAgentReportRepository(Sql sql) {
        this.sql = sql;
        this.sequences = new SequenceBook(sql);
        this.items = new ItemAirings(sql);
    }

    @Override
    public Optional<LocalDate> lastPublishedDay(long stationId) {
        return sql.one(AgentReportSql.LAST_PUBLISHED_DAY, r -> Optional.ofNullable(Sql.nullableDate(r, "last_day")), stationId)
                .flatMap(day -> day);
    }

    @Override
    public List<ScheduledItem> scheduleItems(long stationId, LocalDate from, LocalDate to) {
        return sql.list(AgentReportSql.SCHEDULE_ITEMS, JdbcAgentReportRepository::map, stationId, from.toString(),
                to.toString());
    }

    @Override
    public Map<Long, String> withdrawnItems(long stationId, LocalDate from, LocalDate to) {
        Map<Long, String> withdrawn = new LinkedHashMap<>();
        sql.list(AgentReportSql.WITHDRAWN_ITEMS, r -> withdrawn.put(r.getLong(1), r.getString(2)), stationId, from.toString(),
                to.toString());
        return withdrawn;
    }

    @Override
    public void markNoticesDelivered(long stationId, LocalDate from, LocalDate to, Instant now) {
        sql.update(AgentReportSql.MARK_DELIVERED, now.toString(), stationId, from.toString(), to.toString());
    }

    @Override
    public void appendHeartbeat(long stationId, long siteId, Heartbeat h, Instant receivedAt) {
        sql.update(AgentReportSql.INSERT_HEARTBEAT, stationId, siteId, receivedAt.toString(), h.agentVersion(),
                h.clockOffsetMillis(), h.freeDiskBytes(), h.cacheState(), h.audioState(), h.lastError(), h.outboxBacklog(),
                h.residentBytes(), h.clockUncertaintyMillis(), h.relayState());
        sql.update(AgentReportSql.MARK_ALIVE, receivedAt.toString(), h.clockOffsetMillis(), stationId);
        sql.update(AgentReportSql.MARK_SITE_ALIVE, receivedAt.toString(), siteId);
        sql.update(AgentReportSql.PRUNE_HEARTBEATS, siteId, siteId);
    }

    @Override
    public List<Map.Entry<Instant, Heartbeat>> heartbeats(long stationId, int limit) {
        return sql.list(AgentReportSql.LATEST_HEARTBEATS, r -> Map.entry(Sql.instant(r, "received_at"), heartbeat(r)),
                stationId, limit);
    }

    @Override
    public Map<Long, Heartbeat> latestPerSite(long stationId) {
        Map<Long, Heartbeat> latest = new LinkedHashMap<>();
        sql.list(AgentReportSql.LATEST_PER_SITE, r -> latest.put(r.getLong("site_id"), heartbeat(r)), stationId);
        return latest;
    }

    private static Heartbeat heartbeat(ResultSet r) throws SQLException {
        return new Heartbeat(r.getString("agent_version"), Sql.nullableLong(r, "clock_offset_ms"),
                Sql.nullableLong(r, "free_disk_bytes"), r.getString("cache_state"), r.getString("audio_state"),
                r.getString("last_error"), Sql.nullableLong(r, "outbox_backlog"), Sql.nullableLong(r, "resident_bytes"),
                Sql.nullableLong(r, "clock_uncertainty_ms"), r.getString("relay_state"));
    }

    @Override
    public Insertion insertAsRun(long stationId, long siteId, long enrolmentId, AsRunRecord a, Instant receivedAt) {
        if (enrolmentId != 0) {
            Optional<AsRunRecord> before = sql.one(AgentReportSql.AS_RUN_HELD_BEFORE_MERGER, JdbcAgentReportRepository::asRun,
                    enrolmentId, a.sequence(), stationId);
            if (before.isPresent()) {
                return before.get().sameAs(a) ? Insertion.HELD : Insertion.CONFLICT;
            }
        }
        boolean stored = sql.update(AgentReportSql.INSERT_AS_RUN, stationId, enrolmentId, a.sequence(), a.itemId(),
                a.programId(), a.campaignId(), a.noticeId(), a.day().toString(), a.contentSha256(),
                Sql.text(a.plannedStart()), Sql.text(a.actualStart()), Sql.text(a.actualEnd()), a.secondsPlayed(),
                a.outcome(), a.reason(), receivedAt.toString(), a.clockOffsetMillis(), a.clockUncertaintyMillis(),
                a.startMarginMillis(), a.fallback() ? 1 : 0, a.relay() == null ? null : a.relay().relayId(),
                a.relay() == null ? null : a.relay().sourceId(), a.relay() == null ? null : a.relay().dropouts(),
                a.relay() == null ? null : a.relay().dropoutSeconds(), a.relay() == null ? null : a.relay().fallback()) == 1;
        if (!stored) {
            AsRunRecord held = sql.one(AgentReportSql.AS_RUN_HELD, JdbcAgentReportRepository::asRun, stationId,
                    enrolmentId, a.sequence()).orElseThrow();
            return held.sameAs(a) ? Insertion.HELD : Insertion.CONFLICT;
        }
        if (a.relay() != null) {
            // a relay is no program's airing: the programs' roll-ups leave it out, the relay reports read the records
            sequences.received(stationId, siteId, enrolmentId, a.sequence());
            return Insertion.STORED;
        }
        Outcome o = Outcome.fromWire(a.outcome()).orElseThrow();
        long program = a.programId() == null ? 0 : a.programId();
        long campaign = a.campaignId() == null ? 0 : a.campaignId();
        sql.update(SiteSql.COUNT_IN_SITE_DAILY, siteId, a.day().toString(), program, campaign, o == Outcome.PLAYED ? 1 : 0,
                a.secondsPlayed());
        ItemAirings.Change change = items.stored(stationId, siteId, a);
        if (change.remove() != null) {
            count(stationId, LocalDate.parse(change.remove().day()), program, campaign, change.remove().outcome(), -1,
                    -change.remove().secondsAired());
        }
        if (change.add() != null) {
            count(stationId, a.day(), program, campaign, o, 1, a.secondsPlayed());
        }
        sequences.received(stationId, siteId, enrolmentId, a.sequence());
        return Insertion.STORED;
    }

    /** Adds (sign 1) or takes back (sign -1) one record in the station's day and month roll-ups. */
    private void count(long stationId, LocalDate day, long program, long campaign, Outcome o, int sign, double seconds) {
        Object[] counts = {program, campaign, o == Outcome.PLAYED ? sign : 0, o == Outcome.PARTIAL ? sign : 0,
            o == Outcome.INTERRUPTED ? sign : 0, o == Outcome.MISSED ? sign : 0, o == Outcome.FAILED ? sign : 0, seconds};
        sql.update(AgentReportSql.COUNT_IN_ROLLUP, withKey(stationId, day.toString(), counts));
        sql.update(AgentReportSql.COUNT_IN_MONTHLY, withKey(stationId, day.withDayOfMonth(1).toString(), counts));
    }

    @Override
    public long highestSequence(long stationId) {
        return sequences.highest(stationId);
    }

    private static Object[] withKey(long stationId, String day, Object[] counts) {
        Object[] params = new Object[counts.length + 2];
        params[0] = stationId;
        params[1] = day;
        System.arraycopy(counts, 0, params, 2, counts.length);
        return params;
    }

    @Override
    public Attribution attribution(long stationId, long itemId) {
        return sql.one(AgentReportSql.ITEM_ATTRIBUTION, r -> new Attribution(Sql.nullableLong(r, "campaign_id"),
                Sql.nullableLong(r, "notice_id"), r.getLong("program_id"), r.getLong("duration_ms")), itemId, stationId)
                .orElse(null);
    }

    @Override
    public boolean programExists(long id) {
        return sql.count(AgentReportSql.PROGRAM_EXISTS, id) > 0;
    }

    @Override
    public boolean campaignExists(long id) {
        return sql.count(AgentReportSql.CAMPAIGN_EXISTS, id) > 0;
    }

    @Override
    public boolean relayBelongsTo(long relayId, long stationId) {
        return sql.count(RelaySql.RELAY_BELONGS, relayId, stationId) > 0;
    }

    @Override
    public boolean noticeExists(long id) {
        return sql.count(AgentReportSql.NOTICE_EXISTS, id) > 0;
    }

    @Override
    public SequenceState sequences(long stationId, int limit) {
        return sequences.state(stationId, limit);
    }

    @Override
    public List<AsRunRecord> asRunOf(long stationId) {
        return sql.list(AgentReportSql.AS_RUN_OF, JdbcAgentReportRepository::asRun, stationId);
    }

    private static AsRunRecord asRun(ResultSet r) throws SQLException {
        return new AsRunRecord(r.getLong("sequence"), Sql.nullableLong(r, "item_id"), Sql.nullableLong(r, "program_id"),
                Sql.nullableLong(r, "campaign_id"), Sql.nullableLong(r, "notice_id"), LocalDate.parse(r.getString("day")),
                r.getString("content_sha256"), Sql.instant(r, "planned_start"), Sql.instant(r, "actual_start"),
                Sql.instant(r, "actual_end"), r.getDouble("seconds_played"), r.getString("outcome"), r.getString("reason"),
                Sql.nullableLong(r, "clock_offset_ms"), Sql.nullableLong(r, "clock_uncertainty_ms"),
                Sql.nullableLong(r, "start_margin_ms"), r.getInt("fallback") == 1, relay(r));
    }

    private static AsRunRecord.Relay relay(ResultSet r) throws SQLException {
        Long relayId = Sql.nullableLong(r, "relay_id");
        return relayId == null ? null : new AsRunRecord.Relay(relayId, Sql.nullableLong(r, "relay_source_id"),
                r.getInt("dropouts"), r.getDouble("dropout_seconds"), r.getString("relay_fallback"));
    }

    private static ScheduledItem map(ResultSet r) throws SQLException {
        Long campaignId = Sql.nullableLong(r, "campaign_id");
        Long noticeId = Sql.nullableLong(r, "notice_id");
        return new ScheduledItem(r.getLong("id"), LocalDate.parse(r.getString("day")), r.getInt("position"),
                Sql.instant(r, "planned_start"), r.getLong("duration_ms"), r.getLong("program_id"),
                r.getString("content_sha256"), campaignId, noticeId, r.getString("reason"), r.getString("program_title"),
                r.getString("campaign_name"), r.getString("notice_title"));
    }
}
