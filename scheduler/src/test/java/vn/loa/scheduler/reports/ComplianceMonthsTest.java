package vn.loa.scheduler.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.loa.scheduler.domain.reports.DailyCount;
import vn.loa.scheduler.domain.reports.MonthlyCount;
import vn.loa.scheduler.planning.FrequencyTarget;

/**
 * Compliance read from the monthly roll-ups (whole months, and months mostly inside the period less their days
 * outside it) gives exactly what the daily roll-up gives, on random stations, programs, targets, periods and
 * airings: the monthly rows are summed here as the store's rebuild sums them (AsRunBatchTest holds the rows kept
 * batch by batch to that rebuild).
 */
class ComplianceMonthsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void monthsAndDaysGiveWhatDaysAloneGive() {
        int monthsRead = 0;
        int monthsLessDays = 0;
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            LocalDate from = LocalDate.of(2025, 11, 1).plusDays(random.nextInt(60));
            LocalDate to = from.plusDays(40 + random.nextInt(120));
            FrequencyTarget target = new FrequencyTarget(FrequencyTarget.Kind.values()[random.nextInt(3)], 1 + random.nextInt(5));
            Set<DayOfWeek> windows = EnumSet.allOf(DayOfWeek.class);
            if (random.nextInt(6) == 0) {
                windows.remove(DayOfWeek.SUNDAY);
            }
            LocalDate countFrom = random.nextBoolean() ? null : from.plusDays(random.nextInt(50) - 10);
            Compliance.StationInput station = new Compliance.StationInput(7, "TN-01960", "Đài truyền thanh xã Nam Cường",
                    windows, Set.of("vi"), NOW, 0, countFrom);
            List<Compliance.ProgramInput> programs = new ArrayList<>();
            for (long p = 1; p <= 2 + random.nextInt(3); p++) {
                LocalDate validFrom = random.nextInt(3) == 0 ? from.plusDays(random.nextInt(90) - 20) : null;
                LocalDate validTo = random.nextInt(3) == 0 ? to.minusDays(random.nextInt(90) - 20) : null;
                programs.add(new Compliance.ProgramInput(p, random.nextInt(5) == 0 ? "tyz" : "vi", validFrom, validTo));
            }
            // airings on every day of the months the period touches, inside it and out
            List<DailyCount> all = new ArrayList<>();
            for (LocalDate day = from.withDayOfMonth(1); !day.isAfter(to.withDayOfMonth(to.lengthOfMonth())); day = day.plusDays(1)) {
                for (Compliance.ProgramInput p : programs) {
                    if (random.nextInt(4) > 0) {
                        all.add(new DailyCount(7, day, p.id(), random.nextInt(6), random.nextInt(2), random.nextInt(2)));
                    }
                }
            }
            List<DailyCount> inPeriod = all.stream().filter(r -> !r.day().isBefore(from) && !r.day().isAfter(to)).toList();
            Compliance.Result byDays = Compliance.compute(target, from, to, List.of(station), programs, inPeriod, 0.8, NOW);

            Set<LocalDate> months = Compliance.wholeMonths(target, from, to, station, programs);
            List<DailyCount> days = inPeriod.stream().filter(r -> !months.contains(r.day().withDayOfMonth(1))).toList();
            List<DailyCount> excluded = all.stream().filter(r -> months.contains(r.day().withDayOfMonth(1))
                    && (r.day().isBefore(from) || r.day().isAfter(to))).toList();
            List<DailyCount> ofMonths = all.stream().filter(r -> months.contains(r.day().withDayOfMonth(1))).toList();
            Compliance.StationCounts counts = new Compliance.StationCounts(days, months, monthly(ofMonths),
                    campaignDays(ofMonths), excluded);
            Compliance.Result byMonths = Compliance.compute(target, from, to, List.of(station), programs, s -> counts, 0.8, NOW);

            assertEquals(byDays, byMonths, "seed " + seed + ": " + target + " " + from + " .. " + to + ", months " + months);
            monthsRead += months.size();
            monthsLessDays += (int) months.stream().filter(m -> m.isBefore(from) || m.plusMonths(1).isAfter(to)).count();
        }
        assertTrue(monthsRead > 200 && monthsLessDays > 50, "the months' way was taken: " + monthsRead + " months, "
                + monthsLessDays + " of them less days outside the period");
    }

    /** The monthly roll-up's rows of these days, as REBUILD_MONTHLY sums them. */
    private static List<MonthlyCount> monthly(List<DailyCount> rows) {
        Map<String, MonthlyCount> sums = new LinkedHashMap<>();
        for (DailyCount r : rows) {
            LocalDate month = r.day().withDayOfMonth(1);
            MonthlyCount was = sums.getOrDefault(month + "/" + r.programId(),
                    new MonthlyCount(r.stationId(), month, r.programId(), 0, 0, 0, new int[Compliance.MONTHLY_LEVELS]));
            int[] days = was.daysPlayed().clone();
            for (int k = 1; k <= days.length; k++) {
                days[k - 1] += r.played() >= k ? 1 : 0;
            }
            sums.put(month + "/" + r.programId(), new MonthlyCount(r.stationId(), month, r.programId(), was.played() + r.played(),
                    was.partial() + r.partial(), was.missed() + r.missed(), days));
        }
        return new ArrayList<>(sums.values());
    }

    /** Per month, the days on which all programs together reached 1 .. 4 airings, as REBUILD_CAMPAIGN_DAYS sums them. */
    private static Map<LocalDate, int[]> campaignDays(List<DailyCount> rows) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        rows.forEach(r -> perDay.merge(r.day(), r.played(), Integer::sum));
        Map<LocalDate, int[]> levels = new HashMap<>();
        perDay.forEach((day, played) -> {
            int[] reached = levels.computeIfAbsent(day.withDayOfMonth(1), k -> new int[Compliance.MONTHLY_LEVELS]);
            for (int k = 1; k <= reached.length; k++) {
                reached[k - 1] += played >= k ? 1 : 0;
            }
        });
        return levels;
    }
}
