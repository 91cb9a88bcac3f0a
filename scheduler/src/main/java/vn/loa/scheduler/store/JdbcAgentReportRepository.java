package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.Heartbeat;
import vn.loa.scheduler.domain.ScheduledItem;

final class JdbcAgentReportRepository implements AgentReportRepository {

    private final Sql sql;

    JdbcAgentReportRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<ScheduledItem> scheduleItems(long stationId, LocalDate from, LocalDate to) {
        return sql.list(AgentReportSql.SCHEDULE_ITEMS, JdbcAgentReportRepository::map, stationId, from.toString(),
                to.toString());
    }

    @Override
    public void appendHeartbeat(long stationId, Heartbeat h, Instant receivedAt) {
        sql.update(AgentReportSql.INSERT_HEARTBEAT, stationId, receivedAt.toString(), h.agentVersion(),
                h.clockOffsetMillis(), h.freeDiskBytes(), h.cacheState(), h.audioState(), h.lastError(), h.outboxBacklog());
        sql.update(AgentReportSql.MARK_ALIVE, receivedAt.toString(), h.clockOffsetMillis(), stationId);
        sql.update(AgentReportSql.PRUNE_HEARTBEATS, stationId, stationId);
    }

    @Override
    public List<java.util.Map.Entry<Instant, Heartbeat>> heartbeats(long stationId, int limit) {
        return sql.list(AgentReportSql.LATEST_HEARTBEATS, r -> java.util.Map.entry(Sql.instant(r, "received_at"),
                new Heartbeat(r.getString("agent_version"), nullableLong(r, "clock_offset_ms"),
                        nullableLong(r, "free_disk_bytes"), r.getString("cache_state"), r.getString("audio_state"),
                        r.getString("last_error"), nullableLong(r, "outbox_backlog"))), stationId, limit);
    }

    private static Long nullableLong(ResultSet r, String column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    @Override
    public boolean insertAsRunIfAbsent(long stationId, AsRunRecord a, Instant receivedAt) {
        return sql.update(AgentReportSql.INSERT_AS_RUN, stationId, a.sequence(), a.itemId(), a.programId(),
                a.contentSha256(), Sql.text(a.plannedStart()), Sql.text(a.actualStart()), Sql.text(a.actualEnd()),
                a.secondsPlayed(), a.outcome(), a.reason(), receivedAt.toString()) == 1;
    }

    @Override
    public SequenceState sequences(long stationId, int limit) {
        long[] summary = sql.one(AgentReportSql.SEQUENCE_SUMMARY, r -> new long[] {r.getLong("n"), r.getLong("last")},
                stationId).orElse(new long[] {0, 0});
        List<Long> missing = summary[1] == summary[0] ? List.of()
                : sql.list(AgentReportSql.SEQUENCE_GAPS, r -> r.getLong(1), stationId, stationId, limit);
        return new SequenceState((int) summary[0], summary[1], missing);
    }

    @Override
    public List<AsRunRecord> asRunOf(long stationId) {
        return sql.list(AgentReportSql.AS_RUN_OF, r -> {
            long item = r.getLong("item_id");
            Long itemId = r.wasNull() ? null : item;
            long program = r.getLong("program_id");
            Long programId = r.wasNull() ? null : program;
            return new AsRunRecord(r.getLong("sequence"), itemId, programId, r.getString("content_sha256"),
                    Sql.instant(r, "planned_start"), Sql.instant(r, "actual_start"), Sql.instant(r, "actual_end"),
                    r.getDouble("seconds_played"), r.getString("outcome"), r.getString("reason"));
        }, stationId);
    }

    private static ScheduledItem map(ResultSet r) throws SQLException {
        long campaign = r.getLong("campaign_id");
        Long campaignId = r.wasNull() ? null : campaign;
        long notice = r.getLong("notice_id");
        Long noticeId = r.wasNull() ? null : notice;
        return new ScheduledItem(r.getLong("id"), LocalDate.parse(r.getString("day")), r.getInt("position"),
                Sql.instant(r, "planned_start"), r.getLong("duration_ms"), r.getLong("program_id"),
                r.getString("content_sha256"), campaignId, noticeId, r.getString("reason"));
    }
}
