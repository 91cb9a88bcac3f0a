package vn.loa.scheduler.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.hand.FallbackProgram;

final class JdbcFallbackRepository implements FallbackRepository {

    private final Sql sql;

    JdbcFallbackRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void set(String unitCode, Long stationId, List<Long> programIds) {
        if (stationId != null) {
            sql.update(FallbackSql.DELETE_OF_STATION, stationId);
        } else {
            sql.update(FallbackSql.DELETE_OF_UNIT, unitCode);
        }
        for (int i = 0; i < programIds.size(); i++) {
            if (stationId != null) {
                sql.update(FallbackSql.INSERT_FOR_STATION, stationId, programIds.get(i), i);
            } else {
                sql.update(FallbackSql.INSERT_FOR_UNIT, unitCode, programIds.get(i), i);
            }
        }
    }

    @Override
    public List<FallbackProgram> own(String unitCode, Long stationId) {
        return stationId != null ? sql.list(FallbackSql.OF_STATION, JdbcFallbackRepository::map, stationId)
                : sql.list(FallbackSql.OF_UNIT, JdbcFallbackRepository::map, unitCode);
    }

    @Override
    public List<FallbackProgram> forStation(long stationId) {
        List<FallbackProgram> own = sql.list(FallbackSql.OF_STATION, JdbcFallbackRepository::map, stationId);
        if (!own.isEmpty()) {
            return own;
        }
        Optional<Long> unit = sql.one(FallbackSql.NEAREST_UNIT, r -> r.getLong(1), stationId);
        return unit.map(id -> sql.list(FallbackSql.OF_UNIT_ID, JdbcFallbackRepository::map, id)).orElse(List.of());
    }

    private static FallbackProgram map(ResultSet r) throws SQLException {
        return new FallbackProgram(r.getLong("id"), r.getString("title"), r.getString("content_sha256"), r.getLong("duration_ms"));
    }
}
