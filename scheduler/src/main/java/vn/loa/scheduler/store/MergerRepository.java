package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Joins an old commune's station into the new commune's station, keeping everything it received. */
public interface MergerRepository {

    /**
     * Makes {@code oldStationId} air as {@code newStationId}: its sites (with their PCs' tokens, heartbeats and
     * record numbering) move to the new station, what was planned for it after {@code now} is withdrawn with
     * {@code reason}, and it is marked merged. Its records and roll-ups stay on it.
     */
    void merge(long oldStationId, long newStationId, Instant now, String reason);

    /** The station a merged station now airs as. */
    Optional<Long> mergedInto(long stationId);

    /** Campaigns still running on {@code today} that target {@code oldCode} target {@code newCode} instead; how many. */
    int retarget(String oldCode, String newCode, LocalDate today);
}
