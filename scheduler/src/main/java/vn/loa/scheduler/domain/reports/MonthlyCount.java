package vn.loa.scheduler.domain.reports;

import java.time.LocalDate;

/**
 * One row of the monthly roll-up (airing_monthly) as compliance reads it: a station's records of one program of the
 * campaign in a whole month, by outcome as {@link DailyCount}'s, and on how many of the month's days it aired at least 1, 2, 3 and 4 times
 * ({@code daysPlayed[k - 1]}: days with at least k airings).
 */
public record MonthlyCount(long stationId, LocalDate month, long programId, int played, int partial, int missed,
                           int[] daysPlayed) {
}
