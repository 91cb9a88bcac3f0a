package vn.loa.scheduler.domain.reports;

import java.time.LocalDate;

/**
 * One row of the daily roll-up (airing_daily) as compliance reads it: a station's records of one program of the
 * campaign asked for on one day, by outcome as compliance counts them (partial: partial or interrupted; missed:
 * missed or failed), and no more: the days at a province's year's edges are hundreds of thousands of rows.
 */
public record DailyCount(long stationId, LocalDate day, long programId, int played, int partial, int missed) {
}
