package vn.loa.scheduler.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Broadcast windows written the way a commune officer writes them in a spreadsheet cell:
 * {@code "T2-T6 06:00-06:30; T2-CN 17:00-17:45"}. Days are T2…T7 and CN (or MON…SUN), as ranges
 * ({@code T2-T6}) or lists ({@code T7,CN}); times are {@code 06:00} or {@code 6h00}.
 */
public final class WindowNotation {

    /** Parsed windows, or the problems that stopped the parse. */
    public record Parsed(List<BroadcastWindow> windows, List<Problem> problems) {
    }

    private WindowNotation() {
    }

    public static Parsed parse(String text) {
        List<BroadcastWindow> windows = new ArrayList<>();
        Problems problems = new Problems();
        if (text == null || text.isBlank()) {
            return new Parsed(windows, problems.list());
        }
        for (String entry : text.split(";")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int space = e.lastIndexOf(' ');
            Set<DayOfWeek> days = space < 0 ? null : days(e.substring(0, space));
            String[] times = space < 0 ? new String[0] : e.substring(space + 1).split("[-–]");
            OptionalInt start = times.length == 2 ? MinuteOfDay.parse(times[0]) : OptionalInt.empty();
            OptionalInt end = times.length == 2 ? MinuteOfDay.parse(times[1]) : OptionalInt.empty();
            if (days == null || start.isEmpty() || end.isEmpty()) {
                problems.add("windows", "Không hiểu khung giờ '" + e + "'; viết như 'T2-T6 06:00-06:30' hoặc 'T7,CN 17:00-17:45'.",
                        "Cannot read window '" + e + "'; write it like 'T2-T6 06:00-06:30' or 'T7,CN 17:00-17:45'.");
                continue;
            }
            for (DayOfWeek day : days) {
                windows.add(new BroadcastWindow(day, start.getAsInt(), end.getAsInt()));
            }
        }
        return new Parsed(windows, problems.list());
    }

    /** "T2-T6", "T7,CN", "T2-T4,CN", "MON-FRI"; null when not readable. */
    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.replace(" ", "").split(",")) {
            String[] range = part.split("-");
            if (range.length == 1) {
                DayOfWeek day = Weekdays.parse(range[0]).orElse(null);
                if (day == null) {
                    return null;
                }
                days.add(day);
            } else if (range.length == 2) {
                DayOfWeek from = Weekdays.parse(range[0]).orElse(null);
                DayOfWeek to = Weekdays.parse(range[1]).orElse(null);
                if (from == null || to == null || to.compareTo(from) < 0) {
                    return null;
                }
                for (int d = from.getValue(); d <= to.getValue(); d++) {
                    days.add(DayOfWeek.of(d));
                }
            } else {
                return null;
            }
        }
        return days.isEmpty() ? null : days;
    }
}
