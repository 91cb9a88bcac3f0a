package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import vn.loa.scheduler.reports.Bucket;
import vn.loa.scheduler.reports.DailyCount;
import vn.loa.scheduler.reports.FrequencyCell;
import vn.loa.scheduler.reports.LogFilter;
import vn.loa.scheduler.reports.LogRow;
import vn.loa.scheduler.reports.Place;

/** What the supervisors' reports read: the as-run log and the daily roll-up. */
public interface ReportRepository {

    /** A page of the log in (day, id) order, after the cursor ({@code afterDay} null for the first page). */
    List<LogRow> log(LogFilter filter, LocalDate afterDay, long afterId, int limit);

    /** Airings per program, place and bucket of days, from the roll-up; only stations within {@code unitCode}. */
    List<FrequencyCell> frequency(String unitCode, LocalDate from, LocalDate to, Bucket bucket, Place place, Long campaignId,
                                  Long programId);

    /** The roll-up rows of a campaign at the given stations. */
    List<DailyCount> campaignDays(long campaignId, Collection<Long> stationIds, LocalDate from, LocalDate to);

    /** Published items of the campaign at the station whose time has passed, per day (for "not reported yet"). */
    int pastItems(long campaignId, long stationId, LocalDate from, LocalDate to, Instant now);

    /** Rebuilds the roll-up from the raw records (after a repair); returns the rows written. */
    int rebuildRollup();
}
