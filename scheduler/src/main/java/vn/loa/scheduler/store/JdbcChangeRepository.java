package vn.loa.scheduler.store;

import java.util.HashMap;
import java.util.Map;

final class JdbcChangeRepository implements ChangeRepository {

    private static final String FINGERPRINT = "SELECT (SELECT COUNT(*) FROM schedule_version),"
            + " (SELECT COALESCE(SUM(version), 0) FROM schedule_version), (SELECT COUNT(*) FROM token_change)";
    private static final String VERSIONS = "SELECT station_id, version FROM schedule_version";

    private final Sql sql;

    JdbcChangeRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Fingerprint fingerprint() {
        return sql.one(FINGERPRINT, r -> new Fingerprint(r.getLong(1), r.getLong(2), r.getLong(3)))
                .orElse(new Fingerprint(0, 0, 0));
    }

    @Override
    public Map<Long, Long> scheduleVersions() {
        Map<Long, Long> versions = new HashMap<>();
        sql.list(VERSIONS, r -> Map.entry(r.getLong(1), r.getLong(2))).forEach(e -> versions.put(e.getKey(), e.getValue()));
        return versions;
    }
}
