package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

final class JdbcMergerRepository implements MergerRepository {

    private final Sql sql;

    JdbcMergerRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void merge(long oldStationId, long newStationId, Instant now, String reason) {
        sql.update(MergerSql.OWN_ENROLMENT_FOR_ZERO, oldStationId);
        sql.update(MergerSql.MOVE_SITES, newStationId, now.toString(), oldStationId);
        sql.update(MergerSql.MOVE_CREDENTIALS, newStationId, oldStationId);
        sql.update(MergerSql.MOVE_HEARTBEATS, newStationId, oldStationId);
        sql.update(MergerSql.MOVE_ENROLMENTS, newStationId, oldStationId);
        sql.update(MergerSql.MOVE_GAPS, newStationId, oldStationId);
        sql.update(MergerSql.WITHDRAW_FUTURE, now.toString(), reason, oldStationId, now.toString());
        sql.update(MergerSql.MARK_MERGED, newStationId, now.toString(), oldStationId);
    }

    @Override
    public Optional<Long> mergedInto(long stationId) {
        return sql.one(MergerSql.MERGED_INTO, r -> r.getLong("merged_into_station_id"), stationId);
    }

    @Override
    public int retarget(String oldCode, String newCode, LocalDate today) {
        return sql.update(MergerSql.RETARGET_UNIT, newCode, newCode, oldCode, today.toString());
    }
}
