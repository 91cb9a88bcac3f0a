package vn.loa.scheduler.planning;

import java.util.ArrayList;
import java.util.List;

/** A stretch of one day in seconds of the day: from {@code start} (inclusive) to {@code end} (exclusive). */
record Span(int start, int end) {

    /** What is left of {@code spans} (in order, not overlapping) once {@code taken} is cut out of them. */
    static List<Span> minus(List<Span> spans, List<Span> taken) {
        if (taken.isEmpty()) {
            return spans;
        }
        List<Span> left = new ArrayList<>();
        for (Span s : spans) {
            int cursor = s.start();
            for (Span t : taken) {
                if (t.end() <= cursor || t.start() >= s.end()) {
                    continue;
                }
                if (t.start() > cursor) {
                    left.add(new Span(cursor, t.start()));
                }
                cursor = Math.max(cursor, t.end());
            }
            if (cursor < s.end()) {
                left.add(new Span(cursor, s.end()));
            }
        }
        return left;
    }

    int length() {
        return end - start;
    }

    /** True when {@code [from, from + length)} shares a second with this span. */
    boolean overlaps(int from, int length) {
        return from < end && from + length > start;
    }
}
