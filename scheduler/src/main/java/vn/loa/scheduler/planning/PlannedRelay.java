package vn.loa.scheduler.planning;

import java.time.Instant;
import java.time.LocalDate;

/** One relay of a station's day: the slot's source, live, from {@code plannedStart} for {@code durationMillis}. */
public record PlannedRelay(long stationId, LocalDate day, long slotId, long sourceId, String sourceName, Instant plannedStart,
                           long durationMillis) {
}
