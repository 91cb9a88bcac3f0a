package vn.loa.scheduler.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.QuietHours;

/**
 * Everything the engine plans from, already read from the store: no clock, no I/O inside the engine.
 *
 * @param firstDay the first local day to plan (at every station)
 * @param days     how many days from {@code firstDay}
 */
public record PlanningInput(LocalDate firstDay, int days, List<Station> stations, List<Program> programs,
                            List<Campaign> campaigns, List<Notice> notices, List<MakeUp> makeUps, Frozen frozen,
                            Directions directions, List<Relay> relays) {

    public PlanningInput(LocalDate firstDay, int days, List<Station> stations, List<Program> programs,
                         List<Campaign> campaigns, List<Notice> notices) {
        this(firstDay, days, stations, programs, campaigns, notices, List.of(), Frozen.NONE, Directions.NONE, List.of());
    }

    public PlanningInput(LocalDate firstDay, int days, List<Station> stations, List<Program> programs,
                         List<Campaign> campaigns, List<Notice> notices, List<MakeUp> makeUps) {
        this(firstDay, days, stations, programs, campaigns, notices, makeUps, Frozen.NONE, Directions.NONE, List.of());
    }

    /** The same input with other campaigns (the feasibility preview of a draft). */
    public PlanningInput withCampaigns(List<Campaign> other) {
        return new PlanningInput(firstDay, days, stations, programs, other, notices, makeUps, frozen, directions, relays);
    }

    /** The same input with the planners' hand decisions. */
    public PlanningInput withDirections(Directions other) {
        return new PlanningInput(firstDay, days, stations, programs, campaigns, notices, makeUps, frozen, other, relays);
    }

    /** The same input with these relay slots (the national and provincial radio, live). */
    public PlanningInput withRelays(List<Relay> other) {
        return new PlanningInput(firstDay, days, stations, programs, campaigns, notices, makeUps, frozen, directions, other);
    }

    /** The same input for some of the stations only (stations are planned independently). */
    public PlanningInput onlyStations(Set<Long> ids) {
        return new PlanningInput(firstDay, days, stations.stream().filter(s -> ids.contains(s.id())).toList(), programs,
                campaigns, notices, makeUps, frozen, directions, relays);
    }

    /**
     * The published past that a re-plan must not touch: every item whose planned start is before
     * {@code until} (now plus the lead time an agent needs to hear of a change) stays exactly as it is,
     * and the engine plans the rest of the horizon around it, counting it towards the targets.
     *
     * @param now   when the plan is made; a new urgent notice may still be placed from here on
     * @param until items published before this instant are frozen; nothing new is packed before it
     * @param items the published, not withdrawn items of the stations from the Monday of the first
     *              day's week up to {@code until}: those of earlier days only count towards the week
     */
    public record Frozen(Instant now, Instant until, List<PlannedItem> items) {
        /** Nothing published yet: plan the whole horizon freely (tests, benchmarks, a fresh store). */
        public static final Frozen NONE = new Frozen(null, null, List.of());

        public boolean any() {
            return until != null;
        }
    }

    /**
     * Airings a station owes a campaign's program: scheduled on an earlier day and reported as not
     * (fully) played. They are asked for again, ahead of the day's own targets, one a day per program.
     */
    public record MakeUp(long stationId, long campaignId, long programId, int airings) {
    }

    /**
     * A station as the engine sees it.
     *
     * @param quietWaived its windows air as written: it has a waiver, or its province only warns about windows
     *                    inside the quiet hours; otherwise they are clipped to them
     */
    public record Station(long id, ZoneId zone, List<BroadcastWindow> windows, QuietHours quietHours, boolean quietWaived,
                          Set<String> languages) {
    }

    /** An approved program; {@code validFrom}/{@code validTo} may be null (open). */
    public record Program(long id, String sha256, long durationMillis, String language, LocalDate validFrom,
                          LocalDate validTo) {
    }

    /**
     * @param stationIds the target stations, subtrees already resolved
     * @param preferred  preferred times of day (windows with {@code day} ignored); empty: any window
     */
    public record Campaign(long id, Priority priority, FrequencyTarget target, LocalDate from, LocalDate to,
                           Set<Long> stationIds, List<Long> programIds, List<BroadcastWindow> preferred) {
    }

    /**
     * A relay slot (tiếp âm): a live source (VOV1, the provincial radio) aired at fixed times on given weekdays,
     * for a duration, at the given stations. It outranks programs, which are packed around it; an urgent
     * notice still cuts in.
     *
     * @param startMinute minute of the station's local day
     * @param to          last day, or null while it runs on
     */
    public record Relay(long slotId, long sourceId, String sourceName, Set<DayOfWeek> days, int startMinute,
                        int durationMinutes, LocalDate from, LocalDate to, Set<Long> stationIds) {

        public boolean runsOn(LocalDate day) {
            return days.contains(day.getDayOfWeek()) && !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * An urgent notice: at {@code airAt} (or, when null, at {@code issuedAt} — as soon as possible),
     * then {@code repeat - 1} more times every {@code intervalMinutes}.
     *
     * @param overrideWindows air at the time itself, even outside windows; otherwise at the next window
     */
    public record Notice(long id, long programId, Instant issuedAt, Instant airAt, boolean overrideWindows, int repeat,
                         int intervalMinutes, Set<Long> stationIds) {
    }
}
