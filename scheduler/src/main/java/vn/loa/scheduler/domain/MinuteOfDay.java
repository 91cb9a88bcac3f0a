package vn.loa.scheduler.domain;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day as minutes since local midnight, 0 to 1440. {@code LocalTime} cannot say 24:00, and a
 * window that ends at midnight must be able to.
 */
public final class MinuteOfDay {

    public static final int END_OF_DAY = 24 * 60;

    /** "06:00", "6:00" and the Vietnamese "6h00" / "6h". */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2})|[hH](\\d{2})?)");

    private MinuteOfDay() {
    }

    /** Parses a time of day; empty when the text is not one (or is past 24:00). */
    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int hours = Integer.parseInt(m.group(1));
        String mm = m.group(2) != null ? m.group(2) : m.group(3);
        int minutes = mm == null ? 0 : Integer.parseInt(mm);
        int total = hours * 60 + minutes;
        if (minutes > 59 || total > END_OF_DAY) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(total);
    }

    /** "HH:MM"; written by hand: a schedule answer formats two for each item, and String.format was most of it. */
    public static String format(int minuteOfDay) {
        if (minuteOfDay < 0 || minuteOfDay > END_OF_DAY) {
            return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
        }
        int hours = minuteOfDay / 60;
        int minutes = minuteOfDay % 60;
        return new String(new char[] {(char) ('0' + hours / 10), (char) ('0' + hours % 10), ':', (char) ('0' + minutes / 10),
            (char) ('0' + minutes % 10)});
    }
}
