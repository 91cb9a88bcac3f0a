package vn.loa.scheduler.store;

import java.util.Map;

/**
 * What V30's change tables say, for a process that must hear writes it did not make itself (another instance over
 * the same database, a command run beside the server): {@code schedule_version} and {@code token_change}.
 */
public interface ChangeRepository {

    /**
     * A cheap summary that differs after any commit changing the tables: rows and the sum of versions of
     * {@code schedule_version} (a row's version only ever rises), rows of the append-only {@code token_change}.
     */
    record Fingerprint(long scheduleRows, long scheduleSum, long tokenChanges) {
    }

    Fingerprint fingerprint();

    /** Every station's schedule version (station 0: what all stations' answers hold). */
    Map<Long, Long> scheduleVersions();
}
