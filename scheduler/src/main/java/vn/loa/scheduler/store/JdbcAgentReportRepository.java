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
                h.clockOffsetMillis(), h.freeDiskBytes(), h.cacheState(), h.audioState(), h.lastError());
        sql.update(AgentReportSql.MARK_ALIVE, receivedAt.toString(), stationId);
    }

    @Override
    public boolean insertAsRunIfAbsent(long stationId, AsRunRecord a, Instant receivedAt) {
        return sql.update(AgentReportSql.INSERT_AS_RUN, stationId, a.sequence(), a.itemId(), a.programId(),
                a.contentSha256(), Sql.text(a.plannedStart()), Sql.text(a.actualStart()), Sql.text(a.actualEnd()),
                a.secondsPlayed(), a.outcome(), a.reason(), receivedAt.toString()) == 1;
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
