package vn.loa.scheduler.planning;

/** A stretch of one day in seconds of the day: from {@code start} (inclusive) to {@code end} (exclusive). */
record Span(int start, int end) {

    int length() {
        return end - start;
    }

    /** True when {@code [from, from + length)} shares a second with this span. */
    boolean overlaps(int from, int length) {
        return from < end && from + length > start;
    }
}
