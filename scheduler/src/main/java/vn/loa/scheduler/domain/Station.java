package vn.loa.scheduler.domain;

import java.time.Instant;

/**
 * A commune radio station as stored.
 *
 * @param mergedIntoStationId null; for an old commune's station joined into the new commune's (the map of July
 *                            2025), that station: its sites air there now, its records of before stay here
 */
public record Station(long id, StationSpec spec, Instant createdAt, Instant updatedAt, Long mergedIntoStationId) {

    public Station(long id, StationSpec spec, Instant createdAt, Instant updatedAt) {
        this(id, spec, createdAt, updatedAt, null);
    }

    public StationHeader header() {
        return new StationHeader(id, spec.code(), spec.communeCode(), spec.timeZone());
    }

    public boolean merged() {
        return mergedIntoStationId != null;
    }
}
