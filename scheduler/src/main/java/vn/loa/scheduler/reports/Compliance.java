package vn.loa.scheduler.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import vn.loa.scheduler.domain.Word;
import vn.loa.scheduler.domain.reports.DailyCount;
import vn.loa.scheduler.domain.reports.MonthlyCount;
import vn.loa.scheduler.planning.FrequencyTarget;

/**
 * Compliance of a campaign (DESIGN §7): achieved / targeted airings, each target cell capped at its
 * target, plus the share of window days with at least one campaign airing. Pure: the caller reads the
 * roll-up and the stations; the API, the exports and the console all call this, so they agree.
 *
 * <p>Targets count only what a station could air: days on which it has a broadcast window, programs in
 * its languages and valid that day, from the campaign's publication on ({@link TargetStart}). A weekly
 * target counts each ISO week with such a day in the period.
 */
public final class Compliance {

    /**
     * A station as compliance needs it.
     *
     * @param countFrom the first day whose target counts ({@link TargetStart}); null: the whole period
     */
    public record StationInput(long stationId, String code, String name, Set<DayOfWeek> windowDays, Set<String> languages,
                               Instant lastHeartbeat, int pastItems, LocalDate countFrom) {

        boolean counts(LocalDate day) {
            return windowDays.contains(day.getDayOfWeek()) && (countFrom == null || !day.isBefore(countFrom));
        }
    }

    /** A campaign program as compliance needs it (validity bounds may be null). */
    public record ProgramInput(long id, String language, LocalDate validFrom, LocalDate validTo) {
        boolean airableAt(StationInput s, LocalDate day) {
            return s.languages().contains(language) && (validFrom == null || !day.isBefore(validFrom))
                    && (validTo == null || !day.isAfter(validTo));
        }

        /** Valid on every day from first to last, or on none of them. */
        boolean sameThrough(LocalDate first, LocalDate last) {
            return (validFrom == null || !validFrom.isAfter(first) || validFrom.isAfter(last))
                    && (validTo == null || !validTo.isBefore(last) || validTo.isBefore(first));
        }
    }

    /**
     * What compliance reads of a station: the daily roll-up's rows for the period's days outside {@code months}; for
     * those months the monthly roll-up's rows and, per month, the days on which the campaign's programs together aired
     * at least 1 .. 4 times; and the daily rows of those months' days outside the period ({@code excluded}), which are
     * taken off them.
     */
    public record StationCounts(List<DailyCount> days, Set<LocalDate> months, List<MonthlyCount> monthly,
                                Map<LocalDate, int[]> campaignDays, List<DailyCount> excluded) {

        public static StationCounts daily(List<DailyCount> days) {
            return new StationCounts(days, Set.of(), List.of(), Map.of(), List.of());
        }
    }

    /** The most airings a day the monthly roll-ups count days at (days with at least 1 .. 4). */
    public static final int MONTHLY_LEVELS = 4;

    /** Why a station is below the threshold. */
    public enum Reason implements Word {
        SILENT("Đài im lặng, mất liên lạc", "station silent"),
        MISSES("Bỏ lỡ hoặc lỗi phát", "missed or failed airings"),
        PARTIALS("Phát dở hoặc bị ngắt", "partial or interrupted airings"),
        NOT_REPORTED("Chưa báo cáo", "not reported yet"),
        NOT_SCHEDULED("Không được xếp lịch (thiếu khung giờ)", "not scheduled (not enough window time)");

        private final String vietnamese;
        private final String english;

        Reason(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }

        @Override
        public String vietnamese() {
            return vietnamese;
        }

        public String english() {
            return english;
        }
    }

    public record StationResult(long stationId, String code, String name, int targeted, int achieved, Double compliance,
                                int windowDays, int daysWithAiring, int missed, int partial, int notReported, boolean silent,
                                Reason reason) {
    }

    public record Result(int targeted, int achieved, Double compliance, int windowDays, int daysWithAiring, Double daysShare,
                         List<StationResult> stations, List<StationResult> below) {
    }

    private Compliance() {
    }

    /**
     * @param from,to       the period, already clipped to the campaign's and to today
     * @param silentBefore  a station whose last heartbeat is older than this (or absent) is silent
     */
    public static Result compute(FrequencyTarget target, LocalDate from, LocalDate to, List<StationInput> stations,
                                 List<ProgramInput> programs, List<DailyCount> rows, double threshold, Instant silentBefore) {
        Map<Long, List<DailyCount>> byStation = new HashMap<>();
        rows.forEach(r -> byStation.computeIfAbsent(r.stationId(), k -> new ArrayList<>()).add(r));
        return compute(target, from, to, stations, programs, s -> StationCounts.daily(byStation.getOrDefault(s.stationId(),
                List.of())), threshold, silentBefore);
    }

    /**
     * The same, reading each station's roll-up rows when it comes to that station, so a province's year
     * is never in memory at once.
     */
    public static Result compute(FrequencyTarget target, LocalDate from, LocalDate to, List<StationInput> stations,
                                 List<ProgramInput> programs, Function<StationInput, StationCounts> countsOf,
                                 double threshold, Instant silentBefore) {
        List<StationResult> results = new ArrayList<>();
        int targeted = 0;
        int achieved = 0;
        int windowDays = 0;
        int daysWithAiring = 0;
        for (StationInput s : stations) {
            StationResult r = station(target, from, to, s, programs, countsOf.apply(s), threshold, silentBefore);
            results.add(r);
            targeted += r.targeted();
            achieved += r.achieved();
            windowDays += r.windowDays();
            daysWithAiring += r.daysWithAiring();
        }
        List<StationResult> below = results.stream().filter(r -> r.reason() != null).toList();
        return new Result(targeted, achieved, ratio(achieved, targeted), windowDays, daysWithAiring,
                ratio(daysWithAiring, windowDays), results, below);
    }

    /**
     * The months the monthly roll-ups can answer for at the station: those with more of their days inside the period
     * than outside (the days outside are read and taken off), where every day inside counts (windows on all seven
     * weekdays, the target counting from before them), each program could air on all of them or on none, and the
     * target caps a day at {@link #MONTHLY_LEVELS} airings or fewer. A weekly target reads days: its weeks cross months.
     */
    public static Set<LocalDate> wholeMonths(FrequencyTarget target, LocalDate from, LocalDate to, StationInput s,
                                             List<ProgramInput> programs) {
        Set<LocalDate> months = new TreeSet<>();
        if (target.kind() == FrequencyTarget.Kind.PER_PROGRAM_PER_WEEK || target.count() > MONTHLY_LEVELS
                || s.windowDays().size() < DayOfWeek.values().length) {
            return months;
        }
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate first = later(month, from);
            LocalDate last = earlier(month.plusMonths(1).minusDays(1), to);
            long inside = ChronoUnit.DAYS.between(first, last) + 1;
            if (2 * inside > month.lengthOfMonth() && (s.countFrom() == null || !first.isBefore(s.countFrom()))
                    && programs.stream().allMatch(p -> p.sameThrough(first, last))) {
                months.add(month);
            }
        }
        return months;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static StationResult station(FrequencyTarget target, LocalDate from, LocalDate to, StationInput s,
                                         List<ProgramInput> programs, StationCounts counts, double threshold,
                                         Instant silentBefore) {
        List<DailyCount> rows = counts.days();
        // each program's airings per day of the period, by the day's place in it: a province's year is millions of these
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(from, to) + 1);
        Map<Long, int[]> played = new HashMap<>();
        int missed = 0;
        int partial = 0;
        int records = 0;
        for (DailyCount r : rows) {
            long at = r.day().toEpochDay() - from.toEpochDay();
            if (at >= 0 && at < days) {
                played.computeIfAbsent(r.programId(), k -> new int[days])[(int) at] += r.played();
            }
            missed += r.missed();
            partial += r.partial();
            records += r.played() + r.partial() + r.missed();
        }
        Map<LocalDate, Map<Long, int[]>> levels = new HashMap<>();
        for (MonthlyCount m : counts.monthly()) {
            levels.computeIfAbsent(m.month(), k -> new HashMap<>()).put(m.programId(), m.daysPlayed());
            missed += m.missed();
            partial += m.partial();
            records += m.played() + m.partial() + m.missed();
        }
        // the days of those months outside the period, taken off: per month and program the days reaching 1 .. 4
        // airings, and each day's airings of all the campaign's programs together
        Map<LocalDate, Map<Long, int[]>> excludedLevels = new HashMap<>();
        Map<LocalDate, Integer> excludedTogether = new HashMap<>();
        for (DailyCount r : counts.excluded()) {
            reached(excludedLevels.computeIfAbsent(r.day().withDayOfMonth(1), k -> new HashMap<>())
                    .computeIfAbsent(r.programId(), k -> new int[MONTHLY_LEVELS]), r.played());
            excludedTogether.merge(r.day(), r.played(), Integer::sum);
            missed -= r.missed();
            partial -= r.partial();
            records -= r.played() + r.partial() + r.missed();
        }
        Map<LocalDate, int[]> excludedDays = new HashMap<>();
        excludedTogether.forEach((day, aired) -> reached(excludedDays.computeIfAbsent(day.withDayOfMonth(1),
                k -> new int[MONTHLY_LEVELS]), aired));
        TargetTally tally = TargetTally.of(target);
        int windowDays = 0;
        int daysWithAiring = 0;
        int[] none = new int[days];
        List<int[]> playedOf = programs.stream().map(p -> played.getOrDefault(p.id(), none)).toList();
        for (int at = 0; at < days; at++) {
            LocalDate day = from.plusDays(at);
            if (!s.counts(day) || counts.months().contains(day.withDayOfMonth(1))) {
                continue;
            }
            windowDays++;
            int anyPlayed = 0;
            int airablePrograms = 0;
            for (int i = 0; i < programs.size(); i++) {
                ProgramInput p = programs.get(i);
                int count = playedOf.get(i)[at];
                anyPlayed += count;
                if (p.airableAt(s, day)) {
                    airablePrograms++;
                    tally.airable(day, p.id(), count);
                }
            }
            tally.dayDone(anyPlayed, airablePrograms);
            if (anyPlayed > 0) {
                daysWithAiring++;
            }
        }
        tally.periodDone();
        int targeted = tally.targeted();
        int achieved = tally.achieved();
        // whole months from the monthly roll-ups: Σ min(airings, n) over a month's days = days ≥ 1 + … + days ≥ n
        int n = target.count();
        for (LocalDate month : counts.months()) {
            LocalDate first = later(month, from);
            LocalDate last = earlier(month.plusMonths(1).minusDays(1), to);
            int inside = (int) ChronoUnit.DAYS.between(first, last) + 1;
            int[] excludedTogetherDays = excludedDays.getOrDefault(month, NO_DAYS);
            int together = upTo(counts.campaignDays().getOrDefault(month, NO_DAYS), n) - upTo(excludedTogetherDays, n);
            windowDays += inside;
            daysWithAiring += counts.campaignDays().getOrDefault(month, NO_DAYS)[0] - excludedTogetherDays[0];
            int airable = 0;
            for (ProgramInput p : programs) {
                if (p.airableAt(s, first) && p.airableAt(s, last)) {
                    airable++;
                    if (target.kind() == FrequencyTarget.Kind.PER_PROGRAM_PER_DAY) {
                        targeted += n * inside;
                        achieved += upTo(levels.getOrDefault(month, Map.of()).getOrDefault(p.id(), NO_DAYS), n)
                                - upTo(excludedLevels.getOrDefault(month, Map.of()).getOrDefault(p.id(), NO_DAYS), n);
                    }
                }
            }
            if (target.kind() == FrequencyTarget.Kind.ANY_PER_DAY && airable > 0) {
                targeted += n * inside;
                achieved += together;
            }
        }
        boolean silent = s.lastHeartbeat() == null || s.lastHeartbeat().isBefore(silentBefore);
        int notReported = Math.max(0, s.pastItems() - records);
        Double compliance = ratio(achieved, targeted);
        Reason reason = null;
        if (compliance != null && compliance < threshold) {
            reason = silent ? Reason.SILENT : mainReason(missed, partial, notReported);
        }
        return new StationResult(s.stationId(), s.code(), s.name(), targeted, achieved, compliance, windowDays, daysWithAiring,
                missed, partial, notReported, silent, reason);
    }

    private static final int[] NO_DAYS = new int[MONTHLY_LEVELS];

    /** Counts one day with {@code aired} airings among the days reaching 1 .. 4 airings. */
    private static void reached(int[] days, int aired) {
        for (int k = 1; k <= MONTHLY_LEVELS && aired >= k; k++) {
            days[k - 1]++;
        }
    }

    /** Σ over a month's days of min(airings, n), from its days with at least 1 .. n airings. */
    private static int upTo(int[] daysPlayed, int n) {
        int sum = 0;
        for (int k = 0; k < n; k++) {
            sum += daysPlayed[k];
        }
        return sum;
    }

    static Reason mainReason(int missed, int partial, int notReported) {
        if (missed == 0 && partial == 0 && notReported == 0) {
            return Reason.NOT_SCHEDULED;
        }
        if (missed >= partial && missed >= notReported) {
            return Reason.MISSES;
        }
        return notReported >= partial ? Reason.NOT_REPORTED : Reason.PARTIALS;
    }

    static Double ratio(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
