package vn.loa.scheduler.domain.hand;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Days without campaign programs, as stored: a holiday or day of mourning for a unit's or group's stations
 * ({@code holiday}: urgent notices still air), or a station paused for repair ({@code pause}: nothing airs).
 *
 * @param scopeCode the unit or planning group; null when the day off is one station's
 * @param stationId the station; null when the day off is a scope's
 */
public record DayOff(long id, String kind, String scopeCode, Long stationId, LocalDate firstDay, LocalDate lastDay,
                     String reason, String createdBy, Instant createdAt) {

    public static final String HOLIDAY = "holiday";
    public static final String PAUSE = "pause";
}
