package vn.loa.agent.time;

/**
 * How far the server's clock is ahead of this PC's, as last estimated; shared by the sync that estimates
 * it and the clocks that use it. A small correction is slewed (spread over time, as NTP does, so an airing
 * never sees the clock jump); a large one is stepped at once.
 */
public final class ClockOffset {

    /** How fast a slewed correction is applied: half a millisecond each second, NTP's rate. */
    static final double SLEW_MILLIS_PER_SECOND = 0.5;

    private double from;
    private double to;
    private long slewStartNanos;

    public ClockOffset(long millis) {
        this.from = millis;
        this.to = millis;
    }

    public synchronized long millis() {
        return Math.round(now());
    }

    private double now() {
        double seconds = (System.nanoTime() - slewStartNanos) / 1e9;
        double moved = seconds * SLEW_MILLIS_PER_SECOND;
        double distance = to - from;
        return Math.abs(distance) <= moved ? to : from + Math.signum(distance) * moved;
    }

    /** Jumps to {@code millis} at once. */
    public synchronized void set(long millis) {
        from = millis;
        to = millis;
    }

    /** Moves to {@code millis} gradually, from wherever the offset is now. */
    public synchronized void slewTo(long millis) {
        from = now();
        to = millis;
        slewStartNanos = System.nanoTime();
    }
}
