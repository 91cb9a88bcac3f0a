package vn.loa.scheduler.domain;

import java.time.DayOfWeek;

/**
 * A stretch of a weekday, in the station's local time, during which it may air programs.
 *
 * @param startMinute minutes after local midnight, inclusive
 * @param endMinute   minutes after local midnight, exclusive; up to 1440
 */
public record BroadcastWindow(DayOfWeek day, int startMinute, int endMinute) {

    public int minutes() {
        return endMinute - startMinute;
    }

    public boolean overlaps(BroadcastWindow other) {
        return day == other.day && startMinute < other.endMinute && other.startMinute < endMinute;
    }

    @Override
    public String toString() {
        return Weekdays.vietnameseShort(day) + " " + MinuteOfDay.format(startMinute) + "–" + MinuteOfDay.format(endMinute);
    }
}
