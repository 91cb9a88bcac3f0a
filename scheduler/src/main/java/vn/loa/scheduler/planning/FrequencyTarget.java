package vn.loa.scheduler.planning;

/**
 * How often a campaign wants its programs aired at each station.
 *
 * @param kind  {@code PER_PROGRAM_PER_DAY}: each program {@code count} times a day;
 *              {@code PER_PROGRAM_PER_WEEK}: each program {@code count} times per ISO week;
 *              {@code ANY_PER_DAY}: at least {@code count} campaign programs a day
 */
public record FrequencyTarget(Kind kind, int count) {

    public enum Kind { PER_PROGRAM_PER_DAY, PER_PROGRAM_PER_WEEK, ANY_PER_DAY }

    public FrequencyTarget {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
    }
}
