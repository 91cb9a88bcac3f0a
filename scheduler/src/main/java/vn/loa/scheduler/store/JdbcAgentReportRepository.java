package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.Outcome;
import vn.loa.scheduler.domain.ScheduledItem;

final class JdbcAgentReportRepository implements AgentReportRepository {

    private final Sql sql;
    private final SequenceBook sequences;

    JdbcAgentReportRepository(Sql sql) {
        this.sql = sql;
        this.sequences = new SequenceBook(sql);
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
    public void appendHeartbeat(long stationId, Heartbeat h, Instant receivedAt) {
        sql.update(AgentReportSql.INSERT_HEARTBEAT, stationId, receivedAt.toString(), h.agentVersion(),
                h.clockOffsetMillis(), h.freeDiskBytes(), h.cacheState(), h.audioState(), h.lastError(), h.outboxBacklog(),
                h.residentBytes(), h.clockUncertaintyMillis());
        sql.update(AgentReportSql.MARK_ALIVE, receivedAt.toString(), h.clockOffsetMillis(), stationId);
        sql.update(AgentReportSql.PRUNE_HEARTBEATS, stationId, stationId);
    }

    @Override
    public List<Map.Entry<Instant, Heartbeat>> heartbeats(long stationId, int limit) {
        return sql.list(AgentReportSql.LATEST_HEARTBEATS, r -> Map.entry(Sql.instant(r, "received_at"),
                new Heartbeat(r.getString("agent_version"), Sql.nullableLong(r, "clock_offset_ms"),
                        Sql.nullableLong(r, "free_disk_bytes"), r.getString("cache_state"), r.getString("audio_state"),
                        r.getString("last_error"), Sql.nullableLong(r, "outbox_backlog"), Sql.nullableLong(r, "resident_bytes"),
                        Sql.nullableLong(r, "clock_uncertainty_ms"))),
                stationId, limit);
    }

    @Override
    public Insertion insertAsRun(long stationId, long enrolmentId, AsRunRecord a, Instant receivedAt) {
        boolean stored = sql.update(AgentReportSql.INSERT_AS_RUN, stationId, enrolmentId, a.sequence(), a.itemId(),
                a.programId(), a.campaignId(), a.noticeId(), a.day().toString(), a.contentSha256(),
                Sql.text(a.plannedStart()), Sql.text(a.actualStart()), Sql.text(a.actualEnd()), a.secondsPlayed(),
                a.outcome(), a.reason(), receivedAt.toString(), a.clockOffsetMillis(), a.clockUncertaintyMillis(),
                a.startMarginMillis()) == 1;
        if (!stored) {
            AsRunRecord held = sql.one(AgentReportSql.AS_RUN_HELD, JdbcAgentReportRepository::asRun, stationId,
                    enrolmentId, a.sequence()).orElseThrow();
            return held.sameAs(a) ? Insertion.HELD : Insertion.CONFLICT;
        }
        Outcome o = Outcome.fromWire(a.outcome()).orElseThrow();
        Object[] counts = {a.programId() == null ? 0 : a.programId(), a.campaignId() == null ? 0 : a.campaignId(),
            o == Outcome.PLAYED ? 1 : 0, o == Outcome.PARTIAL ? 1 : 0, o == Outcome.INTERRUPTED ? 1 : 0,
            o == Outcome.MISSED ? 1 : 0, o == Outcome.FAILED ? 1 : 0, a.secondsPlayed()};
        sql.update(AgentReportSql.COUNT_IN_ROLLUP, withKey(stationId, a.day().toString(), counts));
        sql.update(AgentReportSql.COUNT_IN_MONTHLY, withKey(stationId, a.day().withDayOfMonth(1).toString(), counts));
        sequences.received(stationId, enrolmentId, a.sequence());
        return Insertion.STORED;
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
                Sql.nullableLong(r, "start_margin_ms"));
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
