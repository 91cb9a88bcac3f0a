package vn.loa.scheduler.handplans;

import java.time.LocalDate;

/**
 * What a planner asks to change in the published schedule: at one station, or (add and remove) at every
 * station of a unit or planning group.
 *
 * @param kind       {@code add}, {@code move} or {@code remove}
 * @param campaignId the campaign whose airing is moved or removed; for an add, the campaign it counts for, or null
 * @param fromSecond a move's or a station removal's airing: its start, in seconds of the day
 * @param atSecond   an add's or a move's new start, in seconds of the day
 */
public record EditRequest(Long stationId, String scopeCode, LocalDate day, String kind, long programId, Long campaignId,
                          Integer fromSecond, Integer atSecond, String reason) {
}
