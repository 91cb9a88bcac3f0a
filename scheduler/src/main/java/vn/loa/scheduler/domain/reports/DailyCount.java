package vn.loa.scheduler.domain.reports;

import java.time.LocalDate;

/**
 * One row of the daily roll-up (airing_daily) as compliance reads it: a station's records of one program of the
 * campaign asked for on one day, by outcome (only what compliance counts: a province's year is millions of rows).
 */
public record DailyCount(long stationId, LocalDate day, long programId, int played, int partial, int interrupted,
                         int missed, int failed) {
}
