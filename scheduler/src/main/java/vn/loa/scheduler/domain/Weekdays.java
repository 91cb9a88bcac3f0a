package vn.loa.scheduler.domain;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Weekday names as people write them: the API uses {@code MON}…{@code SUN}; Vietnamese writes Thứ Hai
 * as T2 … Thứ Bảy as T7 and Chủ nhật as CN.
 */
public final class Weekdays {

    private Weekdays() {
    }

    public static String wireName(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    public static String vietnameseShort(DayOfWeek day) {
        return day == DayOfWeek.SUNDAY ? "CN" : "T" + (day.getValue() + 1);
    }

    /** As a person reads a set of weekdays: {@code T2, T4, CN}, in week order. */
    public static String vietnamese(Set<DayOfWeek> days) {
        return days.stream().sorted().map(Weekdays::vietnameseShort).collect(Collectors.joining(", "));
    }

    /** As the store keeps a set of weekdays: {@code MON,WED,FRI}, in week order. */
    public static String wireList(Set<DayOfWeek> days) {
        return days.stream().sorted().map(Weekdays::wireName).collect(Collectors.joining(","));
    }

    /** The weekdays a list names (MON…SUN or T2…CN, separated by commas, or given one by one); unknown names are left out. */
    public static Set<DayOfWeek> parseAll(Iterable<?> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Object name : names) {
            parse(String.valueOf(name)).ifPresent(days::add);
        }
        return days;
    }

    public static Set<DayOfWeek> parseList(String commaSeparated) {
        return parseAll(List.of(commaSeparated.split(",")));
    }

    /** Accepts MON…SUN and T2…T7/CN, in any case. */
    public static Optional<DayOfWeek> parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("CN")) {
            return Optional.of(DayOfWeek.SUNDAY);
        }
        if (t.length() == 2 && t.charAt(0) == 'T' && t.charAt(1) >= '2' && t.charAt(1) <= '7') {
            return Optional.of(DayOfWeek.of(t.charAt(1) - '1'));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (wireName(day).equals(t)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
