package vn.loa.scheduler.domain.reports;

import java.time.LocalDate;

/** One row of the daily roll-up (airing_daily): a station's records of one program and campaign on one day. */
public record DailyCount(long stationId, LocalDate day, long programId, long campaignId, int played, int partial,
                         int interrupted, int missed, int failed, double secondsAired) {
}
