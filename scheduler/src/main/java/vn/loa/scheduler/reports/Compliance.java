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
import java.util.function.LongFunction;
import vn.loa.scheduler.domain.Word;
import vn.loa.scheduler.domain.reports.DailyCount;
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
    }

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
        return compute(target, from, to, stations, programs, id -> byStation.getOrDefault(id, List.of()), threshold,
                silentBefore);
    }

    /**
     * The same, reading each station's roll-up rows when it comes to that station, so a province's year
     * is never in memory at once.
     */
    public static Result compute(FrequencyTarget target, LocalDate from, LocalDate to, List<StationInput> stations,
                                 List<ProgramInput> programs, LongFunction<List<DailyCount>> rowsOf,
                                 double threshold, Instant silentBefore) {
        List<StationResult> results = new ArrayList<>();
        int targeted = 0;
        int achieved = 0;
        int windowDays = 0;
        int daysWithAiring = 0;
        for (StationInput s : stations) {
            StationResult r = station(target, from, to, s, programs, rowsOf.apply(s.stationId()), threshold, silentBefore);
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

    private static StationResult station(FrequencyTarget target, LocalDate from, LocalDate to, StationInput s,
                                         List<ProgramInput> programs, List<DailyCount> rows, double threshold,
                                         Instant silentBefore) {
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
            missed += r.missed() + r.failed();
            partial += r.partial() + r.interrupted();
            records += r.played() + r.partial() + r.interrupted() + r.missed() + r.failed();
        }
        TargetTally tally = TargetTally.of(target);
        int windowDays = 0;
        int daysWithAiring = 0;
        int[] none = new int[days];
        List<int[]> playedOf = programs.stream().map(p -> played.getOrDefault(p.id(), none)).toList();
        for (int at = 0; at < days; at++) {
            LocalDate day = from.plusDays(at);
            if (!s.counts(day)) {
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
