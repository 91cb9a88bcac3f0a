package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.loa.scheduler.domain.reports.Bucket;
import vn.loa.scheduler.domain.reports.DailyCount;
import vn.loa.scheduler.domain.reports.DaySummary;
import vn.loa.scheduler.domain.reports.FrequencyCell;
import vn.loa.scheduler.domain.reports.LogFilter;
import vn.loa.scheduler.domain.reports.LogRow;
import vn.loa.scheduler.domain.reports.MonthlyCount;
import vn.loa.scheduler.domain.reports.Place;
import vn.loa.scheduler.domain.reports.PlaceName;

/** What the supervisors' reports read: the as-run log and the daily roll-up. */
public interface ReportRepository {

    /** A page of the log in (day, id) order, after the cursor ({@code afterDay} null for the first page). */
    List<LogRow> log(LogFilter filter, LocalDate afterDay, long afterId, int limit);

    /** Airings per program, place and bucket of days, from the roll-up; only stations within {@code unitCode}. */
    List<FrequencyCell> frequency(String unitCode, LocalDate from, LocalDate to, Bucket bucket, Place place, Long campaignId,
                                  Long programId);

    /** The roll-up rows of a campaign at the given stations. */
    List<DailyCount> campaignDays(long campaignId, Collection<Long> stationIds, LocalDate from, LocalDate to);

    /** The monthly roll-up rows of a campaign at a station, for the months from {@code firstMonth} to {@code lastMonth}. */
    List<MonthlyCount> campaignMonths(long campaignId, long stationId, LocalDate firstMonth, LocalDate lastMonth);

    /**
     * On how many days of each month (first to last) the station aired the campaign's programs, all together, at
     * least 1, 2, 3 and 4 times; months without an airing are left out.
     */
    Map<LocalDate, int[]> campaignDayLevels(long campaignId, long stationId, LocalDate firstMonth, LocalDate lastMonth);

    /** Published items of the campaign at the station whose time has passed, per day (for "not reported yet"). */
    int pastItems(long campaignId, long stationId, LocalDate from, LocalDate to, Instant now);

    /** Programs produced in the scope, per producing unit, topic and language. */
    record Produced(String unitCode, String unitName, String topic, String language, int programs, long durationMillis) {
    }

    /** Programs uploaded between the instants, by units within {@code unitCode}. */
    List<Produced> produced(String unitCode, Instant from, Instant until);

    /** A program that aired in the scope: how often, at how many stations, for how long. */
    record Aired(long programId, String title, int airings, int stations, double seconds) {
    }

    List<Aired> aired(String unitCode, LocalDate from, LocalDate to);

    /**
     * What of the airtime was relayed and what was urgent notices (from the as-run records): seconds of the streams
     * heard, seconds of notices aired, relays recorded and relays played in full; and what the sound proves of the
     * airings of programs: how many aired in full, how many of those with the rendered sound matched to the program,
     * and how many records whose sound did not match.
     */
    record Airtime(double relaySeconds, double noticeSeconds, int relays, int relaysPlayed, int programsPlayed,
                   int soundMatched, int soundNotMatched) {

        /** The share of the airings of programs aired in full whose sound matched; null when none aired. */
        public Double matchedShare() {
            return programsPlayed == 0 ? null : (double) soundMatched / programsPlayed;
        }
    }

    Airtime airtime(String unitCode, LocalDate from, LocalDate to);

    /**
     * A station whose sound did not match the program it said aired, or whose output was silent or much too quiet: how
     * often (of the mismatches, how many its capture heard), and the last day.
     */
    record SoundMismatch(long stationId, String code, String name, int mismatches, int heardMismatches, int silences,
                         int quiet, LocalDate lastDay) {
    }

    List<SoundMismatch> soundMismatches(String unitCode, LocalDate from, LocalDate to);

    /** A station whose signed chain breaks: the first record found not linked, how many breaks, since when. */
    record BrokenChain(long stationId, String code, String name, long firstSequence, int breaks, Instant since) {
    }

    /** The stations under a unit whose chain breaks, the most recent first. */
    List<BrokenChain> brokenChains(String unitCode);

    /** Airings aired in full, and how many of them the sound proves (rendered and matched). */
    record SoundCount(int played, int matched) {

        public Double share() {
            return played == 0 ? null : (double) matched / played;
        }
    }

    /** A station's airings of a campaign in a period, with what the sound proves of them. */
    SoundCount campaignSound(long stationId, long campaignId, LocalDate from, LocalDate to);

    /** The same for all the stations under a unit: the campaign's line of the monitoring report. */
    SoundCount campaignSoundIn(String unitCode, long campaignId, LocalDate from, LocalDate to);

    /** Each station's days with at least one airing, as (station id, day). */
    List<Map.Entry<Long, LocalDate>> airingDays(String unitCode, LocalDate from, LocalDate to);

    /** Each station's unit (code, name) at the level of {@code place} (district or province). */
    Map<Long, PlaceName> places(Place place);

    /** A day across the scope: items planned and due by {@code now}, outcomes reported, urgent notices. */
    DaySummary day(String unitCode, LocalDate day, Instant now);

    /** Rebuilds the roll-up from the raw records (after a repair); returns the rows written. */
    int rebuildRollup();
}
