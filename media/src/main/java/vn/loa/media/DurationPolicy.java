package vn.loa.media;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How long an item of one kind may be: the plans' "3–5 minutes per program" with a tolerance, or the
 * shorter rule for urgent notices. Outside it an upload is refused, unless the uploader waives the rule
 * with a written reason (which is recorded with the program).
 */
public record DurationPolicy(String kind, Duration min, Duration max, Duration tolerance) {

    public static final DurationPolicy PROGRAM =
            new DurationPolicy("chương trình", Duration.ofMinutes(3), Duration.ofMinutes(5), Duration.ofSeconds(30));
    public static final DurationPolicy URGENT_NOTICE =
            new DurationPolicy("thông báo khẩn", Duration.ofSeconds(10), Duration.ofMinutes(3), Duration.ZERO);

    public DurationPolicy {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min must not be above max");
        }
    }

    public boolean allows(double seconds) {
        double low = min.minus(tolerance).toMillis() / 1000.0;
        double high = max.plus(tolerance).toMillis() / 1000.0;
        return seconds >= low && seconds <= high;
    }

    /** Refuses a duration outside the rule unless {@code waiver} gives a reason. */
    public void check(Path file, double seconds, String waiver) {
        if (allows(seconds) || (waiver != null && !waiver.isBlank())) {
            return;
        }
        String measured = clock(seconds);
        String rule = clock(min.toMillis() / 1000.0) + "–" + clock(max.toMillis() / 1000.0)
                + (tolerance.isZero() ? "" : " (±" + tolerance.toSeconds() + " giây)");
        String ruleEn = clock(min.toMillis() / 1000.0) + "–" + clock(max.toMillis() / 1000.0)
                + (tolerance.isZero() ? "" : " (±" + tolerance.toSeconds() + " s)");
        boolean tooShort = seconds < min.minus(tolerance).toMillis() / 1000.0;
        throw MediaException.refused(file, "duration", tooShort ? "too_short" : "too_long",
                "Thời lượng " + measured + " nằm ngoài quy định " + rule + " cho " + kind
                        + ". Hãy sửa tệp, hoặc ghi lý do miễn quy định nếu đúng là cần phát như vậy.",
                "Duration " + measured + " is outside the rule " + ruleEn + " for this kind of item."
                        + " Fix the file, or give a written reason to waive the rule.");
    }

    static String clock(double seconds) {
        long total = Math.round(seconds);
        return total / 60 + ":" + String.format("%02d", total % 60);
    }
}
