package vn.loa.scheduler.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.QuietHours;

/**
 * A planning scenario shaped like the plans: stations with a 30-minute morning and a 45-minute evening
 * window (every fourth on weekdays only), 20 programs of 3–5 minutes, one campaign asking each program
 * once a day and a second, smaller campaign competing for the same windows.
 */
final class Scenario {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private Scenario() {
    }

    static List<PlanningInput.Station> stations(int count) {
        List<PlanningInput.Station> stations = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Set<DayOfWeek> days = i % 4 == 0 ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.allOf(DayOfWeek.class);
            stations.add(station(i, days, 6 * 60, 6 * 60 + 30, 17 * 60, 17 * 60 + 45, Set.of("vi", "tyz")));
        }
        return stations;
    }

    static PlanningInput.Station station(long id, Set<DayOfWeek> days, int m1, int m2, int e1, int e2, Set<String> languages) {
        List<BroadcastWindow> windows = new ArrayList<>();
        for (DayOfWeek d : days) {
            windows.add(new BroadcastWindow(d, m1, m2));
            windows.add(new BroadcastWindow(d, e1, e2));
        }
        return new PlanningInput.Station(id, ZONE, windows, QuietHours.DEFAULT, false, languages);
    }

    /** Programs 1..count, 3:00 to 4:54 long (varied), in Vietnamese. */
    static List<PlanningInput.Program> programs(int first, int count) {
        List<PlanningInput.Program> programs = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            long millis = (180 + (i * 37L) % 115) * 1000;
            programs.add(new PlanningInput.Program(i, String.format("%064x", i), millis, "vi", null, null));
        }
        return programs;
    }

    static Set<Long> ids(List<PlanningInput.Station> stations) {
        Set<Long> ids = new LinkedHashSet<>();
        stations.forEach(s -> ids.add(s.id()));
        return ids;
    }

    static List<Long> programIds(List<PlanningInput.Program> programs) {
        return programs.stream().map(PlanningInput.Program::id).toList();
    }

    static PlanningInput.Campaign daily(long id, Priority priority, int perDay, Set<Long> stations, List<Long> programs) {
        return new PlanningInput.Campaign(id, priority, new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_DAY, perDay),
                MONDAY.minusDays(30), MONDAY.plusDays(60), stations, programs, List.of());
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toInstant();
    }
}
