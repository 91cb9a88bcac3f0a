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
        AsRunBatch batch = asRunBatch(stationId, siteId, enrolmentId);
        Insertion done = batch.insert(a, receivedAt);
        batch.finish();
        return done;
    }

    @Override
    public AsRunBatch asRunBatch(long stationId, long siteId, long enrolmentId) {
        return new AsRunWrites(sql, sequences, items, stationId, siteId, enrolmentId);
    }

    @Override
    public long highestSequence(long stationId) {
        return sequences.highest(stationId);
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

    static AsRunRecord asRun(ResultSet r) throws SQLException {
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
