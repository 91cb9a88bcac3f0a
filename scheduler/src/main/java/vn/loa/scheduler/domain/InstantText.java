package vn.loa.scheduler.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#parse} and {@link Instant#toString} for the one shape Loa writes and its agents send
 * ({@code 2026-12-07T06:30:00.012Z}), without the general formatter: an as-run batch carries three instants a record
 * and the store writes four, which made the formatter a tenth of the server's work on as-run. Anything else (another
 * shape, a year before 1000, a leap second) goes to {@link Instant} itself, so the answers are always its answers.
 */
public final class InstantText {

    private InstantText() {
    }

    public static Instant parse(String text) {
        Instant quick = strict(text);
        return quick != null ? quick : Instant.parse(text);
    }

    /** 1000-01-01 and 10000-01-01, in seconds from the epoch: the years written in four digits. */
    private static final long FIRST = -30_610_224_000L;
    private static final long BEYOND = 253_402_300_800L;

    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST || seconds >= BEYOND) {
            return instant.toString();
        }
        long day = Math.floorDiv(seconds, 86_400);
        int second = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(day);
        int year = date.getYear();
        int nano = instant.getNano();
        int digits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
        char[] out = new char[20 + (digits == 0 ? 0 : digits + 1)];
        put(out, 0, year, 4);
        out[4] = '-';
        put(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, second / 3600, 2);
        out[13] = ':';
        put(out, 14, second / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, second % 60, 2);
        int at = 19;
        if (digits > 0) {
            out[at++] = '.';
            put(out, at, digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1000 : nano, digits);
            at += digits;
        }
        out[at] = 'Z';
        return new String(out);
    }

    /** The instant of a text in exactly Loa's shape, or null for any other text. */
    private static Instant strict(String t) {
        int length = t.length();
        if (length < 20 || length > 30 || t.charAt(length - 1) != 'Z' || t.charAt(4) != '-' || t.charAt(7) != '-'
                || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (year < 1000 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int nano = 0;
        if (length > 20) {
            int fraction = length - 21;
            if (t.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nano = digits(t, 20, fraction);
            if (nano < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                nano *= 10;
            }
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, nano);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /** The number written at {@code from} in {@code count} decimal digits, or -1 when one is not a digit. */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
